#include "render.h"

#include "documentloading.h"
#include "layout/layoutrenderers.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace pcitopo::cli {

namespace {

struct RenderArguments {
    QString format; // "svg" / "txt"; empty: from the output name, else svg
    QString file;
    QString output;
    QString error;
};

RenderArguments parse(const QStringList& arguments) {
    RenderArguments a;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if ((arg == u"--format" || arg == u"-o") && i + 1 >= arguments.size())
            a.error = QStringLiteral("%1 needs a value").arg(arg);
        else if (arg == u"--format")
            a.format = arguments[++i];
        else if (arg.startsWith(QStringLiteral("--format=")))
            a.format = arg.mid(9);
        else if (arg == u"-o")
            a.output = arguments[++i];
        else if (arg.startsWith(u'-') && arg != u"-")
            a.error = QStringLiteral("unknown option %1").arg(arg);
        else if (a.file.isEmpty())
            a.file = arg;
        else
            a.error = QStringLiteral("only one FILE");
    }
    if (a.file.isEmpty() && a.error.isEmpty())
        a.error = QStringLiteral("FILE is missing");
    if (a.format.isEmpty())
        a.format = a.output.endsWith(QStringLiteral(".txt")) ? QStringLiteral("txt")
                                                             : QStringLiteral("svg");
    if (a.format != u"svg" && a.format != u"txt" && a.error.isEmpty())
        a.error = QStringLiteral("unknown format '%1' (svg or txt)").arg(a.format);
    return a;
}

bool writeOutput(const QString& path, const QString& text, QString* error) {
    if (path.isEmpty() || path == u"-") {
        QTextStream(stdout) << text;
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int runRender(const QStringList& arguments) {
    QTextStream err(stderr);
    const RenderArguments a = parse(arguments);
    if (!a.error.isEmpty()) {
        err << "pcitopo render: " << a.error << '\n'
            << "usage: pcitopo render [--format svg|txt] FILE [-o OUT]\n";
        return 2;
    }
    const std::optional<DomainDocument> document = loadDocumentOrReport(a.file);
    if (!document)
        return 2;
    const Topology topo = Topology::build(DeviceInventory::read(*document), RuleTable::builtin());
    const TopologyLayout layout = TopologyLayout::compute(topo);
    const QString text =
        a.format == u"txt" ? renderText(layout) : renderSvg(layout, QFileInfo(a.file).fileName());
    QString error;
    if (!writeOutput(a.output, text, &error)) {
        err << "pcitopo render: cannot write " << a.output << ": " << error << '\n';
        return 2;
    }
    return 0;
}

} // namespace pcitopo::cli
