// `pcitopo render`, run as the real binary (show: tst_cli_show.cpp, explain: tst_cli_explain.cpp).
// Golden renders live in golden/ (see golden.h for PCITOPO_UPDATE_GOLDEN=1). PNGs are checked
// against the SVG they are drawn from: size, and the colours inside items whose rectangles the
// SVG states, so the test knows the PNG shows the same layout without a pixel-exact golden
// (font rasterizing differs between FreeType versions).
#include "../clirun.h"
#include "golden.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

CliRun render(const QStringList& arguments, const QProcessEnvironment& env = {}) {
    return runPcitopo(QStringList{QStringLiteral("render")} + arguments, 60000, QString(), env);
}

// No display of any kind, no platform choice, no runtime dir: what a CI box or cron has.
QProcessEnvironment headlessEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        env.remove(QLatin1String(name));
    return env;
}

// The rectangle of the SVG item with this id, in image pixels (margin 12, scaled).
QRectF svgRect(const QString& svg, const QString& id, qreal scale) {
    const QRegularExpression re(
        QStringLiteral("<g id=\"%1\"[^>]*>(?:<title>[^<]*</title>)?<rect "
                       "x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\" "
                       "height=\"([\\d.]+)\"")
            .arg(QRegularExpression::escape(id)));
    const QRegularExpressionMatch m = re.match(svg);
    if (!m.hasMatch())
        return QRectF();
    const QRectF r(m.captured(1).toDouble() + 12, m.captured(2).toDouble() + 12,
                   m.captured(3).toDouble(), m.captured(4).toDouble());
    return QRectF(r.topLeft() * scale, r.size() * scale);
}

// A point inside the rectangle clear of its text (the right part, half-way down).
QColor colourInside(const QImage& image, const QRectF& rect) {
    return image.pixelColor(
        QPointF(rect.right() - rect.width() * 0.08, rect.center().y()).toPoint());
}

// The width and height attributes of the <svg> element.
QSizeF svgSize(const QString& svg) {
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("<svg [^>]*width=\"([\\d.]+)\" height=\"([\\d.]+)\""))
            .match(svg);
    return QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
}

} // namespace

class TestCliShowRender : public QObject {
    Q_OBJECT

private slots:
    void renderTxtGolden();
    void renderSvgGolden();
    void renderSvgLearnGolden();
    void svgIdsAndClasses();
    void renderPngHeadless();
    void renderPngWidth();
    void renderToFileChoosesFormatFromName();
    void renderArgumentErrors();
};

void TestCliShowRender::renderTxtGolden() {
    const CliRun r =
        render({QStringLiteral("--format"), QStringLiteral("txt"), examplePath("q35-desktop.xml")});
    QCOMPARE(r.exitCode, 0);
    COMPARE_GOLDEN(r.out, QStringLiteral("q35-desktop.txt"));
    const CliRun pc = render({QStringLiteral("--format=txt"), examplePath("pc-server.xml")});
    QCOMPARE(pc.exitCode, 0);
    COMPARE_GOLDEN(pc.out, QStringLiteral("pc-server.txt"));
}

void TestCliShowRender::renderSvgGolden() {
    const CliRun r = render({examplePath("q35-desktop.xml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")));
    COMPARE_GOLDEN(r.out, QStringLiteral("q35-desktop.svg"));
}

void TestCliShowRender::renderSvgLearnGolden() {
    const CliRun appliance = render({examplePath("learn-appliance.xml")});
    QCOMPARE(appliance.exitCode, 0);
    COMPARE_GOLDEN(appliance.out, QStringLiteral("learn-appliance.svg"));
    const CliRun numa = render({examplePath("learn-numa-passthrough.xml")});
    QCOMPARE(numa.exitCode, 0);
    COMPARE_GOLDEN(numa.out, QStringLiteral("learn-numa-passthrough.svg"));
}

// Stable ids and classes users style and script: the libvirt model name is a class.
void TestCliShowRender::svgIdsAndClasses() {
    const CliRun r = render({examplePath("learn-numa-passthrough.xml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral(
                 "id=\"bus-7-slot-0\" class=\"slot root-port occupied hotplug pcie-root-port\"")),
             qPrintable(r.out.left(2000)));
    QVERIFY(r.out.contains(QStringLiteral("id=\"bus-5\" class=\"bus pcie-expander-bus\"")));
    QVERIFY(r.out.contains(QStringLiteral("id=\"bus-0-slot-3-fn-0\" class=\"chip controller "
                                          "controller pcie-expander-bus\"")));
    QVERIFY(r.out.contains(QStringLiteral("id=\"numa-1-bus-6\" class=\"numa-node\"")));
    QVERIFY(r.out.contains(QStringLiteral("id=\"bus-8-slot-0-fn-0\" class=\"chip passthrough\"")));
    QVERIFY(r.out.contains(QStringLiteral("id=\"link-bus-8\" class=\"link\"")));
}

