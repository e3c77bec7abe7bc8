// `pcitopo render` and `explain`, run as the real binary (show: tst_cli_show.cpp). Golden renders
// live in golden/; after an intended change regenerate them with PCITOPO_UPDATE_GOLDEN=1 and review
// the diff.
#include "../clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

Run pcitopo(const QStringList& arguments) {
    return runPcitopo(arguments);
}

QString example(const char* name) {
    return QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/%1").arg(QLatin1String(name));
}

QString golden(const QString& name) {
    return QStringLiteral(PCITOPO_GOLDEN_DIR "/") + name;
}

// Compares with the golden file and lists the first differing line.
void compareWithGolden(const QString& actual, const QString& name) {
    QFile file(golden(name));
    if (qEnvironmentVariableIsSet("PCITOPO_UPDATE_GOLDEN")) {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual.toUtf8());
        QSKIP("golden file rewritten");
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden(name)));
    const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
    const QStringList lines = actual.split(u'\n');
    for (int i = 0; i < std::max(expected.size(), lines.size()); ++i) {
        const QString e = expected.value(i, QStringLiteral("<end>"));
        const QString a = lines.value(i, QStringLiteral("<end>"));
        if (e != a)
            QFAIL(qPrintable(QStringLiteral("%1 line %2 differs:\n  expected: %3\n  actual:   %4")
                                 .arg(name)
                                 .arg(i + 1)
                                 .arg(e, a)));
    }
}

} // namespace

class TestCliShowRender : public QObject {
    Q_OBJECT

private slots:
    void renderTxtGolden();
    void renderSvgGolden();
    void renderToFileChoosesFormatFromName();
    void renderBadFormat();
    void explainRule();
    void explainDevice();
    void explainController();
    void explainDiagnosticCode();
    void explainUnknown();
};

void TestCliShowRender::renderTxtGolden() {
    const Run r = pcitopo({QStringLiteral("render"), QStringLiteral("--format"),
                           QStringLiteral("txt"), example("q35-desktop.xml")});
    QCOMPARE(r.exitCode, 0);
    compareWithGolden(r.out, QStringLiteral("q35-desktop.txt"));
    const Run pc = pcitopo(
        {QStringLiteral("render"), QStringLiteral("--format=txt"), example("pc-server.xml")});
    QCOMPARE(pc.exitCode, 0);
    compareWithGolden(pc.out, QStringLiteral("pc-server.txt"));
}

void TestCliShowRender::renderSvgGolden() {
    const Run r = pcitopo({QStringLiteral("render"), example("q35-desktop.xml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")));
    QVERIFY(r.out.contains(QStringLiteral("id=\"bus-1-slot-0\" class=\"slot root-port occupied "
                                          "hotplug\"")));
    QVERIFY(r.out.contains(QStringLiteral("id=\"bus-0-slots-3-30\"")));
    compareWithGolden(r.out, QStringLiteral("q35-desktop.svg"));
}

void TestCliShowRender::renderToFileChoosesFormatFromName() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tree.txt"));
    const Run r =
        pcitopo({QStringLiteral("render"), example("q35-desktop.xml"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("pcie-root (q35)  index 0 · guest bus 0x00\n"));
}

void TestCliShowRender::renderBadFormat() {
    const Run r = pcitopo({QStringLiteral("render"), QStringLiteral("--format"),
                           QStringLiteral("png"), example("q35-desktop.xml")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QStringLiteral("pcitopo render: unknown format 'png'")));
}

void TestCliShowRender::explainRule() {
    const Run r = pcitopo({QStringLiteral("explain"), QStringLiteral("CONN-1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("CONN-1: PCI and PCIe endpoints\n")));
    QVERIFY(r.out.contains(
        QStringLiteral("source: qemu/qemu_domain_address.c:qemuDomainFillDevicePCIConnectFlags")));
    const Run lower = pcitopo({QStringLiteral("explain"), QStringLiteral("idx-5")});
    QCOMPARE(lower.exitCode, 0);
    QVERIFY(lower.out.contains(QStringLiteral("libvirt says: PCI controller at index %1")));
}

void TestCliShowRender::explainDevice() {
    const Run e1000 = pcitopo({QStringLiteral("explain"), QStringLiteral("e1000")});
    QCOMPARE(e1000.exitCode, 0);
    QVERIFY2(e1000.out.contains(QStringLiteral("on q35: conventional PCI\n")),
             qPrintable(e1000.out));
    const Run virtio = pcitopo({QStringLiteral("explain"), QStringLiteral("virtio-net")});
    QCOMPARE(virtio.exitCode, 0);
    QVERIFY(virtio.out.startsWith(QStringLiteral("interface-virtio: ")));
    QVERIFY(virtio.out.contains(QStringLiteral("on q35: PCI Express\non pc: conventional PCI\n")));
    const Run qxl = pcitopo({QStringLiteral("explain"), QStringLiteral("qxl")});
    QCOMPARE(qxl.exitCode, 0);
    QVERIFY(qxl.out.startsWith(QStringLiteral("video-pci: ")));
}

void TestCliShowRender::explainController() {
    const Run r = pcitopo({QStringLiteral("explain"), QStringLiteral("pcie-root-port")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("pcie-root-port: PCIe root port\nmachines: q35\n")));
    QVERIFY(r.out.contains(QStringLiteral("slots: 0-0\n")));
    QVERIFY(r.out.contains(QStringLiteral("hotplug: yes (hotplug='off' turns it off)\n")));
}

void TestCliShowRender::explainDiagnosticCode() {
    const Run r = pcitopo({QStringLiteral("explain"), QStringLiteral("pci.index.duplicate")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("pci.index.duplicate (error, define)\n")));
    QVERIFY(r.out.contains(QStringLiteral("\nrule: IDX-1\n")));
}

void TestCliShowRender::explainUnknown() {
    const Run r = pcitopo({QStringLiteral("explain"), QStringLiteral("no-such-thing")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith(QStringLiteral("pcitopo explain: nothing is called 'no-such-thing'")));
    QCOMPARE(pcitopo({QStringLiteral("explain")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliShowRender)
#include "tst_cli_show_render.moc"
