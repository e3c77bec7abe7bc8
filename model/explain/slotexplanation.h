#pragma once

// "Why?" on a slot of the graph: what the slot is (bus, model, guest bus, hotplug) and the
// Explainer's text for what sits in it — the device's answer for this bus ("e1000 into
// pcie-root-port on q35: only with an explicit address, hotpluggable") — or, for a free slot,
// the bus model's explanation. Headless, so the GUI and the tests share it.

#include "explain/explainer.h"
#include "topology/topology.h"

namespace pcitopo {

// function: the chip's function when the user asked about a chip; -1 for the slot itself.
Explanation explainSlot(const Topology& topology, int bus, int slot, int function = -1);

} // namespace pcitopo
