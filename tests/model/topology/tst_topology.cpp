#include "topologytesting.h"

#include <QTest>

using namespace pcitopo;
using namespace pcitopo::testing;

class TestTopology : public QObject {
    Q_OBJECT

private slots:
    void q35DesktopBuses();
    void q35DesktopDevicesAndLabels();
    void q35ChipsetFunctionsAndHeadroom();
    void pcServerBridgeAndExpander();
    void guestBusNumbersAreDepthFirst();
    void expanderStartsItsOwnRange();
    void expanderBusNrDefaultsBelowLowest();
    void hotplugOffPort();
    void gapsAreImplicitDefaultBuses();
    void addressOnMissingBusIsUnplaced();
    void doubleUseIsMarkedAsConflict();
    void cycleDoesNotHang();
    void chipsetFunctionsFollowTheirOwners();
    void iconClasses();
};

void TestTopology::q35DesktopBuses() {
    const Topology topo = topologyOf(example("q35-desktop.xml"));
    QCOMPARE(topo.machine(), Machine::Q35);
    QCOMPARE(topo.buses().size(), 3);
    const Bus* root = topo.rootBus();
    QVERIFY(root);
    QCOMPARE(root->model, QStringLiteral("pcie-root"));
    QCOMPARE(root->cells.size(), 32);
    QVERIFY(!root->cells[0].usable);
    QCOMPARE(root->cells[0].unusableReason, QStringLiteral("host bridge"));
    QCOMPARE(root->cells[5].hotplug, HotplugState::NotHotpluggable); // HP-2: pcie-root
    const Bus* port1 = topo.bus(1);
    QVERIFY(port1);
    QCOMPARE(port1->model, QStringLiteral("pcie-root-port"));
    QCOMPARE(port1->cells.size(), 1);
    QCOMPARE(port1->parentBus, 0);
    QCOMPARE(port1->parentAddress->slot, 2);
    QCOMPARE(port1->cells[0].hotplug, HotplugState::Hotpluggable);
    QCOMPARE(root->childBuses, QList<int>({1, 2}));
    QCOMPARE(topo.bus(2)->parentAddress->function, 1);
    QCOMPARE(root->cells[2].functions.size(), 2);
    QCOMPARE(root->cells[2].functions[1].childBus, 2);
    QVERIFY(root->cells[2].isMultifunction());
}

void TestTopology::q35DesktopDevicesAndLabels() {
    const Topology topo = topologyOf(example("q35-desktop.xml"));
    const Occupant* net = topo.bus(1)->cells[0].occupant(0);
    QVERIFY(net);
    QCOMPARE(net->label, QStringLiteral("virtio-net 52:54:…:58"));
    QCOMPARE(net->icon, IconClass::Network);
    QVERIFY(topo.placementOf(net->deviceIndex).has_value());
    QCOMPARE(topo.deviceIndexOf(net->element), net->deviceIndex);
    QStringList unplaced;
    for (const UnplacedDevice& u : topo.unplaced()) {
        QVERIFY(!u.address);
        unplaced << u.label;
    }
    // Everything that wants PCI but has no address; the sata cdrom and the channel do not.
    QVERIFY2(unplaced.contains(QStringLiteral("virtio-blk vda")), qPrintable(unplaced.join(',')));
    QVERIFY(unplaced.contains(QStringLiteral("e1000e")));
    QVERIFY(unplaced.contains(QStringLiteral("qxl")));
    QVERIFY(unplaced.contains(QStringLiteral("virtio-balloon")));
    QVERIFY(unplaced.contains(QStringLiteral("virtio-rng")));
    QCOMPARE(unplaced.size(), 6); // + the ich9 sound
}

void TestTopology::q35ChipsetFunctionsAndHeadroom() {
    const Topology topo = topologyOf(example("q35-desktop.xml"));
    const Slot& chipset = topo.rootBus()->cells[0x1f];
    QVERIFY(chipset.occupant(0) && chipset.occupant(0)->chipset);
    QVERIFY(chipset.occupant(2) && chipset.occupant(2)->chipset);
    QVERIFY(chipset.occupant(3));
    QVERIFY(!chipset.occupant(1));              // 00:1f.1 is free (§4.1)
    QVERIFY(topo.rootBus()->cells[1].isFree()); // a "default" place is not a reservation
    QCOMPARE(topo.headroom().pciePorts, 1);     // root port 2 is empty
    QCOMPARE(topo.headroom().pciSlots, 0);
}

