#pragma once

// The PCI topology of a domain as the views see it: buses (one per PCI controller index, plus
// the implicit root and libvirt's gap-filled buses), their slot cells, what sits in each
// function, the hotplug state of every slot, the guest-visible bus numbers and the headroom.
//
//     DeviceInventory inv = DeviceInventory::read(document);
//     Topology topo = Topology::build(inv, RuleTable::builtin());
//     for (const Bus& bus : topo.buses()) ...
//
// Every rule (slot ranges, bus flags, hotplug, reserved chipset functions) comes from the rule
// table; this class only arranges the document's facts around them. It is a value: cheap to
// rebuild after every edit (DocumentSession caches one per document revision).

#include "document/device.h"
#include "rules/ruletable.h"
#include "topology/origin.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pcitopo {

// The icon a device chip carries (ui.md "Devices"); names match resources/icons/<name>.svg.
enum class IconClass {
    Network,
    Disk,
    Display,
    Sound,
    Usb,
    Storage,
    Passthrough,
    Balloon,
    Rng,
    Watchdog,
    Input,
    Controller,
    Other
};
QString iconClassName(IconClass icon); // "network", "disk", …

// §7 of pci-rules.md, per slot.
enum class HotplugState {
    Hotpluggable,    // HP-1: the bus offers hotplug in this slot
    NotHotpluggable, // HP-2: pcie-root, dmi-to-pci-bridge, upstream port, pxb-pcie, slot < min
    HotplugOff,      // HP-3: hotplug='off' on pci-root / root port / downstream port
};
QString hotplugStateName(HotplugState state); // "hotplug", "no-hotplug", "hotplug-off"

// One function of a slot and what occupies it.
struct Occupant {
    int function = 0;
    int deviceIndex = -1;          // into Topology::inventory().devices; -1 for a chipset function
    ElementId element = NoElement; // the device element (NoElement for chipset functions)
    QString label;                 // "virtio-net 52:54:…:58", "ISA/LPC bridge"
    IconClass icon = IconClass::Other;
    int childBus = -1;     // controller index when the occupant is a PCI controller
    bool chipset = false;  // a reserved function of the machine (§4), not a document device
    bool conflict = false; // another occupant claims the same function
    Origin origin = Origin::Written;

    // libvirt will put it here (an address it assigns, a controller or device it adds).
    bool planned() const { return isPlanned(origin); }
};

struct Slot {
    int slot = 0;
    bool usable = true;     // inside the bus's slot range (slot 0 of a root or bridge is not)
    QString unusableReason; // "host bridge", "SHPC" …
    HotplugState hotplug = HotplugState::NotHotpluggable;
    QList<Occupant> functions; // sorted by function; conflicts appear twice

    bool isFree() const { return usable && functions.isEmpty(); }
    bool isMultifunction() const;
    const Occupant* occupant(int function) const; // first occupant of that function or nullptr
};

struct Bus {
    int index = 0;                 // the XML controller index (what <address bus=…> means)
    QString model;                 // "pcie-root-port", …
    int deviceIndex = -1;          // the controller in the inventory; -1 when implicit
    ElementId element = NoElement; // the <controller> element; NoElement when implicit
    bool implicit = false;         // libvirt adds it: the root (IDX-2) or a gap (IDX-4)
    ConnectFlags flags;            // bus-side connect flags from the rule table (HP-3 applied)
    bool hotplugOff = false;       // <target hotplug='off'/>
    int minSlot = 0;
    int maxSlot = -1;
    QList<Slot> cells;                       // cells 0…maxSlot (below minSlot: usable=false)
    std::optional<PciAddress> parentAddress; // where the controller sits (absent: unplaced/root)
    int parentBus = -1;                      // index of the bus it sits on, when that exists
    QList<int> childBuses;                   // indexes of controllers sitting on this bus
    int guestBusNumber = -1;                 // BUSNR-1 approximation; -1 when not reachable
    std::optional<int> numaNode;             // an expander's <node>, inherited by its subtree
    bool isExpander = false;                 // pxb / pxb-pcie: a root bus of its own
    int depth = 0;                           // 0 for root buses
    Origin origin = Origin::Written;         // Implicit: root or gap; AddedByLibvirt: planned

    bool planned() const { return isPlanned(origin); }

    bool isRoot() const { return index == 0; }
    const Slot* slot(int number) const;
    QString displayName() const; // "pcie-root-port" style short name
};

// A device that wants a PCI address but has none (ADDR-1), or whose address names a bus or
// slot that does not exist here (GROW-1: libvirt would create the bus).
struct UnplacedDevice {
    int deviceIndex = -1;
    ElementId element = NoElement;
    QString label;
    IconClass icon = IconClass::Other;
    std::optional<PciAddress> address; // set when the address points nowhere
    QString note; // why it is not drawn in a cell: "libvirt adds bus 3 (GROW-1)", …
};

// Empty hotpluggable places, counted for the status bar (HP-5's "hotplug reserve").
struct Headroom {
    int pciePorts = 0; // empty root/downstream ports with hotplug on
    int pciSlots = 0;  // empty cells on hotpluggable buses that accept PCI devices
};

class Topology {
public:
    // As written. With libvirt's `placement` of the same inventory and View::Defined, as
    // libvirt will define it: the addresses it assigns, the controllers and devices it adds, as
    // planned items. With a placement, the headroom is always the defined domain's (one number)
    // and unplaced devices say where libvirt puts them.
    enum class View { Written, Defined };
    static Topology build(const DeviceInventory& inventory, const RuleTable& rules,
                          const LibvirtPlacement* placement = nullptr, View view = View::Written);
    View view() const { return m_view; }
    bool hasPlanned() const { return m_hasPlanned; }

    Machine machine() const { return m_machine; }
    const DeviceInventory& inventory() const { return m_inventory; }
    const RuleTable& rules() const { return *m_rules; }

    const QList<Bus>& buses() const { return m_buses; } // ascending index
    const Bus* bus(int index) const;                    // nullptr when absent
    const Bus* rootBus() const { return bus(0); }
    QList<int> rootBuses() const; // index 0 first, then expander buses by guest bus number
    const QList<UnplacedDevice>& unplaced() const { return m_unplaced; }
    Headroom headroom() const { return m_headroom; }

    // Where a device sits: {bus, slot, function} when it is shown in a cell.
    std::optional<PciAddress> placementOf(int deviceIndex) const;
    int deviceIndexOf(ElementId element) const; // -1 when not a device element

    // The chip text and icon of a device (ui.md: `virtio-net 52:54:…:58`, `virtio-blk vda`).
    static QString labelFor(const Device& device, const RuleTable& rules, Machine machine);
    static IconClass iconFor(const Device& device);

private:
    friend class TopologyBuilder;
    Topology() = default;

    Machine m_machine = Machine::Pc;
    const RuleTable* m_rules = nullptr;
    DeviceInventory m_inventory;
    QList<Bus> m_buses;
    QHash<int, int> m_busPosition; // index → position in m_buses
    QList<UnplacedDevice> m_unplaced;
    QHash<int, PciAddress> m_placement; // deviceIndex → shown address
    QHash<ElementId, int> m_deviceOfElement;
    Headroom m_headroom;
    View m_view = View::Written;
    bool m_hasPlanned = false;
};

} // namespace pcitopo
