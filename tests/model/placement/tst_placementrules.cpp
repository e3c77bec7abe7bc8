// Table-driven tests of the rule table and of the libvirt placement simulation, one row per rule
// of pci-rules.md. In-code rows use facts the oracle confirmed (cited by case name); the corpus
// rows run the small oracle-checked cases of pci-rules-cases and compare with libvirt's output.

#include "corpuscompare.h"
#include "placement/applyplacement.h"
#include "placement/hostpciprobe.h"
#include "placement/libvirtplacement.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pcitopo;

namespace {

Device device(DeviceKind kind, const QString& element, const QString& type = {},
              const QString& model = {}) {
    Device d;
    d.kind = kind;
    d.elementName = element;
    d.type = type;
    d.model = model;
    return d;
}

Device net(const QString& model) {
    return device(DeviceKind::Interface, QStringLiteral("interface"), QStringLiteral("network"),
                  model);
}

Device pciController(const QString& model, std::optional<int> index = std::nullopt) {
    Device d =
        device(DeviceKind::Controller, QStringLiteral("controller"), QStringLiteral("pci"), model);
    d.index = index;
    return d;
}

Device withAddress(Device d, int bus, int slot, int function = 0) {
    d.addressType = QStringLiteral("pci");
    d.pciAddress = PciAddress{0, bus, slot, function, std::nullopt};
    return d;
}

DeviceInventory inventory(const QString& machine, const QList<Device>& devices) {
    DeviceInventory inv;
    inv.machine = machine;
    inv.devices = devices;
    // No USB, no balloon: keep the scenarios to the devices under test.
    inv.devices.append(device(DeviceKind::Controller, QStringLiteral("controller"),
                              QStringLiteral("usb"), QStringLiteral("none")));
    inv.devices.last().index = 0;
    inv.devices.append(
        device(DeviceKind::Memballoon, QStringLiteral("memballoon"), {}, QStringLiteral("none")));
    return inv;
}

QString addressOf(const LibvirtPlacement& p, int inventoryIndex) {
    const PlacedAddress* a = p.addressOfDevice(inventoryIndex);
    return a ? a->address.toShortString() : QStringLiteral("(none)");
}

QMap<QString, QString> verdictsOf(const QString& folder) {
    QMap<QString, QString> verdicts; // case name → "" (accepted) or libvirt's error
    QFile file(folder + QStringLiteral("/verdicts.jsonl"));
    if (!file.open(QIODevice::ReadOnly)) {
        return verdicts;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        const QString name = QFileInfo(row.value(u"file").toString()).baseName();
        if (!name.isEmpty()) {
            verdicts.insert(name,
                            row.value(u"ok").toBool() ? QString() : row.value(u"error").toString());
        }
    }
    return verdicts;
}

} // namespace

class TestPlacementRules : public QObject {
    Q_OBJECT

private slots:
    void machineFromString_data() {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<Machine>("expected");
        QTest::newRow("q35") << "q35" << Machine::Q35;
        QTest::newRow("pc-q35-7.2") << "pc-q35-7.2" << Machine::Q35;
        QTest::newRow("pc") << "pc" << Machine::Pc;
        QTest::newRow("pc-i440fx-7.2") << "pc-i440fx-7.2" << Machine::Pc;
    }
    void machineFromString() {
        QFETCH(QString, machine);
        QFETCH(Machine, expected);
        QCOMPARE(pcitopo::machineFromString(machine), expected);
    }

