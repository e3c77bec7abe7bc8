// Every command: execute changes the text, undo restores the exact bytes, redo re-applies.
#include "commands/controllercommands.h"
#include "commands/devicecommands.h"
#include "commands/fixcommand.h"
#include "commands/numanodecommand.h"
#include "commands/placementcommand.h"
#include "session/documentsession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pcitopo;

namespace {

QByteArray example(const char* name) {
    QFile file(
        QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("example %s missing", name);
    return file.readAll();
}

ElementId deviceAt(const DocumentSession& session, int bus, int slot, int function = 0) {
    const Bus* b = session.topology().bus(bus);
    const Occupant* o = b ? b->cells[slot].occupant(function) : nullptr;
    return o ? o->element : NoElement;
}

ElementId unplaced(const DocumentSession& session, const QString& label) {
    for (const UnplacedDevice& u : session.topology().unplaced())
        if (u.label == label)
            return u.element;
    return NoElement;
}

} // namespace

class TestCommands : public QObject {
    Q_OBJECT

private slots:
    void init();
    void moveDevice();
    void removeAddress();
    void addDeviceFromPalette();
    void addControllerPicksIndexAboveItsBus();
    void compoundIsOneUndoEntry();
    void removeDevice();
    void removeControllerRefusesWhenOccupied();
    void removeControllerWithSubtree();
    void removeControllerUnaddressesDevices();
    void rootCannotBeRemoved();
    void setTargetAttributeCreatesTarget();
    void setNumaNodeOfExpanderBus();
    void setNumaNodeCreatesTarget();
    void applyFixMoveAndMultifunction();
    void applyFixAddController();
    void applyPlacement();
    void noOpNeverReachesTheStack();
    void sessionSignalsAndCache();

private:
    // Executes through the session and checks the undo/redo byte identity.
    void roundTrip(std::unique_ptr<DocumentCommand> command);

    std::unique_ptr<DocumentSession> m_session;
    QByteArray m_original;
};

void TestCommands::init() {
    m_session = std::make_unique<DocumentSession>();
    m_original = example("q35-desktop.xml");
    DocumentError error;
    QVERIFY(m_session->openBytes(m_original, QStringLiteral("q35-desktop.xml"), &error));
    QCOMPARE(m_session->document().toBytes(), m_original);
}

void TestCommands::roundTrip(std::unique_ptr<DocumentCommand> command) {
    const QByteArray before = m_session->document().toBytes();
    const int depth = m_session->undoStack()->count();
    QString error;
    QVERIFY2(m_session->execute(std::move(command), &error), qPrintable(error));
    const QByteArray after = m_session->document().toBytes();
    QVERIFY(after != before);
    QCOMPARE(m_session->undoStack()->count(), depth + 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->document().toBytes(), before);
    m_session->undoStack()->redo();
    QCOMPARE(m_session->document().toBytes(), after);
}

void TestCommands::moveDevice() {
    const ElementId net = deviceAt(*m_session, 1, 0);
    QVERIFY(net != NoElement);
    roundTrip(std::make_unique<SetAddressCommand>(m_session->document(), net,
                                                  PciAddress{0, 2, 0, 0, std::nullopt}));
    QVERIFY(deviceAt(*m_session, 2, 0) != NoElement);
    QCOMPARE(deviceAt(*m_session, 1, 0), NoElement);
}

void TestCommands::removeAddress() {
    const ElementId net = deviceAt(*m_session, 1, 0);
    roundTrip(std::make_unique<SetAddressCommand>(m_session->document(), net, std::nullopt));
    QVERIFY(unplaced(*m_session, QStringLiteral("virtio-net 52:54:…:58")) != NoElement);
}

void TestCommands::addDeviceFromPalette() {
    QString xml;
    for (const PaletteEntry& e : RuleTable::builtin().palette())
        if (e.id == u"net-virtio")
            xml = e.xmlTemplate;
    QVERIFY(!xml.isEmpty());
    const int interfacesBefore =
        int(m_session->document()
                .children(m_session->document().devicesElement(), u"interface")
                .size());
    roundTrip(std::make_unique<AddDeviceCommand>(m_session->document(), xml,
                                                 PciAddress{0, 2, 0, 0, std::nullopt}));
    const ElementId added = deviceAt(*m_session, 2, 0);
    QVERIFY(added != NoElement);
    QCOMPARE(m_session->document().name(added), QStringLiteral("interface"));
    const QList<ElementId> interfaces =
        m_session->document().children(m_session->document().devicesElement(), u"interface");
    QCOMPARE(interfaces.size(), interfacesBefore + 1);
    QCOMPARE(interfaces.last(), added); // after its last sibling of the same name
}

void TestCommands::addControllerPicksIndexAboveItsBus() {
    auto command = std::make_unique<AddControllerCommand>(
        m_session->document(), QStringLiteral("pcie-root-port"), -1,
        PciAddress{0, 0, 3, 0, std::nullopt},
        QList<std::pair<QString, QString>>{{QStringLiteral("hotplug"), QStringLiteral("off")}});
    AddControllerCommand* raw = command.get();
    roundTrip(std::move(command));
    QCOMPARE(raw->addedIndex(), 3);
    const Bus* bus = m_session->topology().bus(3);
    QVERIFY(bus);
    QCOMPARE(bus->parentAddress->slot, 3);
    QVERIFY(bus->hotplugOff);
}

void TestCommands::compoundIsOneUndoEntry() {
    QString xml;
    for (const PaletteEntry& e : RuleTable::builtin().palette())
        if (e.id == u"disk-virtio")
            xml = e.xmlTemplate;
    auto compound = std::make_unique<CompoundCommand>(m_session->document(),
                                                      QStringLiteral("Add disk on a new port"));
    compound->addStep([](DomainDocument& doc) {
        return std::make_unique<AddControllerCommand>(doc, QStringLiteral("pcie-root-port"), 3,
                                                      PciAddress{0, 0, 4, 0, std::nullopt});
    });
    compound->addStep([xml](DomainDocument& doc) {
        return std::make_unique<AddDeviceCommand>(doc, xml, PciAddress{0, 3, 0, 0, std::nullopt});
    });
    roundTrip(std::move(compound));
    QVERIFY(deviceAt(*m_session, 3, 0) != NoElement);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->document().toBytes(), m_original);
}