void TestCliShowRender::renderPngHeadless() {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("numa.png"));
    const CliRun r = render({examplePath("learn-numa-passthrough.xml"), QStringLiteral("-o"), png},
                            headlessEnvironment());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QString svg = render({examplePath("learn-numa-passthrough.xml")}).out;
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), svgSize(svg).toSize());
    // Colours of the embedded stylesheet, where the SVG puts the items.
    const QRectF chip = svgRect(svg, QStringLiteral("bus-7-slot-0-fn-0"), 1.0);
    QVERIFY(!chip.isEmpty());
    QCOMPARE(colourInside(image, chip), QColor(0xcf, 0xe3, 0xd2)); // .chip
    const QRectF port = svgRect(svg, QStringLiteral("bus-0-slot-2-fn-0"), 1.0);
    QCOMPARE(colourInside(image, port), QColor(0xd7, 0xdc, 0xf5)); // .chip.controller
    const QRectF free = svgRect(svg, QStringLiteral("bus-9-slot-0"), 1.0);
    QCOMPARE(colourInside(image, free), QColor(Qt::white)); // .slot
    const QRectF frame = svgRect(svg, QStringLiteral("numa-0-bus-5"), 1.0);
    QCOMPARE(image.pixelColor(frame.bottomLeft().toPoint() + QPoint(6, -4)),
             QColor(0xff, 0xf8, 0xe6)); // .numa-node
}

void TestCliShowRender::renderPngWidth() {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("pc.PNG"));
    const CliRun r = render({examplePath("learn-pc-bridges.xml"), QStringLiteral("-o"), png,
                             QStringLiteral("--width"), QStringLiteral("600")},
                            headlessEnvironment());
    QCOMPARE(r.exitCode, 0);
    const QString svg = render({examplePath("learn-pc-bridges.xml")}).out;
    const QImage image(png, "PNG");
    QCOMPARE(image.width(), 600);
    const qreal scale = 600.0 / svgSize(svg).width();
    QVERIFY(scale < 0.9); // really scaled down
    QCOMPARE(image.height(), qRound(svgSize(svg).height() * scale));
    const QRectF bridge = svgRect(svg, QStringLiteral("bus-0-slot-30-fn-0"), scale);
    QCOMPARE(colourInside(image, bridge), QColor(0xd7, 0xdc, 0xf5));
}

void TestCliShowRender::renderToFileChoosesFormatFromName() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tree.txt"));
    const CliRun r = render({examplePath("q35-desktop.xml"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("pcie-root (q35)  index 0 · guest bus 0x00\n"));
}

void TestCliShowRender::renderArgumentErrors() {
    const QString usage =
        QStringLiteral("usage: pcitopo render [--format svg|png|txt] [--view written|defined] "
                       "FILE [-o OUT] [--width N]\n");
    const QString file = examplePath("q35-desktop.xml");
    const QList<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("--format"), QStringLiteral("gif"), file},
         QStringLiteral("unknown format 'gif' (svg, png or txt)")},
        {{QStringLiteral("--format=png"), file},
         QStringLiteral("PNG needs -o OUT.png (it is not written to a terminal)")},
        {{file, QStringLiteral("--width"), QStringLiteral("800")},
         QStringLiteral("--width applies to PNG only (SVG scales itself)")},
        {{file, QStringLiteral("-o"), QStringLiteral("x.png"), QStringLiteral("--width=wide")},
         QStringLiteral("--width wants a number of pixels from 16 to 16384")},
        {{file, QStringLiteral("-o")}, QStringLiteral("-o needs a value")},
        {{}, QStringLiteral("FILE is missing")},
    };
    for (const auto& [arguments, error] : cases) {
        const CliRun r = render(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("pcitopo render: ") + error + u'\n' + usage);
    }
}

QTEST_GUILESS_MAIN(TestCliShowRender)
#include "tst_cli_show_render.moc"
