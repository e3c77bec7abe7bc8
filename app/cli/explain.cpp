#include "explain.h"

#include "rules/ruletable.h"
#include "validation/diagnosticcatalogue.h"

#include <QTextStream>

namespace pcitopo::cli {

namespace {

QString kindName(ConnectionKind kind) {
    switch (kind) {
    case ConnectionKind::None:
        return QStringLiteral("no PCI address");
    case ConnectionKind::Pci:
        return QStringLiteral("conventional PCI");
    case ConnectionKind::Pcie:
        return QStringLiteral("PCI Express");
    case ConnectionKind::Integrated:
        return QStringLiteral("PCI Express, integrated (bus 0)");
    case ConnectionKind::Controller:
        return QStringLiteral("PCI controller");
    case ConnectionKind::Invalid:
        return QStringLiteral("none (libvirt cannot place it)");
    }
    return QString();
}

void printRuleInfo(QTextStream& out, const RuleInfo& info) {
    if (!info.teaching.isEmpty())
        out << '\n' << info.teaching << '\n';
    if (!info.message.isEmpty())
        out << "\nlibvirt says: " << info.message << '\n';
    if (!info.source.isEmpty())
        out << "source: " << info.source << '\n';
    if (!info.key.isEmpty())
        out << "rule: " << info.key << '\n';
}

bool explainRule(QTextStream& out, const RuleTable& rules, const QString& what) {
    const RuleInfo* info = rules.rule(what.toUpper());
    if (!info)
        info = rules.rule(what);
    if (!info)
        return false;
    out << info->key << ": " << info->title << '\n';
    printRuleInfo(out, *info);
    return true;
}

bool explainController(QTextStream& out, const RuleTable& rules, const QString& what) {
    const ControllerModelRule* model = rules.controllerModel(what);
    if (!model)
        return false;
    QStringList machines;
    for (Machine m : model->machines)
        machines << machineName(m);
    out << model->model << ": " << model->displayName << '\n';
    out << "machines: " << machines.join(QStringLiteral(", ")) << '\n';
    out << "plugs into: " << model->plugsIntoText << '\n';
    out << "slots: " << model->minSlot << '-' << model->maxSlot << '\n';
    out << "accepts: " << connectFlagsToString(model->busFlags) << '\n';
    out << "hotplug: "
        << (model->busFlags & ConnectFlag::Hotpluggable
                ? (model->hotplugOption ? "yes (hotplug='off' turns it off)" : "yes")
                : "no")
        << '\n';
    printRuleInfo(out, model->info);
    return true;
}

// CONN-1: "PCIe" means pcieFlags, which are PCI flags on pc; the flags say what it really is.
QString kindOn(const RuleTable& rules, const EndpointRule& rule, Machine machine) {
    const ConnectionKind kind = rule.connection(machine);
    const ConnectFlags flags = rules.flagsForKind(kind, machine);
    if (kind == ConnectionKind::Pcie && !(flags & ConnectFlag::PcieDevice))
        return kindName(ConnectionKind::Pci);
    return kindName(kind);
}

void printEndpoint(QTextStream& out, const RuleTable& rules, const EndpointRule& rule) {
    out << rule.id << ": " << rule.displayName << '\n';
    if (!rule.qemuDevice.isEmpty())
        out << "QEMU device: " << rule.qemuDevice << '\n';
    out << "on q35: " << kindOn(rules, rule, Machine::Q35) << '\n';
    out << "on pc: " << kindOn(rules, rule, Machine::Pc) << '\n';
    printRuleInfo(out, rule.info);
}

// "e1000" matches "e1000 / rtl8139 / vmxnet3"; "virtio-net" matches "virtio-net-pci".
bool qemuNameMatches(const QString& qemuDevice, const QString& what) {
    for (QString name : qemuDevice.split(u' ', Qt::SkipEmptyParts)) {
        if (name == u"/" || name == u"…")
            continue;
        if (name.compare(what, Qt::CaseInsensitive) == 0)
            return true;
        name.replace(QStringLiteral("-pci"), QString());
        if (name.compare(what, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The rule a device with this model would match, trying the elements that carry a model.
const EndpointRule* ruleForModel(const RuleTable& rules, const QString& what) {
    const QList<std::pair<DeviceKind, QString>> kinds = {
        {DeviceKind::Interface, QStringLiteral("interface")},
        {DeviceKind::Video, QStringLiteral("video")},
        {DeviceKind::Sound, QStringLiteral("sound")},
        {DeviceKind::Watchdog, QStringLiteral("watchdog")},
        {DeviceKind::Controller, QStringLiteral("controller")}};
    for (const auto& [kind, element] : kinds) {
        Device probe;
        probe.kind = kind;
        probe.elementName = element;
        probe.model = what;
        if (kind == DeviceKind::Controller)
            probe.type = what;
        // A catch-all rule matches any model: accept it only when it names the model.
        const EndpointRule* rule = rules.endpointRule(probe);
        if (rule && (rule->displayName.contains(what, Qt::CaseInsensitive) ||
                     rule->qemuDevice.contains(what, Qt::CaseInsensitive)))
            return rule;
    }
    return nullptr;
}

bool explainDevice(QTextStream& out, const RuleTable& rules, const QString& what) {
    QString id = what;
    for (const PaletteEntry& entry : rules.palette())
        if (entry.id == what)
            id = entry.endpointRuleId;
    if (id.startsWith(QStringLiteral("controller-pci:")))
        return explainController(out, rules, id.mid(15));
    const EndpointRule* found = nullptr;
    for (const EndpointRule& rule : rules.endpointRules())
        if (!found && (rule.id == id || rule.id.endsWith(u'-' + id)))
            found = &rule;
    for (const EndpointRule& rule : rules.endpointRules())
        if (!found && qemuNameMatches(rule.qemuDevice, id))
            found = &rule;
    if (!found)
        found = ruleForModel(rules, id);
    if (!found)
        return false;
    printEndpoint(out, rules, *found);
    return true;
}

bool explainCode(QTextStream& out, const QString& what) {
    const DiagnosticSpec* spec = DiagnosticCatalogue::builtin().find(what);
    if (!spec)
        return false;
    out << spec->code << " (" << severityName(spec->severity) << ", " << spec->stage << ")\n";
    if (!spec->explanation.isEmpty())
        out << '\n' << spec->explanation << '\n';
    if (!spec->messageTemplate.isEmpty())
        out << "\nmessage: " << spec->messageTemplate << '\n';
    if (!spec->source.isEmpty())
        out << "source: " << spec->source << '\n';
    if (!spec->rule.isEmpty())
        out << "rule: " << spec->rule << '\n';
    return true;
}

} // namespace

int runExplain(const QStringList& arguments) {
    if (arguments.size() != 1 || arguments.first().startsWith(u'-')) {
        QTextStream(stderr) << "usage: pcitopo explain RULE|DEVICE|CODE\n";
        return 2;
    }
    const QString what = arguments.first();
    const RuleTable& rules = RuleTable::builtin();
    QTextStream out(stdout);
    if (explainRule(out, rules, what) || explainController(out, rules, what) ||
        explainCode(out, what) || explainDevice(out, rules, what))
        return 0;
    QTextStream(stderr) << "pcitopo explain: nothing is called '" << what
                        << "' (try a rule key like CONN-1, a device like e1000 or virtio-net, "
                           "a controller model like pcie-root-port, or a diagnostic code)\n";
    return 1;
}

} // namespace pcitopo::cli
