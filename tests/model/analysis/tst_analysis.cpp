// One analysis per revision: what it computes once (placement, inventory), the two views of its
// topology (as written, as libvirt will define it) and the one headroom number.
#include "analysis/analysis.h"
#include "analysis/analysiscounters.h"
#include "policies/placementpolicy.h"
#include "session/documentsession.h"
#include "validation/waivers.h"

#include <QtTest>

using namespace pcitopo;

namespace {

QByteArray domain(const QString& machine, const QString& devices) {
    return QStringLiteral("<domain type='kvm'><name>t</name><memory>1048576</memory>"
                          "<os><type arch='x86_64' machine='%1'>hvm</type></os>"
                          "<devices>%2</devices></domain>")
        .arg(machine, devices)
        .toUtf8();
}

QString nics(int count) {
    QString xml;
    for (int i = 0; i < count; ++i)
        xml += QStringLiteral("<interface type='network'><source network='default'/>"
                              "<mac address='52:54:00:00:%1:%2'/><model type='e1000'/>"
                              "</interface>")
                   .arg(i / 256, 2, 16, QLatin1Char('0'))
                   .arg(i % 256, 2, 16, QLatin1Char('0'));
    return xml;
}

const QString VirtioNic = QStringLiteral(
    "<interface type='network'><source network='default'/><model type='virtio'/></interface>");

std::unique_ptr<DocumentSession> open(const QByteArray& bytes) {
    auto session = std::make_unique<DocumentSession>();
    DocumentError error;
    if (!session->openBytes(bytes, QStringLiteral("t.xml"), &error))
        return nullptr;
    return session;
}

bool hasCode(const QList<Diagnostic>& diagnostics, const QString& code) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [&](const Diagnostic& d) { return d.code == code; });
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT

