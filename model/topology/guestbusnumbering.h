#pragma once

#include "topology.h"

namespace pcitopo {

// BUSNR-1: the bus numbers a guest sees, approximated the way SeaBIOS/OVMF enumerate:
// depth-first from bus 0, every bridge-like controller (root port, switch port, any PCI bridge)
// takes the next number when it is reached, in slot/function order of its parent bus. An
// expander (pxb / pxb-pcie) is a root bus of its own: it starts its range at its busNr (the
// written one, or libvirt's default: the lowest busNr of any controller, or 256, minus 2 per
// expander in index order) and numbers its subtree from there. Not modelled: firmware that
// skips empty bridges, overlapping ranges (open question 3), unplaced or gap-filled buses
// (they get -1).
class GuestBusNumbering {
public:
    static void assign(QList<Bus>& buses, const QHash<int, int>& position,
                       const DeviceInventory& inventory);
};

} // namespace pcitopo
