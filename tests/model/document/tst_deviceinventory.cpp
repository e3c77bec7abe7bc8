// The typed device view: fields, PCI addresses as libvirt reads them, and problems reported.
#include "document/addressparser.h"
#include "document/device.h"

#include <QFile>
#include <QtTest>

using namespace pcitopo;

namespace {

DomainDocument load(const QByteArray& bytes) {
    DocumentError error;
    auto doc = DomainDocument::fromBytes(bytes, QStringLiteral("inventory.xml"), &error);
    if (!doc)
        qFatal("fixture does not load: %s", qPrintable(error.toString()));
    return std::move(*doc);
}

std::optional<DomainDocument> loadCorpus(const QString& name) {
    QFile file(QStringLiteral(PCITOPO_SHARED_DIR) +
               QStringLiteral("/corpus/libvirt-tests/inputs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return load(file.readAll());
}

const QByteArray fixture = R"(<domain type='kvm'>
  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>
  <features><acpi/></features>
  <cpu><numa><cell id='0'/><cell id='1'/></numa></cpu>
  <devices>
    <controller type='pci' index='1' model='pcie-expander-bus'>
      <model name='pxb-pcie'/>
      <target busNr='254'>
        <node>1</node>
      </target>
      <address type='pci' bus='0x00' slot='0x5'/>
    </controller>
    <controller type='pci' index='0' model='pcie-root'><pcihole64 unit='KiB'>0</pcihole64></controller>
    <interface type='network'><mac address='52:54:00:aa:bb:cc'/><model type='virtio'/><address type='pci' slot='010' multifunction='on'/></interface>
    <disk type='file' device='cdrom' model='virtio-transitional'><target dev='sda' bus='sata'/><address type='pci' slot='0x3'/></disk>
    <input type='tablet' bus='usb'><address type='pci' slot='0x04'/></input>
    <graphics type='vnc'><address type='pci' slot='0x06'/></graphics>
    <video><model type='qxl' primary='yes'/></video>
    <shmem name='s'><model type='ivshmem-plain'/></shmem>
    <serial type='pty'><target type='pci-serial'/></serial>
    <filesystem type='mount' model='virtio'><driver type='virtiofs'/></filesystem>
    <rng model='virtio'><address type='pci' domain='0x0000' bus='0x2g' slot='0x01'/></rng>
    <watchdog model='i6300esb'><address type='pci' bus='-1'/></watchdog>
    <memballoon model='virtio'><address type='pci' slot='0x20'/></memballoon>
    <sound model='ich9'><address type='pci' slot='0x07' multifunction='yes'/></sound>
    <controller type='usb' index='-1'/>
    <hub type='usb'><address type='usb' bus='0' port='1'/></hub>
    <panic model='isa'><address/></panic>
    <vsock model='virtio'><address type='bogus'/></vsock>
    <hostdev mode='subsystem' type='pci'><driver name='vfio'/><source><address domain='0x0001' bus='0x02' slot='0x03' function='0x4'/></source></hostdev>
    <unknownthing/>
  </devices>
</domain>
)";

} // namespace

class TestDeviceInventory : public QObject {
    Q_OBJECT
private slots:
    void readsNumbersAsLibvirtDoes_data();
    void readsNumbersAsLibvirtDoes();
    void namesEveryKind();
    void readsTheDomainAndDeviceFields();
    void readsAddressesWithDefaults();
    void reportsProblems();
    void readsCorpusFiles();
};

void TestDeviceInventory::readsNumbersAsLibvirtDoes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("hex") << "0x1f" << qint64(31);
    QTest::newRow("HEX") << "0X1F" << qint64(31);
    QTest::newRow("decimal") << "31" << qint64(31);
    QTest::newRow("octal") << "010" << qint64(8);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("leading blank") << " 7" << qint64(7);
    QTest::newRow("plus") << "+3" << qint64(3);
    QTest::newRow("max") << "4294967295" << qint64(4294967295);
    QTest::newRow("overflow") << "4294967296" << qint64(-1);
    QTest::newRow("bad hex digit") << "0x2g" << qint64(-1);
    QTest::newRow("bare 0x") << "0x" << qint64(-1);
    QTest::newRow("bad octal") << "08" << qint64(-1);
    QTest::newRow("negative") << "-1" << qint64(-1);
    QTest::newRow("trailing blank") << "1 " << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestDeviceInventory::readsNumbersAsLibvirtDoes() {
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto value = parseLibvirtUnsigned(text);
    QCOMPARE(value ? qint64(*value) : qint64(-1), expected);
}

void TestDeviceInventory::namesEveryKind() {
    for (int k = 0; k < int(DeviceKind::Other); ++k) {
        const auto kind = DeviceKind(k);
        QVERIFY(!elementNameOf(kind).isEmpty());
        QCOMPARE(deviceKindFromElementName(elementNameOf(kind)), kind);
    }
    QCOMPARE(deviceKindFromElementName(u"nonsense"), DeviceKind::Other);
    QCOMPARE(elementNameOf(DeviceKind::Memballoon), QStringLiteral("memballoon"));
}

void TestDeviceInventory::readsTheDomainAndDeviceFields() {
    const DomainDocument doc = load(fixture);
    const DeviceInventory inv = DeviceInventory::read(doc);
    QCOMPARE(inv.machine, QStringLiteral("pc-q35-7.2"));
    QCOMPARE(inv.arch, QStringLiteral("x86_64"));
    QCOMPARE(inv.numaCellCount, 2);
    QVERIFY(inv.hasAcpi);
    QCOMPARE(inv.devices.size(), 20);
    const Device& pxb = inv.devices[0];
    QVERIFY(pxb.isController(u"pci"));
    QCOMPARE(pxb.model, QStringLiteral("pcie-expander-bus"));
    QCOMPARE(pxb.index, 1);
    QCOMPARE(pxb.modelName, QStringLiteral("pxb-pcie"));
    QCOMPARE(pxb.target.value(QStringLiteral("busNr")), QStringLiteral("254"));
    QCOMPARE(pxb.targetNumaNode, QStringLiteral("1"));
    QCOMPARE(pxb.location.line, 6);
    QCOMPARE(pxb.location.column, 5);
    QVERIFY(inv.devices[1].hasPcihole64);
    const Device& nic = inv.devices[2];
    QCOMPARE(nic.kind, DeviceKind::Interface);
    QCOMPARE(nic.model, QStringLiteral("virtio"));
    QCOMPARE(nic.mac, QStringLiteral("52:54:00:aa:bb:cc"));
    const Device& disk = inv.devices[3];
    QCOMPARE(disk.device, QStringLiteral("cdrom"));
    QCOMPARE(disk.model, QStringLiteral("virtio-transitional"));
    QCOMPARE(disk.bus, QStringLiteral("sata"));
    QCOMPARE(disk.targetDev, QStringLiteral("sda"));
    QCOMPARE(inv.devices[4].type, QStringLiteral("tablet"));
    QCOMPARE(inv.devices[4].bus, QStringLiteral("usb"));
    QCOMPARE(inv.devices[6].model, QStringLiteral("qxl"));
    QVERIFY(inv.devices[6].primary);
    QCOMPARE(inv.devices[7].model, QStringLiteral("ivshmem-plain"));
    QCOMPARE(inv.devices[8].targetType, QStringLiteral("pci-serial"));
    QCOMPARE(inv.devices[9].model, QStringLiteral("virtio"));
    QCOMPARE(inv.devices[9].driverType, QStringLiteral("virtiofs"));
    QCOMPARE(inv.devices[10].model, QStringLiteral("virtio"));
    QCOMPARE(inv.devices[11].model, QStringLiteral("i6300esb"));
    const Device& hostdev = inv.devices[18];
    QCOMPARE(hostdev.mode, QStringLiteral("subsystem"));
    QCOMPARE(hostdev.driverType, QStringLiteral("vfio"));
    QCOMPARE(hostdev.source, (PciAddress{1, 2, 3, 4, {}}));
    QCOMPARE(inv.devices[19].kind, DeviceKind::Other);
    QCOMPARE(inv.devices[19].elementName, QStringLiteral("unknownthing"));
}

void TestDeviceInventory::readsAddressesWithDefaults() {
    const DomainDocument doc = load(fixture);
    const DeviceInventory inv = DeviceInventory::read(doc);
    QCOMPARE(inv.devices[0].addressType, QStringLiteral("pci"));
    QCOMPARE(inv.devices[0].pciAddress, (PciAddress{0, 0, 5, 0, {}})); // ADDR-2
    QCOMPARE(doc.name(inv.devices[0].addressElement), QStringLiteral("address"));
    QCOMPARE(inv.devices[0].addressLocation.line, 11);
    QCOMPARE(inv.devices[2].pciAddress, (PciAddress{0, 0, 8, 0, true})); // octal, like strtoul
    QCOMPARE(inv.devices[15].addressType, QStringLiteral("usb"));
    QVERIFY(!inv.devices[15].pciAddress);
    QVERIFY(!inv.devices[1].pciAddress);
    QCOMPARE(inv.devices[1].addressElement, NoElement);
}

void TestDeviceInventory::reportsProblems() {
    const DeviceInventory inv = DeviceInventory::read(load(fixture));
    QStringList seen;
    for (const InventoryProblem& problem : inv.problems)
        seen.append(QStringLiteral("%1:%2 %3")
                        .arg(problem.location.line)
                        .arg(problem.location.column)
                        .arg(problem.message));
    const QStringList expected = {
        "15:96 Invalid address type 'pci' for the disk 'sda' with the bus type 'sata'",
        "16:36 Invalid address for a USB device",
        "17:26 a <graphics> element has no device address; libvirt ignores it",
        "22:61 Invalid value for attribute 'bus' in element 'address': '0x2g'. Expected "
        "non-negative integer value",
        "23:52 Invalid value for attribute 'bus' in element 'address': '-1'. Expected "
        "non-negative integer value",
        "24:32 Invalid PCI address slot='0x20', must be <= 0x1F",
        "25:57 Invalid value for attribute 'multifunction' in element 'address': 'yes'.",
        "26:28 Invalid value for attribute 'index' in element 'controller': '-1'. Expected "
        "non-negative value",
        "28:24 No type specified for device address",
        "29:36 unknown address type 'bogus'",
    };
    QCOMPARE(seen, expected);
    QVERIFY(!inv.devices[10].pciAddress); // malformed: absent, never guessed
    QCOMPARE(inv.devices[14].index, std::nullopt);
    QCOMPARE(inv.devices[14].indexText, QStringLiteral("-1"));
}

void TestDeviceInventory::readsCorpusFiles() {
    const auto hostdevs = loadCorpus(QStringLiteral("hostdev-pci-multifunction.xml"));
    const auto video = loadCorpus(QStringLiteral("audio-spice-best.xml"));
    if (!hostdevs || !video)
        QSKIP("shared corpus absent: corpus inventory checks skipped");
    const DeviceInventory inv = DeviceInventory::read(*hostdevs);
    QCOMPARE(inv.machine, QStringLiteral("pc"));
    QCOMPARE(inv.arch, QStringLiteral("x86_64"));
    QVERIFY(inv.problems.isEmpty());
    QCOMPARE(inv.devices[0].kind, DeviceKind::Emulator);
    QCOMPARE(inv.devices[3].model, QStringLiteral("pci-root"));
    QCOMPARE(inv.devices[3].index, 0);
    QCOMPARE(inv.devices[4].bus, QStringLiteral("ps2"));
    const Device& first = inv.devices[6];
    QCOMPARE(first.kind, DeviceKind::Hostdev);
    QCOMPARE(first.type, QStringLiteral("pci"));
    QCOMPARE(first.source, (PciAddress{5, 0x90, 1, 0, {}}));
    QCOMPARE(inv.devices[7].source, (PciAddress{1, 1, 0, 1, {}}));

    const DeviceInventory spice = DeviceInventory::read(*video);
    QList<Device> videos;
    for (const Device& device : spice.devices) {
        if (device.kind == DeviceKind::Video)
            videos.append(device);
    }
    QCOMPARE(videos.size(), 1);
    QCOMPARE(videos[0].model, QStringLiteral("cirrus"));
    QVERIFY(videos[0].primary);
    QCOMPARE(videos[0].pciAddress, (PciAddress{0, 0, 2, 0, {}}));
    QCOMPARE(videos[0].location.line, 44);
    QCOMPARE(videos[0].addressLocation.line, 46);
}

QTEST_GUILESS_MAIN(TestDeviceInventory)
#include "tst_deviceinventory.moc"