void TestCommands::removeDevice() {
    const ElementId e1000e = unplaced(*m_session, QStringLiteral("e1000e"));
    QVERIFY(e1000e != NoElement);
    roundTrip(std::make_unique<RemoveElementCommand>(m_session->document(), e1000e));
    QCOMPARE(unplaced(*m_session, QStringLiteral("e1000e")), NoElement);
}

void TestCommands::removeControllerRefusesWhenOccupied() {
    QString error;
    QVERIFY(!m_session->execute(
        std::make_unique<RemoveControllerCommand>(m_session->document(), 1,
                                                  RemoveControllerCommand::Mode::RefuseIfOccupied),
        &error));
    QVERIFY2(error.contains(QStringLiteral("not empty")), qPrintable(error));
    QCOMPARE(m_session->document().toBytes(), m_original);
    QCOMPARE(m_session->undoStack()->count(), 0);
    // The empty port 2 goes without complaint.
    roundTrip(std::make_unique<RemoveControllerCommand>(
        m_session->document(), 2, RemoveControllerCommand::Mode::RefuseIfOccupied));
    QVERIFY(!m_session->topology().bus(2));
}

void TestCommands::removeControllerWithSubtree() {
    roundTrip(std::make_unique<RemoveControllerCommand>(
        m_session->document(), 1, RemoveControllerCommand::Mode::WithSubtree));
    QVERIFY(!m_session->document().toBytes().contains("52:54:00:6b:3c:58"));
    QVERIFY(m_session->topology().bus(1)->implicit); // index 2 remains: 1 becomes a gap
}

void TestCommands::removeControllerUnaddressesDevices() {
    roundTrip(std::make_unique<RemoveControllerCommand>(
        m_session->document(), 1, RemoveControllerCommand::Mode::UnaddressDevices));
    QVERIFY(unplaced(*m_session, QStringLiteral("virtio-net 52:54:…:58")) != NoElement);
}

