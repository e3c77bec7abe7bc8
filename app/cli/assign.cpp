#include "assign.h"

#include "analysis/analysiscounters.h"
#include "document/safewrite.h"
#include "policies/placementpolicy.h"
#include "session/documentsession.h"
#include "validation/validator.h"

#include <QMap>
#include <QSet>
#include <QTextStream>

namespace pcitopo::cli {

namespace {

struct AssignOptions {
    PolicySpec policy;
    QString file;
    QString output; // empty: stdout (unless inPlace)
    bool inPlace = false;
};

int usageError(const QString& message) {
    QTextStream(stderr) << "pcitopo assign: " << message << '\n'
                        << "usage: pcitopo assign [--policy libvirt|integrated|numa|reserve:N] "
                           "FILE [-o OUT | --in-place]\n";
    return 2;
}

// Returns an exit status when the arguments are wrong.
std::optional<int> parseArguments(const QStringList& arguments, AssignOptions& options) {
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--policy" || arg.startsWith(u"--policy=")) {
            const QString value = arg == u"--policy" ? arguments.value(++i) : arg.mid(9);
            QString error;
            const std::optional<PolicySpec> spec = PolicySpec::parse(value, &error);
            if (!spec)
                return usageError(error);
            options.policy = *spec;
        } else if (arg == u"-o" || arg == u"--output") {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("%1 needs a file name").arg(arg));
            options.output = arguments.at(++i);
        } else if (arg == u"--in-place") {
            options.inPlace = true;
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            return usageError(QStringLiteral("unknown option '%1'").arg(arg));
        } else if (options.file.isEmpty()) {
            options.file = arg;
        } else {
            return usageError(QStringLiteral("only one FILE, got '%1' too").arg(arg));
        }
    }
    if (options.file.isEmpty())
        return usageError(QStringLiteral("no FILE given"));
    if (options.inPlace && !options.output.isEmpty())
        return usageError(QStringLiteral("-o and --in-place exclude each other"));
    return std::nullopt;
}

void printMessage(QTextStream& err, const QString& file, const SourceLocation& location,
                  QStringView severity, const QString& message) {
    err << file;
    if (location.line > 0)
        err << ':' << location.line << ':' << location.column;
    err << ": " << severity << ": " << message << '\n';
}

void printDiagnostics(QTextStream& err, const QString& file, const QList<Diagnostic>& list) {
    for (const Diagnostic& d : list)
        if (d.isError())
            printMessage(err, file, d.location, u"error",
                         QStringLiteral("%1 [%2]").arg(d.message, d.code));
}

// "controller pci pcie-root-port", "controller usb", "memballoon": what a device is, to count.
QString censusKey(const Device& d) {
    QString key = d.elementName;
    if (d.kind == DeviceKind::Controller)
        key += u' ' + d.type + (d.type == u"pci" ? u' ' + d.model : QString());
    return key;
}

// How many devices of each kind there are, and how many of each have a PCI address.
QMap<QString, int> deviceCensus(const DeviceInventory& inventory, QMap<QString, int>* addressed) {
    QMap<QString, int> census;
    for (const Device& d : inventory.devices) {
        const QString key = censusKey(d);
        if (d.pciAddress && !d.pciAddress->isWanted())
            ++(*addressed)[key];
        ++census[key];
    }
    return census;
}

QString listOf(const QMap<QString, int>& counts) {
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return parts.join(QStringLiteral(", "));
}

