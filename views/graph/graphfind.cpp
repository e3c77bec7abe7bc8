#include "graphfind.h"

#include "topology/topology.h"

namespace pcitopo {

namespace {
bool matches(const QString& haystack, const QString& needle) {
    return haystack.contains(needle, Qt::CaseInsensitive);
}
} // namespace

QList<FindHit> findInTopology(const Topology& topology, const QString& needle) {
    QList<FindHit> hits;
    const QString text = needle.trimmed();
    if (text.isEmpty())
        return hits;
    for (const Bus& bus : topology.buses()) {
        const QString busText = QStringLiteral("%1 index %2 guest bus 0x%3")
                                    .arg(bus.model)
                                    .arg(bus.index)
                                    .arg(bus.guestBusNumber, 2, 16, QLatin1Char('0'));
        if (bus.element != NoElement && matches(busText, text))
            hits.append(
                {bus.element, QStringLiteral("%1 (index %2)").arg(bus.model).arg(bus.index)});
        for (const Slot& slot : bus.cells)
            for (const Occupant& occupant : slot.functions) {
                if (occupant.element == NoElement || occupant.childBus >= 0)
                    continue; // chipset functions; controllers are found as their bus
                const QString address = QStringLiteral("%1:%2.%3")
                                            .arg(bus.index, 2, 16, QLatin1Char('0'))
                                            .arg(slot.slot, 2, 16, QLatin1Char('0'))
                                            .arg(occupant.function);
                if (matches(occupant.label, text) || matches(address, text))
                    hits.append({occupant.element, address + u' ' + occupant.label});
            }
    }
    for (const UnplacedDevice& device : topology.unplaced())
        if (matches(device.label, text))
            hits.append({device.element, device.label});
    return hits;
}

} // namespace pcitopo
