#include "render.h"

#include "analysis/analysis.h"
#include "document/safewrite.h"

#include "documentloading.h"
#include "handoff.h"
#include "layout/layoutrenderers.h"

#include <QFileInfo>
#include <QTextStream>

namespace pcitopo::cli {

namespace {

struct RenderArguments {
    QString format; // "svg" / "png" / "txt"; empty: from the output name, else svg
    QString file;
    QString output;
    int width = 0; // PNG pixels; 0: the layout's own width
    QString view;  // "written", "defined"; empty: defined when libvirt plans anything
    QString error;
};

QString formatFromName(const QString& output) {
    if (output.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive))
        return QStringLiteral("txt");
    if (output.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        return QStringLiteral("png");
    return QStringLiteral("svg");
}

// Options with a value: "--format svg" and "--format=svg" alike.
bool takeValue(const QStringList& arguments, int& i, const QString& name, QString* value,
               QString* error) {
    const QString& arg = arguments[i];
    if (arg.startsWith(name + u'=')) {
        *value = arg.mid(name.size() + 1);
        return true;
    }
    if (arg != name)
        return false;
    if (i + 1 >= arguments.size())
        *error = QStringLiteral("%1 needs a value").arg(name);
    else
        *value = arguments[++i];
    return true;
}

void check(RenderArguments& a, const QString& widthText) {
    if (a.format.isEmpty())
        a.format = formatFromName(a.output);
    if (!a.error.isEmpty())
        return;
    if (a.file.isEmpty())
        a.error = QStringLiteral("FILE is missing");
    else if (!Analysis::isViewName(a.view))
        a.error = QStringLiteral("unknown view '%1' (written or defined)").arg(a.view);
    else if (a.format != u"svg" && a.format != u"txt" && a.format != u"png")
        a.error = QStringLiteral("unknown format '%1' (svg, png or txt)").arg(a.format);
    else if (a.format == u"png" && (a.output.isEmpty() || a.output == u"-"))
        a.error = QStringLiteral("PNG needs -o OUT.png (it is not written to a terminal)");
    if (widthText.isEmpty() || !a.error.isEmpty())
        return;
    bool ok = false;
    a.width = widthText.toInt(&ok);
    if (!ok || a.width < 16 || a.width > 16384)
        a.error = QStringLiteral("--width wants a number of pixels from 16 to 16384");
    else if (a.format != u"png")
        a.error = QStringLiteral("--width applies to PNG only (SVG scales itself)");
}

RenderArguments parse(const QStringList& arguments) {
    RenderArguments a;
    QString widthText;
    for (int i = 0; i < arguments.size() && a.error.isEmpty(); ++i) {
        const QString& arg = arguments[i];
        if (takeValue(arguments, i, QStringLiteral("--format"), &a.format, &a.error) ||
            takeValue(arguments, i, QStringLiteral("--width"), &widthText, &a.error) ||
            takeValue(arguments, i, QStringLiteral("-o"), &a.output, &a.error) ||
            takeValue(arguments, i, QStringLiteral("--view"), &a.view, &a.error))
            continue;
        if (arg.startsWith(u'-') && arg != u"-")
            a.error = QStringLiteral("unknown option %1").arg(arg);
        else if (a.file.isEmpty())
            a.file = arg;
        else
            a.error = QStringLiteral("only one FILE");
    }
    check(a, widthText);
    return a;
}

// The bytes of the chosen backend; empty with `error` set when PNG rasterizing fails.
QByteArray rendered(const TopologyLayout& layout, const RenderArguments& a, QString* error) {
    if (a.format == u"txt")
        return renderText(layout).toUtf8();
    const QByteArray svg = renderSvg(layout, QFileInfo(a.file).fileName()).toUtf8();
    if (a.format == u"svg")
        return svg;
    const QByteArray png = backends().svgToPng(svg, a.width);
    if (png.isEmpty())
        *error = QStringLiteral("cannot draw the PNG (image too large?)");
    return png;
}

} // namespace

int runRender(const QStringList& arguments) {
    QTextStream err(stderr);
    const RenderArguments a = parse(arguments);
    if (!a.error.isEmpty()) {
        err << "pcitopo render: " << a.error << '\n'
            << "usage: pcitopo render [--format svg|png|txt] [--view written|defined] FILE "
               "[-o OUT] [--width N]\n";
        return 2;
    }
    // Qt Gui (fonts for the raster) lives in the helper executable: this process has not loaded it.
    if (a.format == u"png" && !backends().svgToPng)
        return handOff(kPngHelper);
    const std::optional<DomainDocument> document = loadDocumentOrReport(a.file);
    if (!document)
        return 2;
    const std::shared_ptr<const Analysis> analysis = Analysis::compute(*document);
    const Topology& topo = analysis->topologyNamed(a.view);
    // One layout, computed once; every backend is a thin walk over its items.
    const TopologyLayout layout = TopologyLayout::compute(topo);
    QString error;
    const QByteArray bytes = rendered(layout, a, &error);
    if (bytes.isEmpty()) {
        err << "pcitopo render: " << error << '\n';
        return 2;
    }
    if (!writeFileSafely(a.output.isEmpty() ? QStringLiteral("-") : a.output, bytes, &error)) {
        err << "pcitopo render: " << error << '\n';
        return 2;
    }
    return 0;
}

} // namespace pcitopo::cli