void TestCommands::rootCannotBeRemoved() {
    QString error;
    QVERIFY(!m_session->execute(
        std::make_unique<RemoveControllerCommand>(m_session->document(), 0,
                                                  RemoveControllerCommand::Mode::WithSubtree),
        &error));
    QVERIFY(!error.isEmpty());
}

void TestCommands::setTargetAttributeCreatesTarget() {
    const ElementId port2 = m_session->topology().bus(2)->element;
    roundTrip(std::make_unique<SetAttributeCommand>(
        m_session->document(), port2, QStringLiteral("hotplug"), QStringLiteral("off"),
        QStringLiteral("target")));
    QVERIFY(m_session->topology().bus(2)->hotplugOff);
    const ElementId again = m_session->topology().bus(2)->element;
    roundTrip(std::make_unique<SetAttributeCommand>(m_session->document(), again,
                                                    QStringLiteral("hotplug"), std::nullopt,
                                                    QStringLiteral("target")));
    QVERIFY(!m_session->topology().bus(2)->hotplugOff);
}

namespace {
// Two expander buses: one with <target busNr>, one without <target>; two NUMA cells.
const char numaFixture[] = R"(<domain type='kvm'>
  <name>numa</name>
  <cpu>
    <numa>
      <cell id='0' cpus='0-1' memory='1048576' unit='KiB'/>
      <cell id='1' cpus='2-3' memory='1048576' unit='KiB'/>
    </numa>
  </cpu>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
  </os>
  <devices>
    <controller type='pci' index='0' model='pcie-root'/>
    <controller type='pci' index='1' model='pcie-expander-bus'>
      <target busNr='254'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/>
    </controller>
    <controller type='pci' index='2' model='pcie-expander-bus'>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x06' function='0x0'/>
    </controller>
  </devices>
</domain>
)";

QByteArray replaced(QByteArray bytes, const char* before, const char* after) {
    if (!bytes.contains(before))
        qFatal("fixture lacks %s", before);
    return bytes.replace(before, after);
}
} // namespace

void TestCommands::setNumaNodeOfExpanderBus() {
    DocumentError error;
    QVERIFY(m_session->openBytes(numaFixture, QStringLiteral("numa.xml"), &error));
    const QByteArray original = m_session->document().toBytes();
    const auto pxb = [&] { return m_session->topology().bus(1)->element; };
    const char* emptyTarget = "<target busNr='254'/>";

    roundTrip(std::make_unique<SetNumaNodeCommand>(m_session->document(), pxb(), 1));
    QCOMPARE(m_session->document().toBytes(),
             replaced(original, emptyTarget,
                      "<target busNr='254'>\n        <node>1</node>\n      </target>"));
    QCOMPARE(m_session->topology().bus(1)->numaNode, std::optional<int>(1));

    roundTrip(std::make_unique<SetNumaNodeCommand>(m_session->document(), pxb(), 0));
    QCOMPARE(m_session->document().toBytes(),
             replaced(original, emptyTarget,
                      "<target busNr='254'>\n        <node>0</node>\n      </target>"));
    QCOMPARE(m_session->topology().bus(1)->numaNode, std::optional<int>(0));

    // Unchanged: nothing reaches the undo stack.
    const int depth = m_session->undoStack()->count();
    QVERIFY(
        m_session->execute(std::make_unique<SetNumaNodeCommand>(m_session->document(), pxb(), 0)));
    QCOMPARE(m_session->undoStack()->count(), depth);

    // Removing it gives back libvirt's <target busNr='254'/>: the original bytes.
    roundTrip(std::make_unique<SetNumaNodeCommand>(m_session->document(), pxb(), std::nullopt));
    QCOMPARE(m_session->document().toBytes(), original);
    QVERIFY(!m_session->topology().bus(1)->numaNode);
    QVERIFY(m_session->execute(
        std::make_unique<SetNumaNodeCommand>(m_session->document(), pxb(), std::nullopt)));
    QCOMPARE(m_session->undoStack()->count(), depth + 1);

    // The whole history undoes to the loaded bytes.
    while (m_session->undoStack()->canUndo())
        m_session->undoStack()->undo();
    QCOMPARE(m_session->document().toBytes(), original);
}