void TestTopology::pcServerBridgeAndExpander() {
    const Topology topo = topologyOf(example("pc-server.xml"));
    QCOMPARE(topo.machine(), Machine::Pc);
    const Bus* root = topo.rootBus();
    QCOMPARE(root->model, QStringLiteral("pci-root"));
    QCOMPARE(root->cells[3].hotplug, HotplugState::Hotpluggable); // HP-1: pci-root
    const Bus* bridge = topo.bus(1);
    QCOMPARE(bridge->model, QStringLiteral("pci-bridge"));
    QVERIFY(!bridge->cells[0].usable); // SHPC slot
    QCOMPARE(bridge->guestBusNumber, 1);
    QCOMPARE(bridge->cells[1].occupant(0)->label, QStringLiteral("e1000 52:54:…:56"));
    const Bus* pxb = topo.bus(2);
    QVERIFY(pxb->isExpander);
    QCOMPARE(pxb->numaNode, std::optional<int>(1));
    QVERIFY(!pxb->parentAddress); // written without an address
    // libvirt places it and gives it busNr 254; QEMU's pxb puts its slots behind an internal
    // pci-bridge at 254:00.0, so they appear on guest bus 255.
    QCOMPARE(pxb->guestBusNumber, 255);
    // pci-root: slots 1 (PIIX3) and 5 (bridge) used → 29 free; bridge: 1–31 minus 01 → 30;
    // the unplaced pxb's 32 slots count as well (libvirt marks them hotpluggable).
    QCOMPARE(topo.headroom().pciSlots, 29 + 30 + 32);
    QCOMPARE(topo.headroom().pciePorts, 0);
}

void TestTopology::guestBusNumbersAreDepthFirst() {
    // Port 2 sits in an earlier slot than port 1, and carries a switch: the guest numbers
    // follow slot order depth-first, not the XML index.
    const Topology topo = topologyOf(
        q35(controller(1, "pcie-root-port", "bus='0x00' slot='0x03' function='0x0'") +
            controller(2, "pcie-root-port", "bus='0x00' slot='0x02' function='0x0'") +
            controller(3, "pcie-switch-upstream-port", "bus='0x02' slot='0x00' function='0x0'") +
            controller(4, "pcie-switch-downstream-port", "bus='0x03' slot='0x01' function='0x0'") +
            controller(5, "pcie-switch-downstream-port", "bus='0x03' slot='0x00' function='0x0'")));
    QCOMPARE(topo.bus(2)->guestBusNumber, 1);
    QCOMPARE(topo.bus(3)->guestBusNumber, 2);
    QCOMPARE(topo.bus(5)->guestBusNumber, 3);
    QCOMPARE(topo.bus(4)->guestBusNumber, 4);
    QCOMPARE(topo.bus(1)->guestBusNumber, 5);
    QCOMPARE(topo.bus(4)->depth, 3);
}

void TestTopology::expanderStartsItsOwnRange() {
    const Topology topo =
        topologyOf("<domain type='kvm'><name>t</name><os><type machine='q35'>hvm</type></os>"
                   "<cpu><numa><cell id='0' cpus='0' memory='1'/><cell id='1' cpus='1' memory='1'/>"
                   "</numa></cpu><devices>" +
                   controller(1, "pcie-expander-bus", "bus='0x00' slot='0x05' function='0x0'",
                              "<target busNr='128'><node>1</node></target>") +
                   controller(2, "pcie-root-port", "bus='0x01' slot='0x00' function='0x0'") +
                   controller(3, "pcie-root-port", "bus='0x00' slot='0x02' function='0x0'") +
                   "</devices></domain>");
    QCOMPARE(topo.bus(1)->guestBusNumber, 128);
    QCOMPARE(topo.bus(2)->guestBusNumber, 129);
    QCOMPARE(topo.bus(3)->guestBusNumber, 1); // the pxb takes no number from bus 0's range
    QCOMPARE(topo.bus(2)->numaNode, std::optional<int>(1));
    QCOMPARE(topo.bus(3)->numaNode, std::nullopt);
    QCOMPARE(topo.rootBuses(), QList<int>({0, 1}));
    QCOMPARE(topo.bus(1)->cells[0].hotplug, HotplugState::NotHotpluggable); // HP-2 pxb-pcie
}

void TestTopology::expanderBusNrDefaultsBelowLowest() {
    const Topology topo =
        topologyOf(pc(controller(1, "pci-expander-bus", "bus='0x00' slot='0x05' function='0x0'") +
                      controller(2, "pci-expander-bus", "bus='0x00' slot='0x06' function='0x0'",
                                 "<target busNr='200'/>") +
                      controller(3, "pci-expander-bus", "bus='0x00' slot='0x07' function='0x0'")));
    // busNr: lowest written (200) − 2, in index order; a pxb's slots sit behind its internal
    // pci-bridge, one bus number above its busNr.
    QCOMPARE(topo.bus(2)->guestBusNumber, 201);
    QCOMPARE(topo.bus(1)->guestBusNumber, 199);
    QCOMPARE(topo.bus(3)->guestBusNumber, 197);
}

void TestTopology::hotplugOffPort() {
    const Topology topo =
        topologyOf(q35(controller(1, "pcie-root-port", "bus='0x00' slot='0x02' function='0x0'",
                                  "<target hotplug='off'/>") +
                       controller(2, "pcie-root-port", "bus='0x00' slot='0x03' function='0x0'")));
    QVERIFY(topo.bus(1)->hotplugOff);
    QCOMPARE(topo.bus(1)->cells[0].hotplug, HotplugState::HotplugOff);
    QVERIFY(!(topo.bus(1)->flags & ConnectFlag::Hotpluggable));
    QCOMPARE(topo.bus(2)->cells[0].hotplug, HotplugState::Hotpluggable);
    QCOMPARE(topo.headroom().pciePorts, 1);
}