    // CONN-1, CONN-2, CONN-5, §3 defaults.
    void deviceFlags_data() {
        QTest::addColumn<Device>("dev");
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QString>("flags");
        const QString q35 = QStringLiteral("q35");
        const QString pc = QStringLiteral("pc");
        QTest::newRow("CONN-2 virtio q35") << net("virtio") << q35 << "AUTOASSIGN|PCIE_DEVICE";
        QTest::newRow("CONN-1 virtio pc") << net("virtio") << pc << "AUTOASSIGN|PCI_DEVICE";
        QTest::newRow("CONN-5 transitional")
            << net("virtio-transitional") << q35 << "AUTOASSIGN|PCI_DEVICE";
        QTest::newRow("nm: no model is rtl8139") << net({}) << q35 << "AUTOASSIGN|PCI_DEVICE";
        QTest::newRow("e1000e") << net("e1000e") << q35 << "AUTOASSIGN|PCIE_DEVICE";
        QTest::newRow("unknown model") << net("ne2k_pci") << q35 << "AUTOASSIGN|PCIE_DEVICE";
        QTest::newRow("u5: usb without model")
            << device(DeviceKind::Controller, "controller", "usb") << q35
            << "AUTOASSIGN|PCI_DEVICE";
        QTest::newRow("sc: scsi without model")
            << device(DeviceKind::Controller, "controller", "scsi") << q35
            << "AUTOASSIGN|PCI_DEVICE";
        QTest::newRow("s7: ich7 has flags 0")
            << device(DeviceKind::Sound, "sound", {}, "ich7") << q35 << "0";
        QTest::newRow("io3: virtio-iommu") << device(DeviceKind::Iommu, "iommu", {}, "virtio")
                                           << q35 << "AUTOASSIGN|INTEGRATED|PCIE_DEVICE";
        // Oracle (pc, <vsock><cid auto='yes'/></vsock>): model='virtio' at 00:02.0. pci-rules.md
        // §3 says "default model → none"; qemuDomainVsockDefPostParse makes it virtio.
        QTest::newRow("vsock without model is virtio")
            << device(DeviceKind::Vsock, "vsock") << q35 << "AUTOASSIGN|PCIE_DEVICE";
        QTest::newRow("CONN-3 root port")
            << pciController("pcie-root-port") << q35 << "AGGREGATE_SLOT|PCIE_ROOT_PORT";
        QTest::newRow("CONN-3 pci-root") << pciController("pci-root") << pc << "0";
    }
    void deviceFlags() {
        QFETCH(Device, dev);
        QFETCH(QString, machine);
        QFETCH(QString, flags);
        const RuleTable& rules = RuleTable::builtin();
        QCOMPARE(connectFlagsToString(rules.deviceFlags(dev, pcitopo::machineFromString(machine))),
                 flags);
    }

    // §1.3, each row oracle-checked in pci-rules-cases.
    void compatibility_data() {
        QTest::addColumn<Device>("dev");
        QTest::addColumn<QString>("busModel");
        QTest::addColumn<bool>("explicitAddress");
        QTest::addColumn<QString>("kindText"); // empty: compatible; "-": refused without kind
        QTest::newRow("e2: e1000 explicit on pcie-root")
            << net("e1000") << "pcie-root" << true << "";
        QTest::newRow("e1000 auto on pcie-root (no AUTOASSIGN)")
            << net("e1000") << "pcie-root" << false << "-";
        QTest::newRow("e1000 auto on root port")
            << net("e1000") << "pcie-root-port" << false << "standard PCI device";
        QTest::newRow("e4: virtio on pcie-to-pci-bridge")
            << net("virtio") << "pcie-to-pci-bridge" << true << "";
        QTest::newRow("e6: pci-bridge explicit on pcie-root")
            << pciController("pci-bridge") << "pcie-root" << true << "";
        QTest::newRow("c7: pci-bridge on pxb-pcie")
            << pciController("pci-bridge") << "pcie-expander-bus" << true << "standard PCI device";
        QTest::newRow("e5: root port on pci-bridge")
            << pciController("pcie-root-port") << "pci-bridge" << true << "pcie-root-port";
        QTest::newRow("e8: dmi on root port") << pciController("dmi-to-pci-bridge")
                                              << "pcie-root-port" << true << "dmi-to-pci-bridge";
        QTest::newRow("c3: endpoint on upstream port")
            << net("virtio") << "pcie-switch-upstream-port" << true << "PCI Express device";
    }
    void compatibility() {
        QFETCH(Device, dev);
        QFETCH(QString, busModel);
        QFETCH(bool, explicitAddress);
        QFETCH(QString, kindText);
        const RuleTable& rules = RuleTable::builtin();
        const Compatibility c = rules.compatible(rules.deviceFlags(dev, Machine::Q35),
                                                 rules.busFlags(busModel), explicitAddress, 1);
        QCOMPARE(c.ok, kindText.isEmpty());
        QCOMPARE(c.kindText, kindText == u"-" ? QString() : kindText);
    }

    void integratedDeviceOffBusZero() {
        const RuleTable& rules = RuleTable::builtin();
        const Compatibility c = rules.compatible(
            rules.deviceFlags(device(DeviceKind::Iommu, "iommu", {}, "virtio"), Machine::Q35),
            rules.busFlags(u"pcie-root-port"), true, 1);
        QVERIFY(!c.ok);
        QCOMPARE(c.message(PciAddress{0, 1, 0, 0, std::nullopt}),
                 QStringLiteral("The device at PCI address 0000:01:00.0 needs to be an integrated "
                                "device (bus=0)"));
    }

