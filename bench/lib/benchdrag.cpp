// The editor's interactive paths, headless: every cell's drag verdict, and the topology refresh
// after an edit.
#include "benchmarks_p.h"

#include "document/device.h"
#include "layout/topologylayout.h"
#include "topology/dropverdict.h"

namespace pcitopo::bench {

namespace {

constexpr double dragTargetMs = 2;

BenchResult timeVerdicts(BenchResult result, const Topology& topology, const DropCandidate& what,
                         const BenchOptions& options) {
    qsizetype cells = 0;
    result.pcitopo =
        medianOf(options.fastRuns, [&] { cells = allVerdicts(topology, what).size(); });
    result.target = QStringLiteral("< %1 ms").arg(dragTargetMs);
    result.passed = result.pcitopo.wallMs < dragTargetMs;
    result.detail = QStringLiteral("%1 cells, median of %2").arg(cells).arg(result.pcitopo.runs);
    return result;
}

} // namespace

BenchResult benchDragVerdicts(const BenchDomain& domain, const QString& paletteId,
                              const BenchOptions& options) {
    BenchResult result = BenchResult::named(
        QStringLiteral("drag-verdicts-") + paletteId,
        QStringLiteral("every cell's verdict for %1, %2").arg(paletteId, domain.description));
    const std::optional<DomainDocument> document = loadBenchDomain(domain, &result);
    if (!document)
        return result;
    const Topology topology =
        Topology::build(DeviceInventory::read(*document), RuleTable::builtin());
    return timeVerdicts(result, topology, DropCandidate::paletteEntry(paletteId), options);
}

BenchResult benchDragMove(const BenchDomain& domain, const BenchOptions& options) {
    BenchResult result = BenchResult::named(
        QStringLiteral("drag-verdicts-move"),
        QStringLiteral("every cell's verdict for moving the NIC on bus 1, ") + domain.description);
    const std::optional<DomainDocument> document = loadBenchDomain(domain, &result);
    if (!document)
        return result;
    const Topology topology =
        Topology::build(DeviceInventory::read(*document), RuleTable::builtin());
    const Bus* bus = topology.bus(1);
    const auto* nic = bus && !bus->cells.isEmpty() ? bus->cells[0].occupant(0) : nullptr;
    if (!nic) {
        result.detail = QStringLiteral("the domain has no device on bus 1 slot 0");
        return result;
    }
    return timeVerdicts(result, topology, DropCandidate::existingDevice(nic->deviceIndex), options);
}

BenchResult benchTopology(const BenchDomain& domain, const BenchOptions& options) {
    BenchResult result =
        BenchResult::named(QStringLiteral("topology"),
                           QStringLiteral("inventory + topology + layout, ") + domain.description);
    const std::optional<DomainDocument> document = loadBenchDomain(domain, &result);
    if (!document)
        return result;
    const RuleTable& rules = RuleTable::builtin();
    const int runs = std::max(options.runs, options.fastRuns / 10);
    result.pcitopo = medianOf(runs, [&] {
        TopologyLayout::compute(Topology::build(DeviceInventory::read(*document), rules));
    });
    const DeviceInventory inventory = DeviceInventory::read(*document);
    const Timing read = medianOf(runs, [&] { DeviceInventory::read(*document); });
    const Timing build = medianOf(runs, [&] { Topology::build(inventory, rules); });
    const Topology topology = Topology::build(inventory, rules);
    const Timing layout = medianOf(runs, [&] { TopologyLayout::compute(topology); });
    result.detail =
        QStringLiteral("%1 devices, %2 buses: inventory %3 + build %4 + layout %5")
            .arg(inventory.devices.size())
            .arg(topology.buses().size())
            .arg(formatMs(read.wallMs), formatMs(build.wallMs), formatMs(layout.wallMs));
    return result;
}

} // namespace pcitopo::bench
