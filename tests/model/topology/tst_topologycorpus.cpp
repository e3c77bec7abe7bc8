// Differential: libvirt's own output (corpus expected/*.xml, domains libvirt accepted and QEMU
// started) is a fully addressed topology. pcitopo must see every PCI device placed, no address
// used twice, and every device's own place as a legal drop target (libvirt accepted it there).
// Prints the figures and lists each disagreement.
#include "layout/topologylayout.h"
#include "topology/dropverdict.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace pcitopo;

namespace {

struct Row {
    QString expected; // path of libvirt's output
};

QList<Row> acceptedAndStarted(const QString& folder) {
    QList<Row> rows;
    QFile file(folder + QStringLiteral("/verdicts.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (row.value(QStringLiteral("ok")).toBool() &&
            row.value(QStringLiteral("start")).toString() == u"ok")
            rows.append({folder + u'/' + row.value(QStringLiteral("expected")).toString()});
    }
    return rows;
}

// The disagreements of one domain, as lines.
QStringList disagreements(const Topology& topo) {
    QStringList problems;
    for (const UnplacedDevice& u : topo.unplaced())
        problems << QStringLiteral("unplaced %1%2")
                        .arg(u.label, u.address ? u' ' + u.address->toShortString() : QString());
    for (const Bus& bus : topo.buses())
        for (const Slot& slot : bus.cells)
            for (const Occupant& o : slot.functions) {
                const PciAddress at{0, bus.index, slot.slot, o.function, std::nullopt};
                if (o.conflict)
                    problems
                        << QStringLiteral("conflict at %1: %2").arg(at.toShortString(), o.label);
                if (o.deviceIndex < 0)
                    continue;
                const SlotVerdict v =
                    verdictForDrop(topo, DropCandidate::existingDevice(o.deviceIndex), bus.index,
                                   slot.slot, o.function);
                if (!v.isLegal())
                    problems << QStringLiteral("%1 at %2 judged illegal: %3")
                                    .arg(o.label, at.toShortString(), v.reason);
            }
    return problems;
}

// Rows libvirt refused because of one explicit address it names ("… PCI address 0000:01:00.0 …").
struct Refusal {
    QString input;
    QString message;
    PciAddress address;
};

QList<Refusal> addressRefusals(const QString& folder) {
    static const QRegularExpression named(
        QStringLiteral("(double use|cannot be plugged|slot must be|integrated device).*"));
    static const QRegularExpression address(
        QStringLiteral("0000:([0-9a-f]{2}):([0-9a-f]{2})\\.([0-7])"));
    QList<Refusal> rows;
    QFile file(folder + QStringLiteral("/verdicts.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        const QString error = row.value(QStringLiteral("error")).toString();
        const QRegularExpressionMatch at = address.match(error);
        if (row.value(QStringLiteral("ok")).toBool() || !named.match(error).hasMatch() ||
            !at.hasMatch())
            continue;
        rows.append(
            {folder + u'/' + row.value(QStringLiteral("file")).toString(), error,
             PciAddress{0, at.captured(1).toInt(nullptr, 16), at.captured(2).toInt(nullptr, 16),
                        at.captured(3).toInt(nullptr, 16), std::nullopt}});
    }
    return rows;
}

// Whether a device written at the refused address is judged illegal there; nullopt when no
// device is written there (libvirt moved it first, GROW-2).
std::optional<bool> judgedIllegal(const Refusal& refusal) {
    DocumentError error;
    const std::optional<DomainDocument> doc = DomainDocument::fromFile(refusal.input, &error);
    if (!doc)
        return std::nullopt;
    const Topology topo = Topology::build(DeviceInventory::read(*doc), RuleTable::builtin());
    std::optional<bool> illegal;
    const QList<Device>& devices = topo.inventory().devices;
    for (int i = 0; i < devices.size(); ++i) {
        const std::optional<PciAddress>& at = devices[i].pciAddress;
        if (!at || !at->sameSlot(refusal.address) || at->function != refusal.address.function)
            continue;
        const SlotVerdict v =
            verdictForDrop(topo, DropCandidate::existingDevice(i), at->bus, at->slot, at->function);
        illegal = illegal.value_or(false) || !v.isLegal();
    }
    return illegal;
}

} // namespace

class TestTopologyCorpus : public QObject {
    Q_OBJECT

private slots:
    void libvirtOutputIsAConsistentTopology();
    void placesLibvirtRefusesAreIllegalDrops();
};

void TestTopologyCorpus::placesLibvirtRefusesAreIllegalDrops() {
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR);
    QList<Refusal> rows;
    for (const char* folder :
         {"corpus/libvirt-tests", "corpus/generated", "corpus/generated-traps", "pci-rules-cases"})
        rows += addressRefusals(shared + u'/' + QLatin1String(folder));
    if (rows.isEmpty())
        QSKIP("the shared corpus (PCITOPO_SHARED_DIR) is not available");
    int judged = 0;
    int illegal = 0;
    QStringList report;
    for (const Refusal& row : rows) {
        const std::optional<bool> verdict = judgedIllegal(row);
        if (!verdict)
            continue;
        ++judged;
        if (*verdict)
            ++illegal;
        else
            report << QDir(shared).relativeFilePath(row.input) + QStringLiteral(": ") + row.message;
    }
    qInfo("refused places judged illegal %d/%d (%lld refusals name an address)", illegal, judged,
          qlonglong(rows.size()));
    for (const QString& line : report)
        qInfo("  %s", qPrintable(line));
    QCOMPARE(report.size(), 0);
}

void TestTopologyCorpus::libvirtOutputIsAConsistentTopology() {
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR);
    QList<Row> rows;
    for (const char* folder :
         {"corpus/libvirt-tests", "corpus/generated", "corpus/generated-traps", "pci-rules-cases"})
        rows += acceptedAndStarted(shared + u'/' + QLatin1String(folder));
    if (rows.isEmpty())
        QSKIP("the shared corpus (PCITOPO_SHARED_DIR) is not available");
    int agree = 0;
    int devices = 0;
    QStringList report;
    for (const Row& row : rows) {
        DocumentError error;
        const std::optional<DomainDocument> doc = DomainDocument::fromFile(row.expected, &error);
        QVERIFY2(doc, qPrintable(error.toString()));
        const Topology topo = Topology::build(DeviceInventory::read(*doc), RuleTable::builtin());
        TopologyLayout::compute(topo); // must not fail on any real domain
        devices += int(topo.inventory().devices.size());
        const QStringList problems = disagreements(topo);
        if (problems.isEmpty())
            ++agree;
        for (const QString& p : problems)
            report << QDir(shared).relativeFilePath(row.expected) + QStringLiteral(": ") + p;
    }
    qInfo("consistent topologies %d/%lld (%d devices)", agree, qlonglong(rows.size()), devices);
    for (const QString& line : report)
        qInfo("  %s", qPrintable(line));
    QCOMPARE(report.size(), 0);
}

QTEST_GUILESS_MAIN(TestTopologyCorpus)
#include "tst_topologycorpus.moc"