void TestTopology::gapsAreImplicitDefaultBuses() {
    const Topology q =
        topologyOf(q35(controller(3, "pcie-root-port", "bus='0x00' slot='0x02' function='0x0'")));
    QCOMPARE(q.buses().size(), 4);
    QVERIFY(q.rootBus()->implicit);
    QVERIFY(q.bus(1)->implicit);
    QCOMPARE(q.bus(2)->model, QStringLiteral("pcie-root-port")); // IDX-4 on q35
    QVERIFY(!q.bus(3)->implicit);
    const Topology p = topologyOf(pc(controller(2, "pci-bridge", "slot='0x03'")));
    QCOMPARE(p.bus(1)->model, QStringLiteral("pci-bridge")); // IDX-4 on pc
    QCOMPARE(p.bus(1)->guestBusNumber, 1); // libvirt places the gap bridge before slot 3
}

void TestTopology::addressOnMissingBusIsUnplaced() {
    const Topology topo =
        topologyOf(q35("<interface type='network'><model type='virtio'/>"
                       "<address type='pci' domain='0x0000' bus='0x05' slot='0x00' function='0x0'/>"
                       "</interface>"));
    QCOMPARE(topo.unplaced().size(), 1);
    QVERIFY(topo.unplaced().first().address);
    QCOMPARE(topo.unplaced().first().address->bus, 5);
    QVERIFY(!topo.placementOf(topo.unplaced().first().deviceIndex));
}

void TestTopology::doubleUseIsMarkedAsConflict() {
    const QByteArray address =
        "<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>";
    const Topology topo = topologyOf(q35("<watchdog model='i6300esb'>" + address +
                                         "</watchdog><sound model='ich9'>" + address + "</sound>"));
    const Slot& slot = topo.rootBus()->cells[4];
    QCOMPARE(slot.functions.size(), 2);
    QVERIFY(slot.functions[0].conflict && slot.functions[1].conflict);
}

void TestTopology::cycleDoesNotHang() {
    // q3: an upstream port on its own downstream port (libvirt accepts, QEMU fails).
    const Topology topo = topologyOf(
        q35(controller(1, "pcie-switch-upstream-port", "bus='0x02' slot='0x00' function='0x0'") +
            controller(2, "pcie-switch-downstream-port", "bus='0x01' slot='0x00' function='0x0'")));
    QCOMPARE(topo.bus(1)->guestBusNumber, -1);
    QCOMPARE(topo.bus(2)->guestBusNumber, -1);
}

void TestTopology::chipsetFunctionsFollowTheirOwners() {
    const QByteArray at1f0 =
        "<address type='pci' domain='0x0000' bus='0x00' slot='0x1f' function='0x0'/>";
    // A reserved function is double use whoever sits there [e16].
    const Topology q = topologyOf(q35("<watchdog model='i6300esb'>" + at1f0 + "</watchdog>"));
    QVERIFY(q.rootBus()->cells[0x1f].functions[0].conflict);
    // pc 01.2 belongs to the PIIX3 USB libvirt adds; with USB model none it is free [e18_2].
    const Topology withUsb = topologyOf(pc(""));
    QVERIFY(withUsb.rootBus()->cells[1].occupant(2));
    const Topology noUsb = topologyOf(pc("<controller type='usb' index='0' model='none'/>"));
    QVERIFY(!noUsb.rootBus()->cells[1].occupant(2));
    QVERIFY(noUsb.rootBus()->cells[1].occupant(1)); // PIIX3 IDE: QEMU always has it (RES-1)
    // The primary controller written at its fixed place is the occupant, not a conflict.
    const Topology sata = topologyOf(
        q35("<controller type='sata' index='0'><address type='pci' domain='0x0000' bus='0x00' "
            "slot='0x1f' function='0x2'/></controller>"));
    const Occupant* sata0 = sata.rootBus()->cells[0x1f].occupant(2);
    QVERIFY(sata0 && !sata0->chipset && !sata0->conflict);
}

void TestTopology::iconClasses() {
    Device d;
    d.kind = DeviceKind::Controller;
    d.type = QStringLiteral("usb");
    QCOMPARE(iconClassName(Topology::iconFor(d)), QStringLiteral("usb"));
    d.kind = DeviceKind::Hostdev;
    QCOMPARE(iconClassName(Topology::iconFor(d)), QStringLiteral("passthrough"));
    d.kind = DeviceKind::Memballoon;
    QCOMPARE(iconClassName(Topology::iconFor(d)), QStringLiteral("balloon"));
    d.kind = DeviceKind::Interface;
    d.type = QStringLiteral("hostdev");
    QCOMPARE(Topology::iconFor(d), IconClass::Passthrough);
}

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
