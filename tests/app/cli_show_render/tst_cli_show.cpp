// `pcitopo show`, run as the real binary on the learn examples: exact text (inline or golden
// files in golden/show-*.txt, regenerated with PCITOPO_UPDATE_GOLDEN=1), and JSON that says the
// same as the text.
#include "../clirun.h"
#include "golden.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

const QString kExamples = QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples");

// Runs in the examples directory so "file: NAME" is the same on every machine.
CliRun show(const QStringList& arguments) {
    return runPcitopo(QStringList{QStringLiteral("show")} + arguments, 60000, kExamples);
}

} // namespace

class TestCliShow : public QObject {
    Q_OBJECT

private slots:
    void applianceExactText();
    void numaPassthroughGolden();
    void pcBridgesGolden();
    void q35DesktopGolden();
    void unplacedAndUnattachedBuses();
    void jsonSaysWhatTheTextSays();
    void jsonExpanderAndHeadroom();
    void unreadableFile();
    void wrongArguments();
    void learnExamplesPassValidate();
    void learnExamplesAcceptedByLibvirt();
};

void TestCliShow::applianceExactText() {
    const CliRun r = show({QStringLiteral("learn-appliance.xml")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, QStringLiteral("file: learn-appliance.xml\n"
                                   "machine: q35 (pc-q35-7.2)\n"
                                   "bus 0: pcie-root, guest bus 0x00\n"
                                   "|-- 00:00 reserved: host bridge\n"
                                   "|-- 00:01 free  [no hotplug]\n"
                                   "|-- 00:02.0 rng virtio: virtio-rng  [no hotplug]\n"
                                   "|-- 00:03.0 controller virtio-scsi  [no hotplug]\n"
                                   "|-- 00:04.0 controller virtio-serial  [no hotplug]\n"
                                   "|-- 00:05-1e free, 26 slots  [no hotplug]\n"
                                   "|-- 00:1f.0 chipset: ISA/LPC bridge (ICH9)\n"
                                   "|-- 00:1f.2 controller sata: ich9-ahci  [no hotplug]\n"
                                   "`-- 00:1f.3 chipset: SMBus\n"
                                   "unplaced: none\n"
                                   "headroom: 0 free hotpluggable PCIe ports, 0 free PCI slots\n"
                                   "guest view (as libvirt will define it):\n"
                                   "  controller scsi 0       0000:00:03.0 -> guest 0000:00:03.0  "
                                   "(written)\n"
                                   "  controller virtio-serial 0  0000:00:04.0 -> guest "
                                   "0000:00:04.0  (written)\n"
                                   "  controller sata 0       0000:00:1f.2 -> guest 0000:00:1f.2  "
                                   "(written)\n"
                                   "  rng 0                   0000:00:02.0 -> guest 0000:00:02.0  "
                                   "(written)\n"));
}

void TestCliShow::numaPassthroughGolden() {
    const CliRun r = show({QStringLiteral("learn-numa-passthrough.xml")});
    QCOMPARE(r.exitCode, 0);
    COMPARE_GOLDEN(r.out, QStringLiteral("show-numa-passthrough.txt"));
}

void TestCliShow::pcBridgesGolden() {
    const CliRun r = show({QStringLiteral("learn-pc-bridges.xml")});
    QCOMPARE(r.exitCode, 0);
    COMPARE_GOLDEN(r.out, QStringLiteral("show-pc-bridges.txt"));
}

void TestCliShow::q35DesktopGolden() {
    const CliRun r =
        show({QStringLiteral("--format=text"), QStringLiteral("learn-q35-desktop.xml")});
    QCOMPARE(r.exitCode, 0);
    COMPARE_GOLDEN(r.out, QStringLiteral("show-q35-desktop.txt"));
}

// pc-server.xml: an expander without an address, devices libvirt has still to place (as
// written; the default view shows them where libvirt puts them).
void TestCliShow::unplacedAndUnattachedBuses() {
    const CliRun r = show(
        {QStringLiteral("--view"), QStringLiteral("written"), QStringLiteral("pc-server.xml")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral(
                 "`-- 00:06-1f free, 26 slots  [hotplug]\n"
                 "bus 2: pci-expander-bus, guest bus 0xff, NUMA node 1, not placed yet "
                 "(libvirt assigns its address)\n"
                 "`-- 02:00-1f free, 32 slots  [hotplug]\n"
                 "unplaced (libvirt assigns the address):\n"
                 "  controller: PCI expander bus (pxb) 2 (libvirt puts it at 00:03.0)\n"
                 "  disk: virtio-blk vda (libvirt puts it at 00:06.0)\n")),
             qPrintable(r.out));
    // One number in both views: the free places once libvirt has placed the six devices.
    QVERIFY(r.out.contains(
        QStringLiteral("headroom: 0 free hotpluggable PCIe ports, 85 free PCI slots\n"
                       "guest view (as libvirt will define it):\n")));
    // Without <acpi/> no slot has an ACPI slot number: the NIC gets a path name.
    QVERIFY(r.out.contains(QStringLiteral("  interface 1             0000:00:04.0 -> guest "
                                          "0000:00:04.0  (libvirt)  Linux: enp0s4\n")));
}

// Every occupant of the JSON appears on a line of the text with the same kind and model, and
// every free hotpluggable PCIe port of the text is a free hotplug slot of a root port in JSON.
void TestCliShow::jsonSaysWhatTheTextSays() {
    const char* const files[] = {"learn-q35-desktop.xml", "learn-numa-passthrough.xml",
                                 "learn-pc-bridges.xml", "pc-server.xml"};
    for (const char* file : files) {
        const CliRun text = show({QLatin1String(file)});
        const CliRun json =
            show({QStringLiteral("--format"), QStringLiteral("json"), QLatin1String(file)});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.outBytes).object();
        QCOMPARE(root.value(QStringLiteral("file")).toString(), QLatin1String(file));
        int occupants = 0;
        for (const QJsonValue bus : root.value(QStringLiteral("buses")).toArray())
            for (const QJsonValue slot : bus[QStringLiteral("slots")].toArray())
                for (const QJsonValue o : slot[QStringLiteral("functions")].toArray()) {
                    QString head = o[QStringLiteral("address")].toString() + u' ' +
                                   o[QStringLiteral("kind")].toString();
                    if (!o[QStringLiteral("model")].toString().isEmpty())
                        head += u' ' + o[QStringLiteral("model")].toString();
                    QVERIFY2(text.out.contains(QStringLiteral("-- ") + head),
                             qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(file), head)));
                    ++occupants;
                }
        QVERIFY(occupants > 3);
        const QString headroom =
            root.value(QStringLiteral("headroom"))[QStringLiteral("text")].toString();
        QVERIFY(text.out.contains(QStringLiteral("headroom: ") + headroom + u'\n'));
        // Every element with a guest address in JSON has its line in the guest view.
        for (const QJsonValue e : root.value(QStringLiteral("elements")).toArray())
            if (e[QStringLiteral("guestAddress")].isString())
                QVERIFY(text.out.contains(QStringLiteral(" -> guest ") +
                                          e[QStringLiteral("guestAddress")].toString()));
    }
}