// One line: what the policy added, and the addresses libvirt drops (memballoon model='none').
QString summary(const QString& policy, const DeviceInventory& before,
                const DeviceInventory& after) {
    QMap<QString, int> addressedBefore;
    QMap<QString, int> addressedAfter;
    const QMap<QString, int> was = deviceCensus(before, &addressedBefore);
    const QMap<QString, int> is = deviceCensus(after, &addressedAfter);
    QMap<QString, int> controllers;
    QMap<QString, int> devices;
    int controllerCount = 0;
    int deviceCount = 0;
    for (auto it = is.cbegin(); it != is.cend(); ++it) {
        const int added = it.value() - was.value(it.key());
        if (added <= 0)
            continue;
        // The root bus is an implicit device libvirt writes, not a controller pcitopo chose.
        const bool pci = it.key().startsWith(u"controller pci ") && !it.key().endsWith(u"-root");
        const bool root = it.key().startsWith(u"controller pci ") && !pci;
        (pci ? controllers : devices)[pci || root ? it.key().mid(15) : it.key()] = added;
        (pci ? controllerCount : deviceCount) += added;
    }
    int written = 0;
    QMap<QString, int> dropped;
    for (const QString& key :
         QSet<QString>(was.keyBegin(), was.keyEnd()) + QSet<QString>(is.keyBegin(), is.keyEnd())) {
        const int change = addressedAfter.value(key) - addressedBefore.value(key);
        if (change > 0)
            written += change;
        else if (change < 0)
            dropped[key] = -change;
    }
    QString line = QStringLiteral("pcitopo assign: policy %1: %2 PCI addresses written")
                       .arg(policy)
                       .arg(written);
    if (!dropped.isEmpty())
        line += QStringLiteral(", PCI address removed from %1 as libvirt does (it ignores them)")
                    .arg(listOf(dropped));
    line += QStringLiteral(", %1 controllers added").arg(controllerCount);
    if (controllerCount > 0)
        line += QStringLiteral(" (%1)").arg(listOf(controllers));
    if (deviceCount > 0)
        line += QStringLiteral(", %1 implicit devices written (%2)")
                    .arg(deviceCount)
                    .arg(listOf(devices));
    return line;
}

bool writeResult(const AssignOptions& options, DocumentSession& session, QString* error) {
    if (options.inPlace)
        return session.save(options.file, error);
    if (options.output.isEmpty() || options.output == u"-")
        return writeFileSafely(QStringLiteral("-"), session.document().toBytes(), error);
    return session.document().save(options.output, error);
}

} // namespace

int runAssign(const QStringList& arguments) {
    AssignOptions options;
    if (const std::optional<int> status = parseArguments(arguments, options))
        return *status;
    QTextStream err(stderr);
    DocumentSession session;
    DocumentError loadError;
    if (!session.open(options.file, &loadError)) {
        err << "pcitopo: " << loadError.toString() << '\n';
        return 2;
    }
    const QList<Diagnostic> problems = session.analysis()->diagnostics();
    if (hasErrors(problems)) {
        printDiagnostics(err, options.file, problems);
        return 1;
    }
    const std::shared_ptr<const Analysis> before = session.analysis();
    const PolicyPlan plan = makePolicy(options.policy)->plan(session.document(), *before);
    for (const PolicyMessage& m : plan.warnings)
        printMessage(err, options.file, m.location, u"warning", m.message);
    for (const PolicyMessage& m : plan.errors)
        printMessage(err, options.file, m.location, u"error", m.message);
    if (!plan.ok())
        return 1;
    QString error;
    if (!session.execute(makePolicyCommand(session.document(), plan,
                                           QStringLiteral("Assign (%1)").arg(options.policy.name()),
                                           session.rules(), before),
                         &error)) {
        printMessage(err, options.file, {}, u"error", error);
        return 1;
    }
    const QList<Diagnostic> result = session.analysis()->diagnostics();
    if (hasErrors(result)) {
        err << "pcitopo assign: the result of policy " << options.policy.name()
            << " does not pass pcitopo's validator (nothing written):\n";
        printDiagnostics(err, options.output.isEmpty() ? options.file : options.output, result);
        return 3;
    }
    if (!writeResult(options, session, &error)) {
        err << "pcitopo assign: " << error << '\n';
        return 2;
    }
    err << summary(options.policy.name(), before->inventory(), session.inventory()) << '\n';
    if (qEnvironmentVariableIsSet("PCITOPO_DEBUG_COUNTERS"))
        err << "pcitopo assign: " << analysisCounters().summary() << '\n';
    return 0;
}

} // namespace pcitopo::cli
