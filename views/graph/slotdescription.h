#pragma once

#include "topology/dropverdict.h"

#include <QCoreApplication>

namespace pcitopo {

// Slot cells and verdicts in words: what a screen reader says for a cell of the graph and what
// the "Move to…" picker lists, e.g. "bus 3, pcie-root-port, slot 0, empty, hotpluggable".
class SlotDescription {
    Q_DECLARE_TR_FUNCTIONS(SlotDescription)
public:
    // lastSlot > slot: a collapsed run of free cells ("slots 5 to 31").
    static QString describe(const Topology& topology, int bus, int slot, int lastSlot = -1);
    // "can take it, hotpluggable" / "can take it, not hotpluggable" / "cannot take it", then the
    // verdict's reason.
    static QString describeVerdict(const SlotVerdict& verdict);
    static QString hotplugText(HotplugState state);
};

} // namespace pcitopo