void TestCliShow::jsonExpanderAndHeadroom() {
    const CliRun r = show({QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("learn-numa-passthrough.xml")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.outBytes).object();
    QCOMPARE(root.value(QStringLiteral("machine")).toString(), QStringLiteral("q35"));
    QCOMPARE(root.value(QStringLiteral("machineAsWritten")).toString(),
             QStringLiteral("pc-q35-7.2"));
    const QJsonArray buses = root.value(QStringLiteral("buses")).toArray();
    QCOMPARE(buses.size(), 10);
    const QJsonObject pxb = buses[6].toObject();
    QCOMPARE(pxb.value(QStringLiteral("model")).toString(), QStringLiteral("pcie-expander-bus"));
    QCOMPARE(pxb.value(QStringLiteral("numaNode")).toInt(), 1);
    QCOMPARE(pxb.value(QStringLiteral("guestBus")).toInt(), 0xc0);
    // The elements contract: a hostdev behind the pxb-pcie's root port, as the guest sees it.
    QJsonObject hostdevRow;
    for (const QJsonValue e : root.value(QStringLiteral("elements")).toArray())
        if (e[QStringLiteral("element")].toString() == u"hostdev" &&
            e[QStringLiteral("ordinal")].toInt() == 1)
            hostdevRow = e.toObject();
    QCOMPARE(hostdevRow.value(QStringLiteral("address")).toString(),
             QStringLiteral("0000:08:00.0"));
    QCOMPARE(hostdevRow.value(QStringLiteral("assignedBy")).toString(), QStringLiteral("written"));
    QCOMPARE(hostdevRow.value(QStringLiteral("guestAddress")).toString(),
             QStringLiteral("0000:c1:00.0"));
    QCOMPARE(pxb.value(QStringLiteral("address")).toString(), QStringLiteral("00:04.0"));
    QCOMPARE(buses[1].toObject().value(QStringLiteral("numaNode")), QJsonValue());
    const QJsonObject port = buses[8].toObject()[QStringLiteral("slots")][0].toObject();
    QCOMPARE(port.value(QStringLiteral("hotplug")).toString(), QStringLiteral("hotplug"));
    const QJsonObject hostdev = port[QStringLiteral("functions")][0].toObject();
    QCOMPARE(hostdev.value(QStringLiteral("kind")).toString(), QStringLiteral("hostdev"));
    QCOMPARE(hostdev.value(QStringLiteral("address")).toString(), QStringLiteral("08:00.0"));
    const QJsonObject headroom = root.value(QStringLiteral("headroom")).toObject();
    QCOMPARE(headroom.value(QStringLiteral("pciePorts")).toInt(), 1);
    QCOMPARE(headroom.value(QStringLiteral("pciSlots")).toInt(), 0);
}

void TestCliShow::unreadableFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<domain><devices>\n<disk>\n</domain>\n");
    file.close();
    const CliRun r = show({path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith(QStringLiteral("pcitopo: ") + path + u':'), qPrintable(r.err));
}

void TestCliShow::wrongArguments() {
    const QString usage =
        QStringLiteral("usage: pcitopo show [--format text|json] [--view written|defined] FILE\n");
    QCOMPARE(show({}).err, QStringLiteral("pcitopo show: FILE is missing\n") + usage);
    const CliRun two = show({QStringLiteral("a.xml"), QStringLiteral("b")});
    QCOMPARE(two.exitCode, 2);
    QCOMPARE(two.err, QStringLiteral("pcitopo show: only one FILE\n") + usage);
    const CliRun format = show({QStringLiteral("--format=xml"), QStringLiteral("a.xml")});
    QCOMPARE(format.exitCode, 2);
    QCOMPARE(format.err,
             QStringLiteral("pcitopo show: unknown format 'xml' (text or json)\n") + usage);
}

const QStringList kLearnExamples = {
    QStringLiteral("learn-q35-desktop.xml"), QStringLiteral("learn-appliance.xml"),
    QStringLiteral("learn-numa-passthrough.xml"), QStringLiteral("learn-pc-bridges.xml")};

// No errors; the appliance's one warning (no free hotplug port) is what it teaches.
void TestCliShow::learnExamplesPassValidate() {
    for (const QString& file : kLearnExamples) {
        const CliRun r = runPcitopo({QStringLiteral("validate"), file}, 60000, kExamples);
        QVERIFY2(r.exitCode == 0, qPrintable(file + u'\n' + r.out + r.err));
        QVERIFY2(!r.out.contains(QStringLiteral(": error:")), qPrintable(r.out));
    }
}

// The real libvirt 9.0 defines each of them (the team's oracle; skipped where it is absent).
void TestCliShow::learnExamplesAcceptedByLibvirt() {
    const QString oracle = QStringLiteral(PCITOPO_SHARED_DIR "/oracle/libvirt-verdict");
    if (!QFileInfo::exists(oracle))
        QSKIP("the libvirt oracle is not here (PCITOPO_SHARED_DIR)");
    QProcess process;
    process.setWorkingDirectory(kExamples);
    process.start(oracle, kLearnExamples);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("the oracle could not run: ") +
                         QString::fromUtf8(process.readAllStandardError())));
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), kLearnExamples.size());
    for (const QByteArray& line : lines) {
        const QJsonObject verdict = QJsonDocument::fromJson(line).object();
        QVERIFY2(verdict.value(QStringLiteral("ok")).toBool(), line.left(400).constData());
    }
}

QTEST_GUILESS_MAIN(TestCliShow)
#include "tst_cli_show.moc"
