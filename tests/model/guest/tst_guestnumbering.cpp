// The firmware's bus walk on small layouts: depth-first in slot order, expanders probed above
// bus 0's range, a pxb's internal bridge, hidden functions, and the NIC names that follow.
#include "guest/guestview.h"
#include "guest/linuxnetname.h"

#include <QTest>

using namespace pcitopo;

namespace {

DomainDocument domain(const QString& machine, const QString& devices, bool acpi = true) {
    const QString xml =
        QStringLiteral("<domain type='qemu'><name>t</name><memory>131072</memory>"
                       "<os><type arch='x86_64' machine='%1'>hvm</type></os>%2"
                       "<devices>%3</devices></domain>")
            .arg(machine, acpi ? QStringLiteral("<features><acpi/></features>") : QString(),
                 devices);
    DocumentError error;
    std::optional<DomainDocument> doc = DomainDocument::fromBytes(xml.toUtf8(), "t.xml", &error);
    if (!doc)
        qFatal("%s", qPrintable(error.toString()));
    return std::move(*doc);
}

QString address(int bus, int slot, int function = 0, const char* extra = "") {
    return QStringLiteral("<address type='pci' domain='0' bus='%1' slot='%2' function='%3'%4/>")
        .arg(bus)
        .arg(slot)
        .arg(function)
        .arg(QLatin1String(extra));
}

QString controller(int index, const char* model, const QString& at, const char* target = "") {
    return QStringLiteral("<controller type='pci' index='%1' model='%2'>%3%4</controller>")
        .arg(index)
        .arg(QLatin1String(model), QLatin1String(target), at);
}

QString nic(const QString& at, const char* extra = "") {
    return QStringLiteral("<interface type='user'><model type='virtio'/>%1%2</interface>")
        .arg(QLatin1String(extra), at);
}

const GuestElement& nth(const GuestView& view, const char* element, int ordinal) {
    for (const GuestElement& e : view.elements)
        if (e.elementName == QLatin1String(element) && e.ordinal == ordinal)
            return e;
    qFatal("no %s %d", element, ordinal);
}

} // namespace

class TestGuestNumbering : public QObject {
    Q_OBJECT
private slots:
    void bridgesAreNumberedInSlotOrderDepthFirst();
    void pxbDevicesSitBehindItsInternalBridge();
    void pxbPcieRootPortsContinueFromBusNr();
    void functionsWithoutFunctionZeroAreNotWalked();
    void addressesLibvirtAssignsAreNumberedToo();
    void linuxNames();
};

void TestGuestNumbering::bridgesAreNumberedInSlotOrderDepthFirst() {
    // Index order is not slot order: bus 2 sits in slot 3, bus 1 in slot 5; bus 3 is below 2.
    const GuestView view = GuestView::compute(
        domain("pc", controller(0, "pci-root", {}) + controller(1, "pci-bridge", address(0, 5)) +
                         controller(2, "pci-bridge", address(0, 3)) +
                         controller(3, "pci-bridge", address(2, 1)) + nic(address(3, 7))),
        RuleTable::builtin());
    QCOMPARE(view.numbering.guestBus(2), 1);
    QCOMPARE(view.numbering.guestBus(3), 2);
    QCOMPARE(view.numbering.bus(2).subordinate, 2);
    QCOMPARE(view.numbering.guestBus(1), 3);
    QCOMPARE(fullAddressString(*nth(view, "interface", 0).guestAddress),
             QStringLiteral("0000:02:07.0"));
}

void TestGuestNumbering::pxbDevicesSitBehindItsInternalBridge() {
    const GuestView view = GuestView::compute(
        domain("pc", controller(0, "pci-root", {}) +
                         controller(1, "pci-expander-bus", address(0, 4), "<target busNr='200'/>") +
                         controller(2, "pci-bridge", address(1, 2)) + nic(address(1, 5)) +
                         nic(address(2, 1))),
        RuleTable::builtin());
    QCOMPARE(view.numbering.bus(1).rootNumber, 200);
    QCOMPARE(view.numbering.guestBus(1), 201); // QEMU's internal pci-bridge at 200:00.0
    QCOMPARE(view.numbering.guestBus(2), 202);
    QCOMPARE(fullAddressString(*nth(view, "interface", 0).guestAddress),
             QStringLiteral("0000:c9:05.0"));
    QCOMPARE(fullAddressString(*nth(view, "interface", 1).guestAddress),
             QStringLiteral("0000:ca:01.0"));
}

