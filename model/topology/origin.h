#pragma once

#include <QString>

namespace pcitopo {

struct LibvirtPlacement;

// Where a bus or an occupant of the topology comes from. Every consumer asks this instead of
// comparing the written XML with libvirt's placement again.
enum class Origin {
    Written,           // in the XML, with its address
    AssignedByLibvirt, // in the XML without an address: libvirt will assign this one
    AddedByLibvirt,    // a controller (dry run, growth) or a device (ORD-1) libvirt will add
    Implicit,          // the root bus, an IDX-4 gap bus: drawn as written, too
    Chipset,           // a function the machine itself uses (§4)
};

// "written", "assigned-by-libvirt", "added-by-libvirt", "implicit", "chipset" (show --format json).
QString originName(Origin origin);

// Not in the file yet: libvirt puts it there at define.
inline bool isPlanned(Origin origin) {
    return origin == Origin::AssignedByLibvirt || origin == Origin::AddedByLibvirt;
}

} // namespace pcitopo
