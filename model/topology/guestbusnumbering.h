#pragma once

#include "topology.h"

namespace pcitopo {

// BUSNR-1: the bus number the guest sees behind each XML bus, for the domain as libvirt will
// define it (libvirt's placement first: the buses and addresses it adds move numbers), numbered
// as the firmware does (model/guest/guestnumbering.h). Buses the firmware never reaches, and
// buses libvirt would not keep, get -1.
class GuestBusNumbering {
public:
    static void assign(QList<Bus>& buses, const DeviceInventory& inventory, const RuleTable& rules);
};

} // namespace pcitopo
