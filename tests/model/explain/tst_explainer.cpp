// Explainer, placement answers, documentation links and slot explanations, in-process.
#include "explain/explainer.h"
#include "explain/placementanswer.h"
#include "explain/slotexplanation.h"
#include "topology/topology.h"

#include <QTest>

using namespace pcitopo;

namespace {

Topology topologyOf(const char* example) {
    DocumentError error;
    const std::optional<DomainDocument> document = DomainDocument::fromFile(
        QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/") + QLatin1String(example), &error);
    if (!document)
        qFatal("%s", qPrintable(error.toString()));
    return Topology::build(DeviceInventory::read(*document), RuleTable::builtin());
}

const ControllerModelRule& model(const char* name) {
    const ControllerModelRule* rule =
        RuleTable::builtin().controllerModel(QString::fromLatin1(name));
    if (!rule)
        qFatal("no controller model %s", name);
    return *rule;
}

} // namespace

class TestExplainer : public QObject {
    Q_OBJECT

private slots:
    void placementAnswersFollowCompatibility();
    void docsLinksByRuleFamily();
    void explainOrderAndErrors();
    void slotWithDeviceAnswersForItsBus();
    void freeSlotExplainsTheBus();
    void reservedSlotAndMissingSlot();
};

// §1.3 of pci-rules.md, each answer checked against libvirt 9.0 (oracle) when written.
void TestExplainer::placementAnswersFollowCompatibility() {
    const RuleTable& rules = RuleTable::builtin();
    const ConnectFlags pci = rules.flagsForKind(ConnectionKind::Pci, Machine::Q35);
    const PlacementAnswer port = placementAnswer(rules, pci, Machine::Q35, model("pcie-root-port"));
    QVERIFY(port.explicitOnly());
    QVERIFY(port.hotpluggable);
    QCOMPARE(port.ruleKey, QStringLiteral("COMPAT-1"));
    const PlacementAnswer root = placementAnswer(rules, pci, Machine::Q35, model("pcie-root"));
    QVERIFY(root.explicitOnly());
    QVERIFY(!root.hotpluggable);
    QCOMPARE(root.ruleKey, QStringLiteral("PLACE-1"));
    const PlacementAnswer up =
        placementAnswer(rules, pci, Machine::Q35, model("pcie-switch-upstream-port"));
    QVERIFY(!up.explicitOk);
    QCOMPARE(up.summary(),
             QStringLiteral("no: pcie-switch-upstream-port does not accept a standard PCI device"));
    QVERIFY(up.refusal.startsWith(QStringLiteral("The device at PCI address 0000:01:00.0")));
    const PlacementAnswer bridge =
        placementAnswer(rules, pci, Machine::Q35, model("pcie-to-pci-bridge"));
    QCOMPARE(bridge.summary(), QStringLiteral("yes, hotpluggable"));
    // A controller never hotplugs, even into a hotpluggable slot.
    const PlacementAnswer controller = placementAnswer(rules, model("pcie-root-port").deviceFlags,
                                                       Machine::Q35, model("pcie-root"));
    QCOMPARE(controller.summary(), QStringLiteral("yes, not hotpluggable"));
    QCOMPARE(pcitopo::placementAnswers(rules, pci, Machine::Pc).size(), 3); // pci-root, bridge, pxb
}

void TestExplainer::docsLinksByRuleFamily() {
    QCOMPARE(libvirtDocsFor(u"HP-5").url, QStringLiteral("https://libvirt.org/pci-hotplug.html"));
    QCOMPARE(libvirtDocsFor(u"IDX-5").url,
             QStringLiteral("https://libvirt.org/formatdomain.html#controllers"));
    QCOMPARE(libvirtDocsFor(u"BUSNR-DEFAULT").url,
             QStringLiteral("https://libvirt.org/pci-addresses.html"));
    QCOMPARE(libvirtDocsFor(u"DOUBLE-USE").url,
             QStringLiteral("https://libvirt.org/formatdomain.html#device-addresses"));
    QCOMPARE(libvirtDocsFor(u"").url, QStringLiteral("https://libvirt.org/pci-hotplug.html"));
}

void TestExplainer::explainOrderAndErrors() {
    const Explainer explainer(RuleTable::builtin());
    QCOMPARE(explainer.explain(QStringLiteral("conn-1")).ruleKey, QStringLiteral("CONN-1"));
    const Explanation device = explainer.explain(QStringLiteral("e1000"), {Machine::Pc, {}, {}});
    QVERIFY(device.isValid());
    QVERIFY(device.text.contains(QStringLiteral("where e1000 may go on pc:\n")));
    QVERIFY(!device.text.contains(QStringLiteral("on q35")));
    const Explanation badInto =
        explainer.explain(QStringLiteral("e1000"), {std::nullopt, QStringLiteral("scsi"), {}});
    QVERIFY(!badInto.isValid());
    QVERIFY(badInto.text.isEmpty());
    QVERIFY(!explainer.explain(QStringLiteral("nothing-like-this")).isValid());
    // An element name means its PCI device, not another element's rule ending in it.
    QVERIFY(explainer.explain(QStringLiteral("hostdev"))
                .text.startsWith(QStringLiteral("hostdev-pci: PCI passthrough (VFIO)\n")));
    QVERIFY(explainer.explain(QStringLiteral("disk"))
                .text.startsWith(QStringLiteral("disk-virtio: virtio disk\n")));
}

// learn-pc-bridges.xml: e1000 at 01:01.0 behind pci-bridge 1.
void TestExplainer::slotWithDeviceAnswersForItsBus() {
    const Topology topo = topologyOf("learn-pc-bridges.xml");
    const Explanation e = explainSlot(topo, 1, 1);
    QVERIFY2(e.isValid(), qPrintable(e.error));
    QVERIFY2(e.text.startsWith(QStringLiteral(
                 "Slot 01:01 is on bus 1, a pci-bridge (guest bus 0x01). Devices can be "
                 "hot-plugged and hot-unplugged here. It holds e1000 52:54:…:c2.\n\n"
                 "interface-pci: ")),
             qPrintable(e.text));
    QVERIFY(e.text.contains(QStringLiteral("\ne1000 into pci-bridge on pc: yes, hotpluggable\n")));
    QVERIFY(!e.text.contains(QStringLiteral(" on q35")));
    QCOMPARE(e.docs.url, QStringLiteral("https://libvirt.org/pci-hotplug.html"));
}

void TestExplainer::freeSlotExplainsTheBus() {
    const Topology topo = topologyOf("learn-numa-passthrough.xml");
    const Explanation e = explainSlot(topo, 9, 0);
    QVERIFY(e.text.startsWith(QStringLiteral("Slot 09:00 is on bus 9, a pcie-root-port (guest "
                                             "bus 0xc2). Devices can be hot-plugged and "
                                             "hot-unplugged here.\n\npcie-root-port: ")));
    QVERIFY(e.text.contains(QStringLiteral("where pcie-root-port may go on q35:\n")));
    QVERIFY(!e.text.contains(QStringLiteral(" on pc")));
}

void TestExplainer::reservedSlotAndMissingSlot() {
    const Topology topo = topologyOf("learn-appliance.xml");
    const Explanation root = explainSlot(topo, 0, 0);
    QVERIFY(root.text.startsWith(QStringLiteral("Slot 00:00 is on bus 0, a pcie-root (guest bus "
                                                "0x00). It cannot be used: host bridge.")));
    const Explanation chipset = explainSlot(topo, 0, 0x1f, 0);
    QVERIFY(chipset.text.contains(QStringLiteral("It holds ISA/LPC bridge (ICH9), part of the "
                                                 "machine.")));
    QVERIFY(!explainSlot(topo, 4, 0).isValid());
}

QTEST_GUILESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
