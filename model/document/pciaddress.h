#pragma once

#include <QString>
#include <optional>

namespace pcitopo {

// A PCI address as libvirt writes it: <address type='pci' domain= bus= slot= function=
// multifunction=/>. `bus` is the libvirt controller index, not the guest-visible bus number.
struct PciAddress {
    int domain = 0;
    int bus = 0;
    int slot = 0;
    int function = 0;
    std::optional<bool> multifunction; // absent when the XML does not say

    // ADDR-1: domain = bus = slot = 0 means "no address, assign one".
    bool isWanted() const { return domain == 0 && bus == 0 && slot == 0; }
    bool sameSlot(const PciAddress& o) const {
        return domain == o.domain && bus == o.bus && slot == o.slot;
    }
    bool operator==(const PciAddress& o) const {
        return domain == o.domain && bus == o.bus && slot == o.slot && function == o.function &&
               multifunction == o.multifunction;
    }

    // "00:05.0" (domain 0) or "0001:00:05.0"; libvirt's short notation used in pci-rules.md.
    QString toShortString() const;
    // "0000:00:05.0", as libvirt prints it in messages.
    QString toLibvirtString() const;
    // <address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/>, libvirt's
    // attribute order and hex widths; multifunction='on|off' only when set.
    QString toXmlElement() const;
};

} // namespace pcitopo