    // Placement scenarios from pci-rules.md, each confirmed with the oracle.
    void placement_data() {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<QList<Device>>("devices");
        QTest::addColumn<int>("probe");           // inventory index whose address is checked
        QTest::addColumn<QString>("address");     // expected address of `probe`
        QTest::addColumn<QString>("controllers"); // "index:model@address …" of all PCI controllers
        QList<Device> nics29, nics30;
        for (int i = 0; i < 30; ++i) {
            (i < 29 ? nics29 : nics30) << net("e1000");
        }
        nics30 = nics29 + nics30;
        QTest::newRow("PLACE-pc-spare b29: no bridge") << "pc" << nics29 << 28 << "00:1e.0"
                                                       << "0:pci-root";
        QTest::newRow("PLACE-pc-spare b30: bridge one device early")
            << "pc" << nics30 << 29 << "01:01.0"
            << "0:pci-root 1:pci-bridge@00:02.0";
        QTest::newRow("e1: PCI device on pure q35")
            << "q35" << QList<Device>{net("e1000")} << 0 << "02:01.0"
            << "0:pcie-root 1:pcie-root-port@00:01.0 2:pcie-to-pci-bridge@01:00.0 "
               "3:pcie-root-port@00:01.1";
        QTest::newRow("AGG-2 + q35 spare: two virtio nics")
            << "q35" << QList<Device>{net("virtio"), net("virtio")} << 1 << "02:00.0"
            << "0:pcie-root 1:pcie-root-port@00:01.0 2:pcie-root-port@00:01.1 "
               "3:pcie-root-port@00:01.2";
        QTest::newRow("ag1: an earlier empty slot beats a later aggregate one")
            << "q35"
            << QList<Device>{withAddress(pciController("pcie-root-port", 1), 0, 5), net("virtio"),
                             net("virtio")}
            << 2 << "02:00.0"
            << "0:pcie-root 1:pcie-root-port@00:05.0 2:pcie-root-port@00:01.0";
        QTest::newRow("GROW-1 e14: address on bus 5 creates root ports 1-5")
            << "q35" << QList<Device>{withAddress(net("virtio"), 5, 0)} << 0 << "05:00.0"
            << "0:pcie-root 1:pcie-root-port@00:01.0 2:pcie-root-port@00:01.1 "
               "3:pcie-root-port@00:01.2 4:pcie-root-port@00:01.3 5:pcie-root-port@00:01.4";
        QTest::newRow("GROW-2 g1: e1000 at 01:03.0 moves to 02:03.0")
            << "q35" << QList<Device>{withAddress(net("e1000"), 1, 3)} << 0 << "02:03.0"
            << "0:pcie-root 1:pcie-root-port@00:01.0 2:pcie-to-pci-bridge@01:00.0 "
               "3:pcie-root-port@00:01.1";
        QTest::newRow("PLACE-3 f1: endpoints never share a slot")
            << "pc"
            << QList<Device>{withAddress(device(DeviceKind::Watchdog, "watchdog", {}, "i6300esb"),
                                         0, 2, 3),
                             net("e1000")}
            << 1 << "00:03.0"
            << "0:pci-root";
    }
    void placement() {
        QFETCH(QString, machine);
        QFETCH(QList<Device>, devices);
        QFETCH(int, probe);
        QFETCH(QString, address);
        QFETCH(QString, controllers);
        const LibvirtPlacement p =
            placeLikeLibvirt(inventory(machine, devices), RuleTable::builtin());
        QVERIFY2(!p.refused(), qPrintable(p.errors.value(0).message));
        QCOMPARE(addressOf(p, probe), address);
        QStringList got;
        for (const PciControllerInfo& c : p.controllers) {
            got << QStringLiteral("%1:%2").arg(c.index).arg(c.model) +
                       (c.address ? u'@' + c.address->toShortString() : QString());
        }
        QCOMPARE(got.join(u' '), controllers);
    }