void TestCommands::setNumaNodeCreatesTarget() {
    DocumentError error;
    QVERIFY(m_session->openBytes(numaFixture, QStringLiteral("numa.xml"), &error));
    const QByteArray original = m_session->document().toBytes();
    const char* address = "      <address type='pci' domain='0x0000' bus='0x00' slot='0x06'";
    roundTrip(std::make_unique<SetNumaNodeCommand>(m_session->document(),
                                                   m_session->topology().bus(2)->element, 1));
    // <target> goes before <address>, libvirt's order.
    QCOMPARE(m_session->document().toBytes(),
             replaced(original, address,
                      "      <target>\n        <node>1</node>\n      </target>\n"
                      "      <address type='pci' domain='0x0000' bus='0x00' slot='0x06'"));
    QCOMPARE(m_session->topology().bus(2)->numaNode, std::optional<int>(1));
    // Removed again, the attribute-less <target> goes with it.
    roundTrip(std::make_unique<SetNumaNodeCommand>(
        m_session->document(), m_session->topology().bus(2)->element, std::nullopt));
    QCOMPARE(m_session->document().toBytes(), original);
}

void TestCommands::applyFixMoveAndMultifunction() {
    const ElementId e1000e = unplaced(*m_session, QStringLiteral("e1000e"));
    roundTrip(std::make_unique<ApplyFixCommand>(
        m_session->document(), SuggestedFix::moveTo(e1000e, PciAddress{0, 2, 0, 0, {}})));
    QVERIFY(deviceAt(*m_session, 2, 0) != NoElement);
    const ElementId port1 = m_session->topology().bus(1)->element;
    roundTrip(std::make_unique<ApplyFixCommand>(m_session->document(),
                                                SuggestedFix::setMultifunction(port1, false)));
    QVERIFY(m_session->document().toBytes().contains("multifunction='off'"));
}

void TestCommands::applyFixAddController() {
    roundTrip(std::make_unique<ApplyFixCommand>(
        m_session->document(), SuggestedFix::addController(QStringLiteral("pcie-root-port"))));
    const Bus* added = m_session->topology().bus(3); // above every index when it has no address
    QVERIFY(added && !added->implicit);
    QCOMPARE(added->model, QStringLiteral("pcie-root-port"));
    QVERIFY(!added->parentAddress); // libvirt places it
    QString error;
    QVERIFY(!m_session->execute(
        std::make_unique<ApplyFixCommand>(m_session->document(), SuggestedFix()), &error));
    QVERIFY(!error.isEmpty());
}

void TestCommands::applyPlacement() {
    roundTrip(std::make_unique<ApplyPlacementCommand>(m_session->document()));
    QVERIFY(m_session->topology().unplaced().isEmpty());
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestCommands::noOpNeverReachesTheStack() {
    const ElementId net = deviceAt(*m_session, 1, 0);
    QString error;
    QVERIFY(m_session->execute(
        std::make_unique<SetAddressCommand>(m_session->document(), net, PciAddress{0, 1, 0, 0, {}}),
        &error));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(m_session->document().toBytes(), m_original);
    // Pushed directly (without execute), a no-op marks itself obsolete and vanishes.
    m_session->undoStack()->push(
        new SetAddressCommand(m_session->document(), net, PciAddress{0, 1, 0, 0, {}}));
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestCommands::sessionSignalsAndCache() {
    QSignalSpy changed(m_session.get(), &DocumentSession::documentChanged);
    QSignalSpy clean(m_session.get(), &DocumentSession::cleanChanged);
    const Topology* before = &m_session->topology();
    const quint64 revision = m_session->revision();
    QCOMPARE(&m_session->topology(), before); // cached: no rebuild without a change
    const ElementId net = deviceAt(*m_session, 1, 0);
    QVERIFY(m_session->execute(
        std::make_unique<SetAddressCommand>(m_session->document(), net, std::nullopt)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(clean.count(), 1);
    QVERIFY(!m_session->isClean());
    QVERIFY(m_session->revision() > revision);
    QVERIFY(m_session->topology().bus(1)->cells[0].isFree());
    m_session->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_session->isClean());
    QVERIFY(!m_session->topology().bus(1)->cells[0].isFree());
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
