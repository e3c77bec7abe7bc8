#include "topology/dropverdict.h"
#include "topologytesting.h"

#include <QTest>

using namespace pcitopo;
using namespace pcitopo::testing;

class TestDropVerdict : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyRootPortIsGreen();
    void pcieRootIsAmber();
    void occupiedFunctionIsIllegal();
    void chipsetSlotOffersAFreeFunction();
    void slotOutsideTheBusIsIllegalWithLibvirtsMessage();
    void conventionalPciInRootPortNeedsExplicitAddress();
    void controllerIsNeverHotpluggable();
    void controllerNotForThisMachine();
    void kindMismatchIsIllegal();
    void movingADeviceIgnoresItsOwnPlace();
    void controllerCannotGoBelowItself();
    void pciBridgeIndexMustExceedBus();
    void hotplugOffPortIsAmber();
    void allVerdictsCoversEveryUsableCell();
    void whatToAddWhenNothingFits();

private:
    std::optional<Topology> m_desktop;
    int m_virtioNet = -1;
};

void TestDropVerdict::initTestCase() {
    m_desktop = topologyOf(example("q35-desktop.xml"));
    m_virtioNet = m_desktop->bus(1)->cells[0].occupant(0)->deviceIndex;
}

void TestDropVerdict::emptyRootPortIsGreen() {
    const SlotVerdict v =
        verdictForDrop(*m_desktop, DropCandidate::paletteEntry(QStringLiteral("net-virtio")), 2, 0);
    QCOMPARE(v.verdict, Verdict::LegalHotpluggable);
    QCOMPARE(v.address.toShortString(), QStringLiteral("02:00.0"));
    QVERIFY(!v.reason.isEmpty());
}

void TestDropVerdict::pcieRootIsAmber() {
    const SlotVerdict v =
        verdictForDrop(*m_desktop, DropCandidate::paletteEntry(QStringLiteral("net-virtio")), 0, 5);
    QCOMPARE(v.verdict, Verdict::LegalNotHotpluggable);
    QVERIFY2(v.reason.contains(QStringLiteral("pcie-root")), qPrintable(v.reason));
    QCOMPARE(v.ruleKey, QStringLiteral("HP-5"));
}

void TestDropVerdict::occupiedFunctionIsIllegal() {
    const SlotVerdict v = verdictForDrop(
        *m_desktop, DropCandidate::paletteEntry(QStringLiteral("net-virtio")), 1, 0, 0);
    QCOMPARE(v.verdict, Verdict::Illegal);
    QVERIFY2(
        v.reason.startsWith(QStringLiteral("Attempted double use of PCI Address 0000:01:00.0")),
        qPrintable(v.reason));
    // Without a function the drop would take the next free one and share the slot: amber.
    const SlotVerdict shared =
        verdictForDrop(*m_desktop, DropCandidate::paletteEntry(QStringLiteral("net-virtio")), 1, 0);
    QCOMPARE(shared.verdict, Verdict::LegalNotHotpluggable);
    QCOMPARE(shared.address.function, 1);
}

void TestDropVerdict::chipsetSlotOffersAFreeFunction() {
    const DropCandidate what = DropCandidate::paletteEntry(QStringLiteral("watchdog-i6300esb"));
    const SlotVerdict isa = verdictForDrop(*m_desktop, what, 0, 0x1f, 0);
    QCOMPARE(isa.verdict, Verdict::Illegal);
    QCOMPARE(isa.ruleKey, QStringLiteral("DOUBLE-USE"));
    const SlotVerdict free = verdictForDrop(*m_desktop, what, 0, 0x1f);
    QCOMPARE(free.address.function, 1); // 00:1f.1 is accepted with an explicit address
    QCOMPARE(free.verdict, Verdict::LegalNotHotpluggable);
}

void TestDropVerdict::slotOutsideTheBusIsIllegalWithLibvirtsMessage() {
    const DropCandidate what = DropCandidate::paletteEntry(QStringLiteral("net-virtio"));
    const SlotVerdict high = verdictForDrop(*m_desktop, what, 2, 1);
    QCOMPARE(high.verdict, Verdict::Illegal);
    QCOMPARE(high.reason, QStringLiteral("Invalid PCI address 0000:02:01.0. slot must be <= 0"));
    const SlotVerdict hostBridge = verdictForDrop(*m_desktop, what, 0, 0);
    QCOMPARE(hostBridge.verdict, Verdict::Illegal);
    QCOMPARE(hostBridge.ruleKey, QStringLiteral("ADDR-1"));
    const SlotVerdict noBus = verdictForDrop(*m_desktop, what, 9, 0);
    QCOMPARE(noBus.verdict, Verdict::Illegal);
}

void TestDropVerdict::conventionalPciInRootPortNeedsExplicitAddress() {
    const SlotVerdict v =
        verdictForDrop(*m_desktop, DropCandidate::paletteEntry(QStringLiteral("net-e1000")), 2, 0);
    QVERIFY(v.isLegal()); // §1.3: explicit addresses relax PCI vs PCIe [e3]
    QVERIFY2(v.reason.contains(QStringLiteral("explicit address")), qPrintable(v.reason));
    QCOMPARE(v.ruleKey, QStringLiteral("COMPAT-1"));
}

void TestDropVerdict::controllerIsNeverHotpluggable() {
    const SlotVerdict v = verdictForDrop(
        *m_desktop, DropCandidate::controllerModel(QStringLiteral("pcie-root-port")), 0, 3);
    QCOMPARE(v.verdict, Verdict::LegalNotHotpluggable);
    QCOMPARE(v.controllerIndex, 3);
    const SlotVerdict palette = verdictForDrop(
        *m_desktop, DropCandidate::paletteEntry(QStringLiteral("ctl-pcie-root-port")), 0, 3);
    QCOMPARE(palette.verdict, Verdict::LegalNotHotpluggable);
}