    // applyPlacement's splices replay the edit on the original text, and undo restores it.
    void splicesReplayAndUndo_data() {
        QTest::addColumn<QString>("name");
        for (const char* name : {"w1", "wb", "wc", "o1", "u1", "i4", "x1", "ag7", "z3"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }
    void splicesReplayAndUndo() {
        QFETCH(QString, name);
        const QString path = QStringLiteral(PCITOPO_SHARED_DIR "/pci-rules-cases/inputs/") + name +
                             QStringLiteral(".xml");
        if (!QFile::exists(path)) {
            QSKIP("pci-rules-cases is not available");
        }
        DocumentError error;
        auto doc = DomainDocument::fromFile(path, &error);
        QVERIFY(doc);
        const DomainDocument original = *doc;
        const QList<TextSplice> splices = applyPlacement(
            *doc, placeLikeLibvirt(DeviceInventory::read(*doc), RuleTable::builtin(), &*doc));
        QVERIFY(!splices.isEmpty());
        DomainDocument replay = original;
        for (const TextSplice& s : splices) {
            QVERIFY(replay.apply(s));
        }
        QCOMPARE(replay.text(), doc->text());
        for (auto it = splices.rbegin(); it != splices.rend(); ++it) {
            QVERIFY(replay.apply(it->inverted()));
        }
        QCOMPARE(replay.text(), original.text());
    }

    // §8.8: libvirt's reading of a host device's config space (util/virpci.c).
    void hostDeviceExpressCapability() {
        QByteArray conventional(256, '\0');
        conventional[0x06] = 0x10; // capability list present
        conventional[0x34] = char(0x50);
        conventional[0x50] = 0x01; // power management, end of list
        QVERIFY(!configSpaceIsPciExpress(conventional, 256));
        QByteArray express = conventional;
        express[0x51] = char(0x60);
        express[0x60] = 0x10; // PCI Express capability
        QVERIFY(configSpaceIsPciExpress(express, 4096));
        // Unprivileged: only 64 bytes readable; the file length decides.
        QVERIFY(!configSpaceIsPciExpress(conventional.left(64), 256));
        QVERIFY(configSpaceIsPciExpress(conventional.left(64), 4096));
        QCOMPARE(hostPciConfigPath(PciAddress{0, 0, 3, 0, std::nullopt}),
                 QStringLiteral("/sys/bus/pci/devices/0000:00:03.0/config"));
    }

    void hostDeviceKindDecidesPlacement() {
        Device hostdev = device(DeviceKind::Hostdev, "hostdev", "pci");
        hostdev.mode = QStringLiteral("subsystem");
        hostdev.source = PciAddress{0, 0, 3, 0, std::nullopt};
        LibvirtPlacementOptions conventional;
        conventional.hostDeviceIsExpress = [](const PciAddress&) { return false; };
        LibvirtPlacementOptions unknown;
        unknown.hostDeviceIsExpress = [](const PciAddress&) { return std::nullopt; };
        const DeviceInventory inv = inventory(QStringLiteral("q35"), {hostdev});
        // h3: a conventional host NIC goes behind a pcie-to-pci-bridge; h1: unknown → root port.
        QCOMPARE(addressOf(placeLikeLibvirt(inv, RuleTable::builtin(), nullptr, conventional), 0),
                 QStringLiteral("02:01.0"));
        QCOMPARE(addressOf(placeLikeLibvirt(inv, RuleTable::builtin(), nullptr, unknown), 0),
                 QStringLiteral("01:00.0"));
    }

    // Each pci-rules-cases input that exercises a placement rule, against libvirt's verdict and
    // output: the address picture for accepted cases, the exact message for refused ones.
    void oracleCases_data() {
        QTest::addColumn<QString>("name");
        const char* const cases[] = {
            "a1",  "ag1", "ag3",  "ag6",  "ag7", "ag8",    "b29", "b30",  "d1",    "d5",   "d6",
            "d7",  "d8",  "d9",   "dev1", "e1",  "e3",     "e4",  "e6",   "e6c",   "e9b",  "e10b",
            "e11", "e14", "e14b", "e14c", "e15", "e16",    "e17", "e17c", "e18_0", "e18d", "e18e",
            "g1",  "g2",  "h9",   "i1",   "i2",  "i3",     "i4",  "i5",   "i8",    "io2",  "io3",
            "m1",  "m4",  "nm",   "o1",   "px1", "q35min", "s7",  "sb1",  "sc",    "sc2",  "u1",
            "u2",  "u3",  "u4",   "u5",   "v1",  "v2",     "v4",  "v5",   "v9",    "w1",   "wb",
            "wc",  "x1",  "x2",   "x7",   "x9",  "c240"};
        for (const char* name : cases) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }
    void oracleCases() {
        QFETCH(QString, name);
        const QString folder = QStringLiteral(PCITOPO_SHARED_DIR "/pci-rules-cases");
        const QMap<QString, QString> verdicts = verdictsOf(folder);
        if (!verdicts.contains(name)) {
            QSKIP("pci-rules-cases is not available");
        }
        DocumentError error;
        auto doc = DomainDocument::fromFile(folder + "/inputs/" + name + ".xml", &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        const LibvirtPlacement p =
            placeLikeLibvirt(DeviceInventory::read(*doc), RuleTable::builtin(), &*doc);
        const QString refusal = verdicts.value(name);
        if (!refusal.isEmpty()) {
            QStringList messages;
            for (const PlacementError& e : p.errors) {
                messages << e.message;
            }
            QVERIFY2(messages.contains(refusal), qPrintable(messages.join(u'\n')));
            return;
        }
        QVERIFY2(!p.refused(), qPrintable(p.errors.value(0).message));
        applyPlacement(*doc, p);
        auto expected = DomainDocument::fromFile(folder + "/expected/" + name + ".xml", &error);
        QVERIFY2(expected, qPrintable(error.toString()));
        const QStringList diff =
            test::pictureDifferences(test::pciPicture(*expected), test::pciPicture(*doc));
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPlacementRules)
#include "tst_placementrules.moc"
