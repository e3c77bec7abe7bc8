#pragma once

#include "placement/libvirtplacement.h"
#include "topology.h"

namespace pcitopo {

// BUSNR-1: the bus number the guest sees behind each XML bus, for the domain as libvirt will
// define it (libvirt's placement first: the buses and addresses it adds move numbers), numbered
// as the firmware does (model/guest/guestnumbering.h). Buses the firmware never reaches, and
// buses libvirt would not keep, get -1.
class GuestBusNumbering {
public:
    // `placement`: libvirt's placement of `inventory` when the caller has it (an Analysis), so
    // that the numbering costs no placement of its own.
    static void assign(QList<Bus>& buses, const DeviceInventory& inventory, const RuleTable& rules,
                       const LibvirtPlacement* placement = nullptr);
};

} // namespace pcitopo