void TestDropVerdict::controllerNotForThisMachine() {
    for (const CellVerdict& cell :
         allVerdicts(*m_desktop, DropCandidate::paletteEntry(QStringLiteral("ctl-pxb"))))
        QCOMPARE(cell.verdict.verdict, Verdict::Illegal);
}

void TestDropVerdict::kindMismatchIsIllegal() {
    // A root port on a root port [e7]: libvirt's COMPAT-1 message.
    const SlotVerdict v = verdictForDrop(
        *m_desktop, DropCandidate::controllerModel(QStringLiteral("pcie-root-port")), 2, 0);
    QCOMPARE(v.verdict, Verdict::Illegal);
    QVERIFY2(v.reason.contains(QStringLiteral("cannot be plugged into the PCI controller with "
                                              "index='2'")),
             qPrintable(v.reason));
}

void TestDropVerdict::movingADeviceIgnoresItsOwnPlace() {
    const DropCandidate what = DropCandidate::existingDevice(m_virtioNet);
    QCOMPARE(verdictForDrop(*m_desktop, what, 1, 0).verdict, Verdict::LegalHotpluggable);
    QCOMPARE(verdictForDrop(*m_desktop, what, 2, 0).verdict, Verdict::LegalHotpluggable);
}

void TestDropVerdict::controllerCannotGoBelowItself() {
    const Topology topo = topologyOf(
        q35(controller(1, "pcie-root-port", "bus='0x00' slot='0x02' function='0x0'") +
            controller(2, "pcie-switch-upstream-port", "bus='0x01' slot='0x00' function='0x0'") +
            controller(3, "pcie-switch-downstream-port", "bus='0x02' slot='0x00' function='0x0'") +
            controller(4, "pcie-switch-downstream-port", "bus='0x02' slot='0x01' function='0x0'")));
    const int upstream = topo.bus(2)->deviceIndex;
    const SlotVerdict v = verdictForDrop(topo, DropCandidate::existingDevice(upstream), 4, 0);
    QCOMPARE(v.verdict, Verdict::Illegal);
    QCOMPARE(v.ruleKey, QStringLiteral("IDX-6"));
}

void TestDropVerdict::pciBridgeIndexMustExceedBus() {
    const Topology topo = topologyOf(pc(controller(1, "pci-bridge", "slot='0x03'") +
                                        controller(2, "pci-bridge", "slot='0x04'")));
    const SlotVerdict v =
        verdictForDrop(topo, DropCandidate::existingDevice(topo.bus(1)->deviceIndex), 2, 1);
    QCOMPARE(v.verdict, Verdict::Illegal);
    QCOMPARE(v.reason, QStringLiteral("PCI controller at index 1 (0x01) has bus='0x02', but "
                                      "index must be larger than bus"));
    const SlotVerdict fine =
        verdictForDrop(topo, DropCandidate::existingDevice(topo.bus(2)->deviceIndex), 1, 1);
    QCOMPARE(fine.verdict, Verdict::LegalNotHotpluggable);
}

void TestDropVerdict::hotplugOffPortIsAmber() {
    const Topology topo = topologyOf(q35(controller(
        1, "pcie-root-port", "bus='0x00' slot='0x02' function='0x0'", "<target hotplug='off'/>")));
    const SlotVerdict v =
        verdictForDrop(topo, DropCandidate::paletteEntry(QStringLiteral("disk-virtio")), 1, 0);
    QCOMPARE(v.verdict, Verdict::LegalNotHotpluggable);
    QVERIFY2(v.reason.contains(QStringLiteral("hotplug='off'")), qPrintable(v.reason));
}

void TestDropVerdict::allVerdictsCoversEveryUsableCell() {
    const QList<CellVerdict> all =
        allVerdicts(*m_desktop, DropCandidate::paletteEntry(QStringLiteral("net-virtio")));
    QCOMPARE(all.size(), 31 + 1 + 1); // pcie-root slots 1–31 and the two ports
    int green = 0;
    for (const CellVerdict& cell : all) {
        const SlotVerdict single =
            verdictForDrop(*m_desktop, DropCandidate::paletteEntry(QStringLiteral("net-virtio")),
                           cell.bus, cell.slot);
        QCOMPARE(cell.verdict.verdict, single.verdict);
        green += cell.verdict.verdict == Verdict::LegalHotpluggable ? 1 : 0;
    }
    QCOMPARE(green, 1); // only the empty root port
}

void TestDropVerdict::whatToAddWhenNothingFits() {
    const QString forVirtio =
        controllerToAddFor(*m_desktop, DropCandidate::paletteEntry(QStringLiteral("net-virtio")));
    QCOMPARE(forVirtio, QStringLiteral("pcie-root-port"));
    const QString forE1000 =
        controllerToAddFor(*m_desktop, DropCandidate::paletteEntry(QStringLiteral("net-e1000")));
    QCOMPARE(forE1000, QStringLiteral("pcie-to-pci-bridge")); // what libvirt would build
    // With no free root port the bridge has no natural place: a pci-bridge on pcie-root is
    // legal with an explicit address [e6].
    const Topology full =
        topologyOf(q35(controller(1, "pcie-root-port", "bus='0x00' slot='0x02' function='0x0'") +
                       "<interface type='network'><model type='virtio'/><address type='pci' "
                       "domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></interface>"));
    QCOMPARE(controllerToAddFor(full, DropCandidate::paletteEntry(QStringLiteral("net-e1000"))),
             QStringLiteral("pci-bridge"));
}

QTEST_GUILESS_MAIN(TestDropVerdict)
#include "tst_dropverdict.moc"
