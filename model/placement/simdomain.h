#pragma once

// The domain as libvirt's qemu driver sees it when it assigns PCI addresses: the devices of the
// inventory after post-parse (IDX-3 indexes, default models, ORD-1 implicit devices, ORD-2
// controller order, ORD-3 primary video), each with its connect flags (§1.2).

#include "placement/libvirtplacement.h"

#include <QList>

namespace pcitopo {

struct SimDevice {
    DeviceRef ref;
    Device device;  // as read (synthesised for implicit devices)
    QString model;  // effective model after libvirt's defaults
    int index = -1; // controller index after IDX-3
    ConnectFlags flags;
    std::optional<PciAddress> address; // PCI address (type pci), possibly "wanted"
    bool otherAddress = false;         // an <address> of another type
    bool unassigned = false;           // hostdev <address type='unassigned'>
    bool hotplugOff = false;
    bool usbCompanion = false; // a USB controller with <master>
    int driveController = 0;   // disks/hostdevs: drive address controller

    bool isController(QStringView t) const { return device.isController(t); }
    bool isPciController() const { return isController(u"pci"); }
    // virDeviceInfoPCIAddressIsPresent
    bool addressPresent() const { return address && !address->isWanted(); }
    // virDeviceInfoPCIAddressIsWanted
    bool addressWanted() const { return !otherAddress && !addressPresent(); }
    bool hasNoAddress() const { return !otherAddress && !address; }
};

struct SimDomain {
    Machine machine = Machine::Pc;
    QList<SimDevice> devices;
    // libvirt's per-kind lists, as indexes into `devices`, in libvirt's order.
    QList<int> controllers, disks, nets, sounds, hostdevs, videos, fss, inputs, serials, watchdogs,
        memballoons, rngs, shmems, iommus, vsocks, memories;
    QList<ImplicitDevice> implicitDevices;
    QList<PlacementError> errors;
    QList<int> ignoredAddresses; // inventory devices whose <address> libvirt discards

    int findController(QStringView type, int index) const; // into `devices`, -1 if none
    int maxPciIndex() const;
    bool hasPcieRoot() const;
    // Device iteration order of virDomainDeviceInfoIterate (§5.3 step 2).
    QList<int> iterationOrder() const;
};

SimDomain buildSimDomain(const DeviceInventory& inventory, const RuleTable& rules,
                         const DomainDocument* document, const LibvirtPlacementOptions& options);

} // namespace pcitopo