private slots:
    // `pcitopo assign`'s path on a 500-NIC pc domain: one placement and one inventory read per
    // revision (it was 4 placements and 6 inventory reads).
    void assignPlacesOncePerRevision() {
        auto session = open(domain(QStringLiteral("pc"), nics(500)));
        QVERIFY(session);
        analysisCounters().reset();
        const std::shared_ptr<const Analysis> before = session->analysis();
        QVERIFY(!hasErrors(before->diagnostics()));
        const PolicyPlan plan = makePolicy(PolicySpec{})->plan(session->document(), *before);
        QVERIFY(plan.ok());
        QVERIFY(session->execute(makePolicyCommand(
            session->document(), plan, QStringLiteral("Assign"), session->rules(), before)));
        QVERIFY(!hasErrors(session->analysis()->diagnostics()));
        QVERIFY(session->topology().unplaced().isEmpty());
        const int revisions = 2;
        qInfo("assign, 500-NIC pc domain, %d revisions: %s", revisions,
              qPrintable(analysisCounters().summary()));
        QCOMPARE(analysisCounters().analyses.load(), revisions);
        QVERIFY(analysisCounters().placements.load() <= revisions);
        QVERIFY(analysisCounters().inventoryReads.load() <= revisions);
    }

    void sessionCachesOneAnalysisPerRevision() {
        auto session = open(domain(QStringLiteral("q35"), VirtioNic));
        analysisCounters().reset();
        const auto first = session->analysis();
        session->topology();
        session->inventory();
        QCOMPARE(session->analysis().get(), first.get());
        QCOMPARE(analysisCounters().placements.load(), 1);
        QVERIFY(first->describes(session->document()));
    }

    // A domain written without addresses: the defined view shows where everything goes and the
    // root port libvirt adds; the written view keeps the device unplaced, saying where it goes.
    void plannedViewOfAnUnaddressedDomain() {
        auto session = open(domain(QStringLiteral("q35"), VirtioNic));
        const auto analysis = session->analysis();
        QVERIFY(analysis->hasPlannedItems());
        QCOMPARE(analysis->defaultView(), Topology::View::Defined);
        const Topology& defined = analysis->topology(Topology::View::Defined);
        QVERIFY(defined.unplaced().isEmpty());
        const Bus* port = defined.bus(1);
        QVERIFY(port);
        QCOMPARE(port->model, QStringLiteral("pcie-root-port"));
        QCOMPARE(port->origin, Origin::AddedByLibvirt);
        QVERIFY(port->parentAddress);
        const Occupant* nic = port->cells.value(0).occupant(0);
        QVERIFY(nic);
        QCOMPARE(nic->origin, Origin::AssignedByLibvirt);
        QVERIFY(nic->element != NoElement);

        const Topology& written = analysis->topology(Topology::View::Written);
        QVERIFY(!written.bus(1));
        QCOMPARE(written.unplaced().size(), 1);
        QVERIFY2(written.unplaced().first().note.contains(QStringLiteral("01:00.0")),
                 qPrintable(written.unplaced().first().note));
    }

    // GROW-1: an address on a bus that does not exist yet is kept by libvirt, which adds it.
    void addressOnABusLibvirtAdds() {
        const QString nic = QStringLiteral(
            "<interface type='network'><source network='default'/><model type='virtio'/>"
            "<address type='pci' domain='0x0000' bus='0x03' slot='0x00' function='0x0'/>"
            "</interface>");
        auto session = open(domain(QStringLiteral("q35"), nic));
        const auto analysis = session->analysis();
        const Topology& written = analysis->topology(Topology::View::Written);
        QCOMPARE(written.unplaced().size(), 1);
        QVERIFY2(written.unplaced().first().note.contains(QStringLiteral("GROW-1")),
                 qPrintable(written.unplaced().first().note));
        const Topology& defined = analysis->topology(Topology::View::Defined);
        QVERIFY(defined.unplaced().isEmpty());
        QVERIFY(defined.bus(3));
        QCOMPARE(defined.bus(3)->cells.value(0).occupant(0)->origin, Origin::Written);
    }

    // 00:00.0 is libvirt's "assign one" (ADDR-1): said, not silently dropped.
    void zeroAddressIsExplained() {
        const QString nic = QStringLiteral(
            "<interface type='network'><source network='default'/><model type='virtio'/>"
            "<address type='pci' domain='0x0000' bus='0x00' slot='0x00' function='0x0'/>"
            "</interface>");
        auto session = open(domain(QStringLiteral("q35"), nic));
        const Topology& written = session->analysis()->topology(Topology::View::Written);
        QCOMPARE(written.unplaced().size(), 1);
        QVERIFY2(written.unplaced().first().note.contains(QStringLiteral("ADDR-1")),
                 qPrintable(written.unplaced().first().note));
    }

    // The status bar, `show` and the HP-5 warning read one number.
    void headroomIsOneNumber() {
        auto session = open(domain(QStringLiteral("q35"), VirtioNic));
        const auto analysis = session->analysis();
        const Headroom h = analysis->headroom();
        QCOMPARE(analysis->topology(Topology::View::Written).headroom().pciePorts, h.pciePorts);
        QCOMPARE(hasCode(analysis->diagnostics(), QStringLiteral("pci.hotplug.no-headroom")),
                 h.pciePorts == 0);
    }

    // A waived warning is kept in <metadata> under pcitopo's namespace, reported as waived,
    // restorable, and both are one undo step; errors cannot be waived.
    void waiversRoundTrip() {
        auto session = std::make_unique<DocumentSession>();
        DocumentError loadError;
        QVERIFY(session->open(
            QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/q35-desktop.xml"), &loadError));
        const QByteArray original = session->document().toBytes();
        const auto find = [&] {
            for (const Diagnostic& d : session->analysis()->diagnostics())
                if (d.code == u"pci.hotplug.no-headroom")
                    return d;
            return Diagnostic{};
        };
        const Diagnostic warning = find();
        QCOMPARE(warning.code, QStringLiteral("pci.hotplug.no-headroom"));
        QVERIFY(!warning.waived);
        QVERIFY(session->execute(std::make_unique<WaiveCommand>(session->document(), warning)));
        QVERIFY(session->document().text().contains(
            QStringLiteral("xmlns:pcitopo=\"https://pcitopo.org/xmlns/1.0\"")));
        QVERIFY(find().waived);
        QVERIFY(!hasErrors(session->analysis()->diagnostics()));
        QVERIFY(
            session->execute(std::make_unique<RestoreWaivedCommand>(session->document(), find())));
        QVERIFY(!find().waived);
        session->undoStack()->undo();
        QVERIFY(find().waived);
        session->undoStack()->undo();
        QCOMPARE(session->document().toBytes(), original);

        Diagnostic error = warning;
        error.severity = Severity::Error;
        QString refusal;
        QVERIFY(!session->execute(std::make_unique<WaiveCommand>(session->document(), error),
                                  &refusal));
        QVERIFY(!refusal.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