void TestGuestNumbering::pxbPcieRootPortsContinueFromBusNr() {
    const GuestView view = GuestView::compute(
        domain("q35",
               controller(0, "pcie-root", {}) +
                   controller(1, "pcie-expander-bus", address(0, 4), "<target busNr='100'/>") +
                   controller(2, "pcie-root-port", address(1, 0)) +
                   controller(3, "pcie-root-port", address(0, 2)) + nic(address(2, 0))),
        RuleTable::builtin());
    QVERIFY(view.numbering.guestBus(3) > 0); // bus 0's range, with libvirt's added root ports
    QVERIFY(view.numbering.guestBus(3) < 100);
    QCOMPARE(view.numbering.guestBus(1), 100);
    QCOMPARE(view.numbering.bus(1).rootNumber, 100);
    QCOMPARE(view.numbering.guestBus(2), 101);
    QCOMPARE(nth(view, "interface", 0).linuxName, QStringLiteral("enp101s0"));
}

void TestGuestNumbering::functionsWithoutFunctionZeroAreNotWalked() {
    GuestPciLayout layout;
    layout.controllers = {{0, GuestBusKind::Root, {}},
                          {1, GuestBusKind::Bridge, {}},
                          {2, GuestBusKind::Bridge, {}},
                          {3, GuestBusKind::Bridge, {}}};
    layout.functions = {{{0, 0, 3, 1, {}}, false, 1},  // 03.1 without 03.0: skipped
                        {{0, 0, 4, 0, {}}, false, -1}, // 04.0 single function
                        {{0, 0, 4, 1, {}}, false, 2},  // so 04.1 is not probed
                        {{0, 0, 5, 0, {}}, true, -1},  // 05.0 multifunction
                        {{0, 0, 5, 2, {}}, false, 3}}; // 05.2 is found
    const GuestNumbering n = GuestNumbering::compute(layout);
    QCOMPARE(n.guestBus(1), -1);
    QCOMPARE(n.guestBus(2), -1);
    QCOMPARE(n.guestBus(3), 1);
}

void TestGuestNumbering::addressesLibvirtAssignsAreNumberedToo() {
    // No addresses: libvirt adds a root port per device; the firmware numbers them in slot order.
    const GuestView view =
        GuestView::compute(domain("q35", nic({}) + nic({})), RuleTable::builtin());
    const GuestElement& first = nth(view, "interface", 0);
    QCOMPARE(first.assignedBy, AddressOrigin::Libvirt);
    QVERIFY(first.guestAddress.has_value());
    QCOMPARE(first.guestAddress->slot, 0);
    QCOMPARE(first.linuxName, QStringLiteral("enp%1s0").arg(first.guestAddress->bus));
    QCOMPARE(nth(view, "interface", 1).guestAddress->bus, first.guestAddress->bus + 1);
    bool implicitRootPort = false;
    for (const GuestElement& e : view.elements)
        implicitRootPort |= e.model == u"pcie-root-port" && e.assignedBy == AddressOrigin::Implicit;
    QVERIFY(implicitRootPort);
}

void TestGuestNumbering::linuxNames() {
    const GuestView pc = GuestView::compute(
        domain("pc", controller(0, "pci-root", {}) + controller(1, "pci-bridge", address(0, 4)) +
                         nic(address(0, 3)) + nic(address(1, 3)) +
                         nic(address(0, 6), "<acpi index='2'/>") +
                         nic(address(0, 7, 0, " multifunction='on'"))),
        RuleTable::builtin());
    QCOMPARE(nth(pc, "interface", 0).linuxName, QStringLiteral("ens3"));
    QCOMPARE(nth(pc, "interface", 1).linuxName, QStringLiteral("enp1s3"));
    QCOMPARE(nth(pc, "interface", 2).linuxName, QStringLiteral("eno2"));
    QCOMPARE(nth(pc, "interface", 3).linuxName, QStringLiteral("ens7f0"));
    const GuestView noAcpi =
        GuestView::compute(domain("pc", controller(0, "pci-root", {}) + nic(address(0, 3)), false),
                           RuleTable::builtin());
    QCOMPARE(nth(noAcpi, "interface", 0).linuxName, QStringLiteral("enp0s3"));
}

QTEST_GUILESS_MAIN(TestGuestNumbering)
#include "tst_guestnumbering.moc"
