#include "guestbusnumbering.h"

#include "guest/guestnumbering.h"
#include "placement/libvirtplacement.h"

namespace pcitopo {

void GuestBusNumbering::assign(QList<Bus>& buses, const DeviceInventory& inventory,
                               const RuleTable& rules, const LibvirtPlacement* placement) {
    const GuestNumbering numbering = GuestNumbering::compute(GuestPciLayout::fromPlacement(
        placement ? *placement : placeLikeLibvirt(inventory, rules), rules));
    for (Bus& bus : buses)
        bus.guestBusNumber = numbering.guestBus(bus.index);
}

} // namespace pcitopo
