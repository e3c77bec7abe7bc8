// Placement policies (issue #4): each one's result passes pcitopo's validator, is one undo step
// that restores the exact bytes, never moves an address the user set, and does what the policy
// promises (root-bus endpoints, NUMA expanders, hotplug reserve).

#include "commands/documentcommand.h"
#include "policies/numatags.h"
#include "policies/placementpolicy.h"
#include "session/documentsession.h"
#include "topology/topology.h"
#include "validation/validator.h"

#include <QFile>
#include <QtTest>

using namespace pcitopo;

namespace {

QString domainXml(const QString& machine, const QString& devices, const QString& extra = {}) {
    return QStringLiteral("<domain type='qemu'>\n  <name>t</name>\n  <memory>1048576</memory>\n"
                          "%3  <os>\n    <type arch='x86_64' machine='%1'>hvm</type>\n  </os>\n"
                          "  <devices>\n%2  </devices>\n</domain>\n")
        .arg(machine, devices, extra);
}

QString nic(int n, const QString& model, const QString& address = {}) {
    return QStringLiteral("    <interface type='network'>\n      <mac "
                          "address='52:54:00:00:00:%1'/>\n      <source network='default'/>\n"
                          "      <model type='%2'/>\n%3    </interface>\n")
        .arg(n, 2, 16, QLatin1Char('0'))
        .arg(model, address.isEmpty() ? QString() : QStringLiteral("      ") + address + u'\n');
}

QString nics(int count, const QString& model) {
    QString xml;
    for (int i = 1; i <= count; ++i)
        xml += nic(i, model);
    return xml;
}

const QString TwoCells =
    QStringLiteral("  <cpu>\n    <numa>\n      <cell id='0' cpus='0' memory='524288'/>\n"
                   "      <cell id='1' cpus='1' memory='524288'/>\n    </numa>\n  </cpu>\n");

QString numaTags(const QString& tags) {
    return QStringLiteral("  <metadata>\n    <pcitopo:devices "
                          "xmlns:pcitopo=\"https://pcitopo.org/xmlns/1.0\">\n%1"
                          "    </pcitopo:devices>\n  </metadata>\n")
        .arg(tags);
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The user's addresses as "element@address", to check that none of them moved.
QStringList userAddresses(const DeviceInventory& inventory) {
    QStringList list;
    for (const Device& d : inventory.devices)
        if (d.pciAddress && !d.pciAddress->isWanted())
            list << d.elementName + u'@' + d.pciAddress->toShortString();
    return list;
}

struct Applied {
    std::unique_ptr<DocumentSession> session = std::make_unique<DocumentSession>();
    PolicyPlan plan;
    QString error;
    bool executed = false;
};

Applied applyPolicy(const QByteArray& xml, const QString& policy) {
    Applied a;
    DocumentError loadError;
    if (!a.session->openBytes(xml, QStringLiteral("t.xml"), &loadError)) {
        a.error = loadError.toString();
        return a;
    }
    QString parseError;
    const std::optional<PolicySpec> spec = PolicySpec::parse(policy, &parseError);
    if (!spec) {
        a.error = parseError;
        return a;
    }
    a.plan = makePolicy(*spec)->plan(a.session->document(), RuleTable::builtin());
    if (!a.plan.ok()) {
        a.error = a.plan.errors.first().message;
        return a;
    }
    a.executed = a.session->execute(makePolicyCommand(a.session->document(), a.plan, spec->name()),
                                    &a.error);
    return a;
}

int countControllers(const DeviceInventory& inventory, QStringView model) {
    int n = 0;
    for (const Device& d : inventory.devices)
        n += d.isController(u"pci") && d.model == model;
    return n;
}

} // namespace

class TestPolicies : public QObject {
    Q_OBJECT

private slots:
    void parsesPolicyNames();
    void resultValidatesAndIsOneUndoStep_data();
    void resultValidatesAndIsOneUndoStep();
    void integratedPutsEndpointsOnTheRootBus();
    void integratedLeavesRoomForTheRest();
    void numaPutsTaggedDevicesOnTheirNode_data();
    void numaPutsTaggedDevicesOnTheirNode();
    void numaSplitsALargeNodeOverExpanders();
    void numaWithoutCellsFails();
    void numaReportsBadTags();
    void numaKeepsAnAddressTheUserSet();
    void reserveLeavesFreeHotplugPlaces_data();
    void reserveLeavesFreeHotplugPlaces();
};

void TestPolicies::parsesPolicyNames() {
    QString error;
    QCOMPARE(PolicySpec::parse(u"libvirt", &error)->kind, PolicySpec::Kind::Libvirt);
    QCOMPARE(PolicySpec::parse(u"integrated", &error)->kind, PolicySpec::Kind::Integrated);
    QCOMPARE(PolicySpec::parse(u"numa", &error)->kind, PolicySpec::Kind::Numa);
    const std::optional<PolicySpec> reserve = PolicySpec::parse(u"reserve:14", &error);
    QVERIFY(reserve);
    QCOMPARE(reserve->reserve, 14);
    QCOMPARE(reserve->name(), QStringLiteral("reserve:14"));
    QVERIFY(!PolicySpec::parse(u"reserve:", &error));
    QVERIFY(error.contains(u"reserve:N"));
    QVERIFY(!PolicySpec::parse(u"reserve:-1", &error));
    QVERIFY(!PolicySpec::parse(u"reserve:241", &error));
    QVERIFY(!PolicySpec::parse(u"fast", &error));
    QVERIFY(error.contains(u"unknown policy"));
}

void TestPolicies::resultValidatesAndIsOneUndoStep_data() {
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("policy");
    const QString examples = QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/");
    const QList<std::pair<const char*, QByteArray>> documents = {
        {"q35-desktop", readFile(examples + QStringLiteral("q35-desktop.xml"))},
        {"pc-server", readFile(examples + QStringLiteral("pc-server.xml"))},
        {"q35-40-virtio", domainXml(u"q35"_qs, nics(40, u"virtio"_qs)).toUtf8()},
        {"q35-mixed", domainXml(u"q35"_qs, nics(6, u"e1000"_qs) + nics(6, u"virtio"_qs) +
                                               nic(0x40, u"virtio"_qs,
                                                   PciAddress{0, 0, 5, 0, {}}.toXmlElement()))
                          .toUtf8()},
        {"pc-40-e1000", domainXml(u"pc"_qs, nics(40, u"e1000"_qs)).toUtf8()},
        {"q35-numa", domainXml(u"q35"_qs, nics(4, u"virtio"_qs),
                               numaTags(u"      <pcitopo:device mac='52:54:00:00:00:02' "
                                        "numa-node='1'/>\n"_qs) +
                                   TwoCells)
                         .toUtf8()},
        {"pc-numa", domainXml(u"pc"_qs, nics(4, u"e1000"_qs),
                              numaTags(u"      <pcitopo:device mac='52:54:00:00:00:01' "
                                       "numa-node='0'/>\n"_qs) +
                                  TwoCells)
                        .toUtf8()},
    };
    for (const auto& [name, xml] : documents) {
        QVERIFY2(!xml.isEmpty(), name);
        for (const char* policy : {"libvirt", "integrated", "numa", "reserve:3", "reserve:40"}) {
            if (QByteArray(policy) == "numa" && !xml.contains("<numa>"))
                continue;
            QTest::addRow("%s %s", name, policy) << xml << QString::fromLatin1(policy);
        }
    }
}

void TestPolicies::resultValidatesAndIsOneUndoStep() {
    QFETCH(QByteArray, xml);
    QFETCH(QString, policy);
    Applied a = applyPolicy(xml, policy);
    QVERIFY2(a.executed, qPrintable(a.error));
    DocumentSession& s = *a.session;
    QCOMPARE(s.undoStack()->count(), 1);
    const QList<Diagnostic> problems = Validator().validate(s.document());
    for (const Diagnostic& d : problems)
        if (d.isError())
            qWarning().noquote() << d.location.line << d.code << d.message;
    QVERIFY(!hasErrors(problems));
    // Nothing the user addressed moved.
    DocumentSession original;
    DocumentError error;
    QVERIFY(original.openBytes(xml, QStringLiteral("o.xml"), &error));
    for (const QString& address : userAddresses(original.inventory()))
        QVERIFY2(userAddresses(s.inventory()).contains(address), qPrintable(address));
    // Every device that wants a PCI address has one now.
    QVERIFY(Topology::build(s.inventory(), RuleTable::builtin()).unplaced().isEmpty());
    const QByteArray result = s.document().toBytes();
    s.undoStack()->undo();
    QCOMPARE(s.document().toBytes(), xml);
    s.undoStack()->redo();
    QCOMPARE(s.document().toBytes(), result);
}

void TestPolicies::integratedPutsEndpointsOnTheRootBus() {
    const QByteArray xml = domainXml(u"q35"_qs, nics(10, u"virtio"_qs)).toUtf8();
    Applied libvirt = applyPolicy(xml, u"libvirt"_qs);
    Applied integrated = applyPolicy(xml, u"integrated"_qs);
    QVERIFY2(integrated.executed, qPrintable(integrated.error));
    QVERIFY(countControllers(libvirt.session->inventory(), u"pcie-root-port") >= 10);
    QCOMPARE(countControllers(integrated.session->inventory(), u"pcie-root-port"), 0);
    for (const Device& d : integrated.session->inventory().devices)
        if (d.kind == DeviceKind::Interface || d.kind == DeviceKind::Memballoon ||
            d.isController(u"usb"))
            QVERIFY2(d.pciAddress && d.pciAddress->bus == 0, qPrintable(d.elementName));
}

void TestPolicies::integratedLeavesRoomForTheRest() {
    // 40 PCIe endpoints cannot all be integrated: the rest needs root ports on pcie-root too.
    const QByteArray xml = domainXml(u"q35"_qs, nics(40, u"virtio"_qs)).toUtf8();
    Applied libvirt = applyPolicy(xml, u"libvirt"_qs);
    Applied integrated = applyPolicy(xml, u"integrated"_qs);
    QVERIFY2(integrated.executed, qPrintable(integrated.error));
    const int ports = countControllers(integrated.session->inventory(), u"pcie-root-port");
    int onRoot = 0;
    for (const Device& d : integrated.session->inventory().devices)
        onRoot += d.kind == DeviceKind::Interface && d.pciAddress->bus == 0;
    qInfo("integrated: %d of 40 NICs on pcie-root, %d root ports (libvirt: %d)", onRoot, ports,
          countControllers(libvirt.session->inventory(), u"pcie-root-port"));
    QVERIFY(onRoot >= 20);
    QVERIFY(ports < countControllers(libvirt.session->inventory(), u"pcie-root-port") / 2);
}

void TestPolicies::numaPutsTaggedDevicesOnTheirNode_data() {
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("expander");
    QTest::newRow("q35") << u"q35"_qs << u"pcie-expander-bus"_qs;
    QTest::newRow("pc") << u"pc"_qs << u"pci-expander-bus"_qs;
}

void TestPolicies::numaPutsTaggedDevicesOnTheirNode() {
    QFETCH(QString, machine);
    QFETCH(QString, expander);
    const QString devices =
        nics(3, u"virtio"_qs) +
        u"    <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n        "
        "<address domain='0x0000' bus='0x3b' slot='0x00' function='0x0'/>\n      </source>\n"
        "    </hostdev>\n"_qs;
    const QString tags = u"      <pcitopo:device hostdev='0000:3b:00.0' numa-node='1'/>\n"
                         "      <pcitopo:device mac='52:54:00:00:00:02' numa-node='1'/>\n"
                         "      <pcitopo:device mac='52:54:00:00:00:03' numa-node='0'/>\n"_qs;
    Applied a =
        applyPolicy(domainXml(machine, devices, numaTags(tags) + TwoCells).toUtf8(), u"numa"_qs);
    QVERIFY2(a.executed, qPrintable(a.error));
    const DeviceInventory& inventory = a.session->inventory();
    QCOMPARE(countControllers(inventory, expander), 2);
    const Topology topology = Topology::build(inventory, RuleTable::builtin());
    const NumaTagReading tagged = readNumaTags(a.session->document(), inventory);
    QCOMPARE(tagged.tags.size(), 3);
    for (const NumaTag& tag : tagged.tags) {
        const std::optional<PciAddress> at = topology.placementOf(tag.deviceIndex);
        QVERIFY(at);
        const Bus* bus = topology.bus(at->bus);
        QVERIFY(bus && bus->numaNode);
        QCOMPARE(*bus->numaNode, tag.node);
    }
    // The untagged NIC stays in libvirt's layout, off the expanders.
    for (int i = 0; i < inventory.devices.size(); ++i)
        if (inventory.devices.at(i).mac == u"52:54:00:00:00:01")
            QVERIFY(!topology.bus(topology.placementOf(i)->bus)->numaNode);
    // Legal, distinct busNr values.
    QSet<QString> busNrs;
    for (const Device& d : inventory.devices)
        if (d.model == expander) {
            const int busNr = d.target.value(u"busNr"_qs).toInt();
            QVERIFY(busNr >= 1 && busNr <= 254);
            busNrs.insert(d.target.value(u"busNr"_qs));
        }
    QCOMPARE(busNrs.size(), 2);
}

void TestPolicies::numaSplitsALargeNodeOverExpanders() {
    // 36 devices on node 1: pxb-pcie has 32 slots, so two expanders there, one for node 0.
    QString tags;
    for (int i = 1; i <= 40; ++i)
        tags += QStringLiteral("      <pcitopo:device mac='52:54:00:00:00:%1' numa-node='%2'/>\n")
                    .arg(i, 2, 16, QLatin1Char('0'))
                    .arg(i <= 36 ? 1 : 0);
    Applied a = applyPolicy(
        domainXml(u"q35"_qs, nics(40, u"virtio"_qs), numaTags(tags) + TwoCells).toUtf8(),
        u"numa"_qs);
    QVERIFY2(a.executed, qPrintable(a.error));
    const DeviceInventory& inventory = a.session->inventory();
    QList<int> busNrs;
    for (const Device& d : inventory.devices)
        if (d.model == u"pcie-expander-bus")
            busNrs << d.target.value(u"busNr"_qs).toInt();
    std::sort(busNrs.begin(), busNrs.end());
    QCOMPARE(busNrs.size(), 3);
    // Each expander's range (busNr up to the next one) holds it and its root ports.
    QCOMPARE(busNrs.at(2), 250);          // node 0 first: itself and 4 ports end at 254
    QCOMPARE(busNrs.at(1), 250 - 33);     // 32 ports
    QCOMPARE(busNrs.at(0), 250 - 33 - 5); // the last 4
    QVERIFY(!hasErrors(Validator().validate(a.session->document())));
}

void TestPolicies::numaWithoutCellsFails() {
    const Applied a = applyPolicy(domainXml(u"q35"_qs, nics(2, u"virtio"_qs)).toUtf8(), u"numa"_qs);
    QVERIFY(!a.executed);
    QVERIFY2(a.error.contains(u"<cpu><numa>"), qPrintable(a.error));
    QCOMPARE(a.session->undoStack()->count(), 0);
}

void TestPolicies::numaReportsBadTags() {
    const QString tags = u"      <pcitopo:device mac='52:54:00:00:00:01' numa-node='2'/>\n"
                         "      <pcitopo:device mac='52:54:00:00:00:77' numa-node='0'/>\n"
                         "      <pcitopo:device target='vda' mac='52:54:00:00:00:02' "
                         "numa-node='0'/>\n      <pcitopo:device alias='x' numa-node='one'/>\n"_qs;
    const Applied a =
        applyPolicy(domainXml(u"q35"_qs, nics(2, u"virtio"_qs), numaTags(tags) + TwoCells).toUtf8(),
                    u"numa"_qs);
    QVERIFY(!a.executed);
    QCOMPARE(a.plan.errors.size(), 4);
    QVERIFY(a.plan.errors.at(0).message.contains(u"NUMA node 2 is not one"));
    QVERIFY(a.plan.errors.at(1).message.contains(u"no device has mac"));
    QVERIFY(a.plan.errors.at(2).message.contains(u"exactly one"));
    QVERIFY(a.plan.errors.at(3).message.contains(u"numa-node must be"));
    QVERIFY(a.plan.errors.at(0).location.line > 0);
}

void TestPolicies::numaKeepsAnAddressTheUserSet() {
    const QString devices =
        nic(1, u"virtio"_qs, PciAddress{0, 0, 7, 0, {}}.toXmlElement()) + nic(2, u"virtio"_qs);
    const QString tags = u"      <pcitopo:device mac='52:54:00:00:00:01' numa-node='1'/>\n"_qs;
    Applied a =
        applyPolicy(domainXml(u"q35"_qs, devices, numaTags(tags) + TwoCells).toUtf8(), u"numa"_qs);
    QVERIFY2(a.executed, qPrintable(a.error));
    QCOMPARE(a.plan.warnings.size(), 2);
    QVERIFY(a.plan.warnings.first().message.contains(u"keeps the PCI address"));
    QVERIFY(a.plan.warnings.last().message.contains(u"no device is left"));
    QCOMPARE(countControllers(a.session->inventory(), u"pcie-expander-bus"), 0);
    for (const Device& d : a.session->inventory().devices)
        if (d.mac == u"52:54:00:00:00:01")
            QCOMPARE(d.pciAddress->toShortString(), u"00:07.0"_qs);
}

void TestPolicies::reserveLeavesFreeHotplugPlaces_data() {
    QTest::addColumn<QString>("machine");
    QTest::addColumn<int>("count");
    QTest::newRow("q35 4") << u"q35"_qs << 4;
    QTest::newRow("q35 14") << u"q35"_qs << 14;
    QTest::newRow("pc 10") << u"pc"_qs << 10;
    QTest::newRow("pc 60") << u"pc"_qs << 60;
}

void TestPolicies::reserveLeavesFreeHotplugPlaces() {
    QFETCH(QString, machine);
    QFETCH(int, count);
    const QByteArray xml = domainXml(machine, nics(20, u"virtio"_qs)).toUtf8();
    Applied libvirt = applyPolicy(xml, u"libvirt"_qs);
    Applied reserve = applyPolicy(xml, QStringLiteral("reserve:%1").arg(count));
    QVERIFY2(reserve.executed, qPrintable(reserve.error));
    const Headroom before =
        Topology::build(libvirt.session->inventory(), RuleTable::builtin()).headroom();
    const Headroom after =
        Topology::build(reserve.session->inventory(), RuleTable::builtin()).headroom();
    if (machine == u"q35") {
        QCOMPARE(after.pciePorts, std::max(count, before.pciePorts));
    } else {
        QVERIFY(after.pciSlots >= count);
        QVERIFY(after.pciSlots < count + 31); // no bridge more than needed
    }
    // libvirt's own layout is kept: every NIC where the libvirt policy put it.
    QStringList libvirtNics, reserveNics;
    for (const Device& d : libvirt.session->inventory().devices)
        if (d.kind == DeviceKind::Interface)
            libvirtNics << d.pciAddress->toShortString();
    for (const Device& d : reserve.session->inventory().devices)
        if (d.kind == DeviceKind::Interface)
            reserveNics << d.pciAddress->toShortString();
    QCOMPARE(reserveNics, libvirtNics);
}

QTEST_GUILESS_MAIN(TestPolicies)
#include "tst_policies.moc"
