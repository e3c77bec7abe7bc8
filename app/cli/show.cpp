#include "show.h"

#include "analysis/analysis.h"
#include "documentloading.h"
#include "showformat.h"
#include "showguest.h"

#include <QJsonDocument>
#include <QTextStream>

namespace pcitopo::cli {

namespace {

struct ShowArguments {
    QString file;
    QString format = QStringLiteral("text");
    QString view; // "written", "defined"; empty: defined when libvirt plans anything
    QString error;
};

ShowArguments parse(const QStringList& arguments) {
    ShowArguments a;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == u"--format" && i + 1 >= arguments.size())
            a.error = QStringLiteral("--format needs a value");
        else if (arg == u"--format")
            a.format = arguments[++i];
        else if (arg.startsWith(QStringLiteral("--format=")))
            a.format = arg.mid(9);
        else if (arg == u"--view" && i + 1 < arguments.size())
            a.view = arguments[++i];
        else if (arg.startsWith(QStringLiteral("--view=")))
            a.view = arg.mid(7);
        else if (arg.startsWith(u'-'))
            a.error = QStringLiteral("unknown option %1").arg(arg);
        else if (a.file.isEmpty())
            a.file = arg;
        else
            a.error = QStringLiteral("only one FILE");
    }
    if (a.file.isEmpty() && a.error.isEmpty())
        a.error = QStringLiteral("FILE is missing");
    if (a.format != u"text" && a.format != u"json" && a.error.isEmpty())
        a.error = QStringLiteral("unknown format '%1' (text or json)").arg(a.format);
    if (!Analysis::isViewName(a.view) && a.error.isEmpty())
        a.error = QStringLiteral("unknown view '%1' (written or defined)").arg(a.view);
    return a;
}

} // namespace

int runShow(const QStringList& arguments) {
    QTextStream err(stderr);
    const ShowArguments a = parse(arguments);
    if (!a.error.isEmpty()) {
        err << "pcitopo show: " << a.error << '\n'
            << "usage: pcitopo show [--format text|json] [--view written|defined] FILE\n";
        return 2;
    }
    const std::optional<DomainDocument> document = loadDocumentOrReport(a.file);
    if (!document)
        return 2;
    const std::shared_ptr<const Analysis> analysis = Analysis::compute(*document);
    const DeviceInventory& inventory = analysis->inventory();
    const Topology& topo = analysis->topologyNamed(a.view);
    const GuestView guest =
        GuestView::compute(*document, inventory, analysis->placement(), RuleTable::builtin());
    QTextStream out(stdout);
    if (a.format == u"json") {
        QJsonObject json = showJson(topo, a.file);
        json.insert(QStringLiteral("elements"), guestElementsJson(guest));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out << showText(topo, a.file) << guestViewText(guest);
    }
    for (const InventoryProblem& p : inventory.problems)
        err << a.file << ':' << p.location.line << ':' << p.location.column << ": " << p.message
            << '\n';
    return 0;
}

} // namespace pcitopo::cli
