#pragma once

// A faithful simulation of libvirt 9.0's PCI address assignment
// (qemu/qemu_domain_address.c:qemuDomainAssignPCIAddresses, pci-rules.md §5), address for address.
//
//     DeviceInventory inv = DeviceInventory::read(doc);
//     LibvirtPlacement p = placeLikeLibvirt(inv, RuleTable::builtin(), &doc);
//     if (p.refused()) report(p.errors);          // libvirt's exact messages, per device
//     QList<TextSplice> edits = applyPlacement(doc, p);   // see applyplacement.h
//
// The result describes the domain as libvirt would write it back: the PCI address of every device
// (explicit ones unchanged, GROW-2 moves flagged), every PCI controller with its defaults, the
// devices libvirt adds by itself (ORD-1), and the full bus set with slot occupancy.
// Unlike libvirt, the simulation keeps going after an error so that all problems are reported.

#include "document/device.h"
#include "placement/hostpciprobe.h"
#include "rules/ruletable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <functional>
#include <optional>

namespace pcitopo {

class DomainDocument;

// Who a result entry is about.
enum class DeviceOrigin {
    Inventory,       // DeviceInventory::devices[index]
    Implicit,        // LibvirtPlacement::implicitDevices[index] (ORD-1, implicit controllers/video)
    AddedController, // a PCI controller libvirt added (gap filling, growth): index = its PCI index
    Chipset,         // a function reserved for the chipset (q35 1f.0/1f.3, pc 01.0/01.3); index -1
};

struct DeviceRef {
    DeviceOrigin origin = DeviceOrigin::Inventory;
    int index = -1;
    bool operator==(const DeviceRef& o) const { return origin == o.origin && index == o.index; }
};

struct PlacementError {
    QString message;               // libvirt's message, prefix included ("XML error: …")
    QString ruleKey;               // pci-rules.md key
    DeviceRef device;              // the device concerned (index -1 when none)
    ElementId element = NoElement; // its element, for inventory devices
    SourceLocation location;       // its address (or element) location
};

// The final PCI address of a device (inventory or implicit).
struct PlacedAddress {
    DeviceRef device;
    PciAddress address;
    bool assigned = false;         // libvirt chose it (the XML had none or a "wanted" one)
    bool moved = false;            // GROW-2: an explicit address whose bus libvirt raised
    bool multifunctionSet = false; // MF-1: libvirt added multifunction='on'
};

// A PCI controller as libvirt ends up with it (existing, implicit root, or added).
struct PciControllerInfo {
    DeviceRef device;
    int index = 0;
    QString model;
    QString modelName; // final <model name>
    std::optional<PciAddress> address;
    std::optional<int> chassisNr, chassis, port, busNr;
    bool hotplugOff = false;
    // Which values libvirt filled in (absent from the XML): what applyPlacement writes.
    bool modelNameDefaulted = false;
    bool chassisNrDefaulted = false;
    bool chassisDefaulted = false;
    bool portDefaulted = false;
    bool busNrDefaulted = false;
};

// A device libvirt adds by itself: USB 0, q35 SATA 0, the root bus, the memballoon, implicit disk
// controllers and virtio-serial, the default video.
struct ImplicitDevice {
    QString elementName; // "controller", "memballoon", "video"
    QString type;        // controller type
    QString model;       // controller model, memballoon model, video model type
    int index = -1;      // controller index
    std::optional<PciAddress> address;
    QString ruleKey = QStringLiteral("ORD-1");
    // The element as libvirt writes it (with its address when it has one).
    QString toXml() const;
};

struct SlotUse {
    int slot = 0;
    int function = 0;
    DeviceRef device;
};

struct PlacedBus {
    int index = 0;
    QString model;
    ConnectFlags flags; // bus-side flags (hotplug off removes HOTPLUGGABLE)
    int minSlot = 0;
    int maxSlot = 31;
    QList<SlotUse> uses;              // every occupied function, in slot/function order
    std::array<bool, 32> aggregate{}; // AGG-1 marks
};

struct LibvirtPlacement {
    Machine machine = Machine::Pc;
    QList<PlacementError> errors;
    QList<PlacedAddress> addresses;       // every device with a PCI address at the end (append
                                          // through appendAddress, so addressOf finds it)
    QList<PciControllerInfo> controllers; // every PCI controller, by index
    QList<ImplicitDevice> implicitDevices;
    QList<PlacedBus> buses; // by index
    // IDX-3: the index libvirt gives each controller written without one (inventory index →
    // controller index); applyPlacement writes it.
    QHash<int, int> assignedIndexes;
    // Inventory devices whose <address> libvirt discards (<memballoon model='none'>).
    QList<int> droppedAddresses;
    // The element of each inventory device, as read (applyPlacement edits through these).
    QList<ElementId> inventoryElements;

    bool refused() const { return !errors.isEmpty(); }
    void appendAddress(const PlacedAddress& placed);
    // By hash: the topology, the guest view and the checks look up every device (a linear
    // search made 100,000 devices quadratic).
    const PlacedAddress* addressOf(DeviceRef device) const;
    const PlacedAddress* addressOfDevice(int inventoryIndex) const {
        return addressOf({DeviceOrigin::Inventory, inventoryIndex});
    }
    const PciControllerInfo* controller(int index) const;
    QList<const PciControllerInfo*> addedControllers() const;

private:
    static quint64 keyOf(DeviceRef device) {
        return (quint64(device.origin) << 32) | quint32(device.index);
    }
    QHash<quint64, qsizetype> m_addressAt; // DeviceRef key → its first row in `addresses`
};

struct LibvirtPlacementOptions {
    // §8.8: whether a <hostdev type='pci'>'s host device is PCI Express (nullopt: unknown, which
    // libvirt treats as PCIe). Default: the local sysfs, read as libvirtd reads it, so the result
    // is libvirt's when pcitopo runs on the VM host. Set to a function returning nullopt to model
    // a remote host.
    std::function<std::optional<bool>(const PciAddress& host)> hostDeviceIsExpress =
        probeLocalHostPciDevice;
};

// Simulates define-time assignment. `document` (optional) supplies what the inventory does not
// type: drive-address controller numbers (implicit disk controllers) and USB <master> elements.
LibvirtPlacement placeLikeLibvirt(const DeviceInventory& inventory, const RuleTable& rules,
                                  const DomainDocument* document = nullptr,
                                  const LibvirtPlacementOptions& options = {});

} // namespace pcitopo
