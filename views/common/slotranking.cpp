#include "slotranking.h"

#include "topology/topology.h"

#include <algorithm>

namespace pcitopo {

namespace {
bool slotIsEmpty(const Topology& topology, const CellVerdict& cell) {
    const Bus* bus = topology.bus(cell.bus);
    const Slot* slot = bus ? bus->slot(cell.slot) : nullptr;
    return slot && slot->functions.isEmpty();
}
} // namespace

int placementRank(const Topology& topology, const CellVerdict& cell) {
    if (!cell.verdict.isLegal())
        return 4;
    const bool hotplug = cell.verdict.verdict == Verdict::LegalHotpluggable;
    const bool empty = slotIsEmpty(topology, cell);
    return (hotplug ? 0 : 2) + (empty ? 0 : 1);
}

void sortBestFirst(const Topology& topology, QList<CellVerdict>& cells) {
    std::stable_sort(cells.begin(), cells.end(),
                     [&topology](const CellVerdict& a, const CellVerdict& b) {
                         return placementRank(topology, a) < placementRank(topology, b);
                     });
}

const CellVerdict* bestFreeCell(const Topology& topology, const QList<CellVerdict>& cells) {
    const CellVerdict* best = nullptr;
    for (const CellVerdict& cell : cells)
        if (cell.verdict.isLegal() && slotIsEmpty(topology, cell) &&
            (!best || placementRank(topology, cell) < placementRank(topology, *best)))
            best = &cell;
    return best;
}

QString cellAddressText(const CellVerdict& cell) {
    const PciAddress& address = cell.verdict.address;
    if (address.function >= 0)
        return address.toShortString();
    return QStringLiteral("%1:%2")
        .arg(cell.bus, 2, 16, QLatin1Char('0'))
        .arg(cell.slot, 2, 16, QLatin1Char('0'));
}

} // namespace pcitopo
