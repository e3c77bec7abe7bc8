#pragma once

// The name systemd's udev (net_id builtin, src/udev/udev-builtin-net_id.c; naming scheme v252,
// Debian 12) gives a PCI NIC, by the NamePolicy order of 99-default.link: onboard, slot, path.
//
//  - eno<N>: the device has <acpi index='N'/> (QEMU's acpi-index: the guest reads it from the
//    PCI slot's ACPI _DSM as acpi_index; 1…16383).
//  - ens<N>[f<fn>]: the device's slot has a hotplug slot number N > 0 under /sys/bus/pci/slots.
//    QEMU's ACPI PCI hotplug gives every hotpluggable slot an _SUN equal to its slot number.
//    On pc (with <features><acpi/>), the slots of pci-root carry them, so a NIC at 00:03.0 is
//    ens3. A bridge's slot numbers repeat bus 0's, and the kernel names such duplicates "3-1",
//    which net_id cannot read, so devices behind bridges get path names. On q35 a root or switch
//    port's device sits in slot 0, and _SUN 0 (or PCIe's physical slot 0) is not a name: path.
//  - enp<bus>s<slot>[f<fn>]: the guest bus and slot in decimal; f<fn> when the function is not 0
//    or the device is multifunction.
// Not modelled: dev_port/phys_port_name (one port per function is assumed), PCI domains > 0,
// a device's own SR-IOV functions, and a guest with predictable names turned off.

#include "document/pciaddress.h"
#include "rules/ruletable.h"

#include <QString>
#include <optional>

namespace pcitopo {

struct NetNameFacts {
    Machine machine = Machine::Pc;
    bool acpi = false;             // <features><acpi/>
    std::optional<int> acpiIndex;  // <acpi index='N'/>
    PciAddress guestAddress;       // where the guest sees the NIC
    bool onRootBus = false;        // the XML bus is pci-root / pcie-root
    bool slotHotpluggable = false; // the bus offers hotplug in that slot
};

QString predictLinuxNetName(const NetNameFacts& facts);

} // namespace pcitopo
