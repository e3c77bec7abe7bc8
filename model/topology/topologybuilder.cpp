// Builds a Topology from the typed inventory: buses first (root, controllers, gaps), then every
// device into its cell, then the derived facts (depth, NUMA, guest bus numbers, headroom).
#include "guestbusnumbering.h"
#include "placement/libvirtplacement.h"
#include "topology.h"

#include <QSet>
#include <algorithm>

namespace pcitopo {

class TopologyBuilder {
public:
    TopologyBuilder(const DeviceInventory& inventory, const RuleTable& rules,
                    const LibvirtPlacement* placement, Topology::View view)
        : m_rules(rules), m_placement(placement),
          m_planned(placement && view == Topology::View::Defined) {
        m_topo.m_rules = &rules;
        m_topo.m_inventory = inventory;
        m_topo.m_machine = machineFromString(inventory.machine);
        m_topo.m_view = m_planned ? Topology::View::Defined : Topology::View::Written;
    }

    Topology build() {
        collectControllers();
        createBuses();
        addChipsetFunctions();
        placeDevices();
        finishSlots();
        linkBuses();
        GuestBusNumbering::assign(m_topo.m_buses, inventory(), m_rules, m_placement);
        countHeadroom();
        if (m_placement && !m_planned) // one number: the domain as libvirt will define it
            m_topo.m_headroom =
                TopologyBuilder(inventory(), m_rules, m_placement, Topology::View::Defined)
                    .build()
                    .headroom();
        return std::move(m_topo);
    }

private:
    const DeviceInventory& inventory() const { return m_topo.m_inventory; }

    // PCI controllers by index; a duplicate index keeps the first (the validator reports it).
    void collectControllers() {
        const QList<Device>& devices = inventory().devices;
        for (int i = 0; i < devices.size(); ++i) {
            const Device& d = devices[i];
            if (!d.isController(u"pci") || !d.index || *d.index < 0 || *d.index > 255)
                continue;
            if (!m_controllerOf.contains(*d.index))
                m_controllerOf.insert(*d.index, i);
            else
                m_duplicates.insert(i);
        }
    }

    void createBuses() {
        int writtenMax = 0;
        for (auto it = m_controllerOf.cbegin(); it != m_controllerOf.cend(); ++it)
            writtenMax = std::max(writtenMax, it.key());
        int maxIndex = writtenMax;
        if (m_planned)
            for (const PciControllerInfo& info : m_placement->controllers)
                if (info.index <= 255)
                    maxIndex = std::max(maxIndex, info.index);
        for (int index = 0; index <= maxIndex; ++index) {
            Bus bus;
            bus.index = index;
            const auto it = m_controllerOf.constFind(index);
            if (it != m_controllerOf.constEnd()) {
                const Device& d = inventory().devices[*it];
                bus.model = d.model;
                bus.deviceIndex = *it;
                bus.element = d.element;
                bus.hotplugOff = d.target.value(QStringLiteral("hotplug")) == u"off";
                if (const ControllerModelRule* rule = m_rules.controllerModel(d.model))
                    bus.isExpander = rule->deviceFlags.testAnyFlags(ConnectFlag::PciExpanderBus |
                                                                    ConnectFlag::PcieExpanderBus);
                if (d.targetNumaNode)
                    bus.numaNode = d.targetNumaNode->toInt();
            } else if (index > writtenMax) {
                const PciControllerInfo* info = m_placement->controller(index);
                if (!info)
                    continue;
                bus.origin = Origin::AddedByLibvirt; // the dry run's controllers (§5)
                bus.model = info->model;
                bus.hotplugOff = info->hotplugOff;
                if (const ControllerModelRule* rule = m_rules.controllerModel(info->model))
                    bus.isExpander = rule->deviceFlags.testAnyFlags(ConnectFlag::PciExpanderBus |
                                                                    ConnectFlag::PcieExpanderBus);
                m_topo.m_hasPlanned = true;
            } else {
                // IDX-2 / IDX-4: libvirt adds the root and fills gaps with the default model.
                bus.implicit = true;
                bus.origin = Origin::Implicit;
                bus.model = index == 0 ? m_rules.rootModel(m_topo.m_machine)
                                       : m_rules.defaultBusModel(m_topo.m_machine);
            }
            createSlots(bus);
            m_topo.m_busPosition.insert(index, m_topo.m_buses.size());
            m_topo.m_buses.append(std::move(bus));
        }
    }

    void createSlots(Bus& bus) const {
        bus.flags = m_rules.busFlags(bus.model, bus.hotplugOff);
        const bool canHotplug = m_rules.busFlags(bus.model, false) & ConnectFlag::Hotpluggable;
        const RuleTable::SlotRange range = m_rules.slotRange(bus.model);
        bus.minSlot = range.min;
        bus.maxSlot = range.max;
        for (int s = 0; s <= range.max; ++s) {
            Slot slot;
            slot.slot = s;
            slot.usable = s >= range.min;
            if (!slot.usable)
                slot.unusableReason = bus.index == 0 ? QStringLiteral("host bridge")
                                                     : QStringLiteral("bridge's own slot");
            if (slot.usable && (bus.flags & ConnectFlag::Hotpluggable))
                slot.hotplug = HotplugState::Hotpluggable;
            else if (slot.usable && canHotplug && bus.hotplugOff)
                slot.hotplug = HotplugState::HotplugOff;
            bus.cells.append(slot);
        }
    }

    // §4: functions of bus 0 the machine itself uses; "default" places are only preferences.
    void addChipsetFunctions() {
        Bus& root = m_topo.m_buses[0];
        for (const ReservedAddressRule& r : m_rules.reservedAddresses(m_topo.m_machine)) {
            if (r.behaviour == u"default" || r.slot < 0 || r.slot >= root.cells.size())
                continue;
            Occupant o;
            o.function = r.function;
            o.label = r.what;
            o.chipset = true;
            o.origin = Origin::Chipset;
            o.icon = IconClass::Other;
            if (r.behaviour != u"fixed" || fixedOwnerExists(r))
                m_chipset.append({r.slot, {o, r.behaviour == u"reserved"}});
        }
    }

    const Device* controllerOf(QStringView type, int index) const {
        for (const Device& d : inventory().devices)
            if (d.isController(type) && d.index.value_or(-1) == index)
                return &d;
        return nullptr;
    }

    // A "fixed" function exists only with its owner (§4): q35's SATA 0 always does (libvirt adds
    // it); pc's 01.2 belongs to a PIIX3 USB index 0, written or added by libvirt (RES-USB).
    bool fixedOwnerExists(const ReservedAddressRule& r) const {
        const MachineRule& machine = m_rules.machineRule(m_topo.m_machine);
        if (r.info.key == u"RES-SATA")
            return machine.implicitSata || controllerOf(u"sata", 0);
        if (r.info.key == u"RES-USB") {
            const Device* usb0 = controllerOf(u"usb", 0);
            const QString model = usb0 ? usb0->model : machine.implicitUsbModel;
            return model.isEmpty() || model == u"default" || model == machine.implicitUsbModel;
        }
        return true;
    }

    // A "fixed" or QEMU-occupied function belongs to the machine's primary controller (index 0:
    // SATA at q35 1f.2, IDE and USB at pc 01.1/01.2); when that controller is written there, it
    // is the occupant. Anything else there, or anything on a "reserved" function, is double use.
    bool isPrimaryControllerAt(const Slot& slot, int function) const {
        const Occupant* o = slot.occupant(function);
        if (!o || o->deviceIndex < 0)
            return false;
        const Device& d = inventory().devices[o->deviceIndex];
        return d.kind == DeviceKind::Controller && d.type != u"pci" && d.index.value_or(-1) == 0;
    }

    void placeDevices() {
        const QList<Device>& devices = inventory().devices;
        for (int i = 0; i < devices.size(); ++i) {
            m_topo.m_deviceOfElement.insert(devices[i].element, i);
            placeDevice(i, devices[i]);
        }
        for (const auto& [slotNumber, chipset] : m_chipset) {
            const auto& [occupant, alwaysReserved] = chipset;
            Slot& slot = m_topo.m_buses[0].cells[slotNumber];
            if (alwaysReserved || !isPrimaryControllerAt(slot, occupant.function))
                slot.functions.append(occupant);
        }
        if (m_planned)
            placeWhatLibvirtAdds();
    }

    void placeDevice(int deviceIndex, const Device& d) {
        const bool isBusController =
            d.isController(u"pci") && d.index && m_controllerOf.value(*d.index, -1) == deviceIndex;
        if (isBusController) {
            const ControllerModelRule* rule = m_rules.controllerModel(d.model);
            if (rule && rule->isRoot && *d.index == 0)
                return; // the root bus is the controller; it sits in no slot
        }
        std::optional<PciAddress> address = d.pciAddress;
        Origin origin = Origin::Written;
        const PlacedAddress* placed =
            m_placement ? m_placement->addressOfDevice(deviceIndex) : nullptr;
        if (!address || address->isWanted()) {
            const bool wantsPci =
                m_rules.connectionKind(d, m_topo.m_machine) != ConnectionKind::None;
            if (!m_planned || !placed) {
                if (wantsPci || m_duplicates.contains(deviceIndex))
                    addUnplaced(deviceIndex, d, address, placed);
                return;
            }
            address = placed->address; // ADDR-1: libvirt assigns it
            origin = Origin::AssignedByLibvirt;
            m_topo.m_hasPlanned = true;
        }
        Bus* bus = mutableBus(address->bus);
        if (!bus || address->domain != 0 || address->slot >= bus->cells.size() ||
            !bus->cells[address->slot].usable || address->function < 0 || address->function > 7) {
            addUnplaced(deviceIndex, d, address, placed);
            return;
        }
        Occupant o;
        o.origin = origin;
        o.function = address->function;
        o.deviceIndex = deviceIndex;
        o.element = d.element;
        o.label = Topology::labelFor(d, m_rules, m_topo.m_machine);
        o.icon = Topology::iconFor(d);
        if (isBusController) {
            o.childBus = *d.index;
            Bus& child = *mutableBus(*d.index);
            child.parentAddress = *address;
            child.parentBus = address->bus;
        }
        bus->cells[address->slot].functions.append(o);
        m_topo.m_placement.insert(deviceIndex, *address);
    }

    void addUnplaced(int deviceIndex, const Device& d, const std::optional<PciAddress>& address,
                     const PlacedAddress* placed) {
        UnplacedDevice u;
        u.deviceIndex = deviceIndex;
        u.element = d.element;
        u.label = Topology::labelFor(d, m_rules, m_topo.m_machine);
        u.icon = Topology::iconFor(d);
        u.address = address;
        u.note = unplacedNote(address, placed);
        m_topo.m_unplaced.append(u);
    }

    // What libvirt does with an address the written topology cannot draw.
    QString unplacedNote(const std::optional<PciAddress>& address,
                         const PlacedAddress* placed) const {
        if (address && address->isWanted())
            return QStringLiteral("%1 means \"assign one\" to libvirt (ADDR-1)%2")
                .arg(address->toShortString(), placed ? QStringLiteral(": libvirt puts it at %1")
                                                            .arg(placed->address.toShortString())
                                                      : QString());
        if (address && !mutableBusConst(address->bus) && address->domain == 0 && m_placement &&
            m_placement->controller(address->bus))
            return QStringLiteral("libvirt adds bus %1 (%2) for it (GROW-1)")
                .arg(address->bus)
                .arg(m_placement->controller(address->bus)->model);
        if (!address && placed)
            return QStringLiteral("libvirt puts it at %1").arg(placed->address.toShortString());
        return {};
    }

    const Bus* mutableBusConst(int index) const { return m_topo.bus(index); }

    // The controllers and devices libvirt adds itself, in the slots it gives them.
    void placeWhatLibvirtAdds() {
        for (const PlacedAddress& placed : m_placement->addresses) {
            Occupant o;
            o.function = placed.address.function;
            o.origin = Origin::AddedByLibvirt;
            if (placed.device.origin == DeviceOrigin::AddedController) {
                const PciControllerInfo* info = m_placement->controller(placed.device.index);
                if (!info)
                    continue;
                const ControllerModelRule* rule = m_rules.controllerModel(info->model);
                o.label =
                    (rule ? rule->displayName : info->model) + u' ' + QString::number(info->index);
                o.icon = IconClass::Controller;
                Bus* child = mutableBus(info->index);
                if (child && child->deviceIndex < 0) {
                    o.childBus = info->index;
                    child->parentAddress = placed.address;
                    child->parentBus = placed.address.bus;
                }
            } else if (placed.device.origin == DeviceOrigin::Implicit &&
                       placed.device.index < m_placement->implicitDevices.size()) {
                const ImplicitDevice& implicit =
                    m_placement->implicitDevices.at(placed.device.index);
                o.label = implicit.elementName == u"controller"
                              ? QStringList{implicit.type, implicit.model}.join(u' ').trimmed()
                          : implicit.model.isEmpty() ? implicit.elementName
                                                     : implicit.model;
                o.icon = implicit.elementName == u"memballoon" ? IconClass::Balloon
                         : implicit.type == u"usb"             ? IconClass::Usb
                         : implicit.elementName == u"video"    ? IconClass::Display
                                                               : IconClass::Controller;
            } else {
                continue;
            }
            Bus* bus = mutableBus(placed.address.bus);
            if (!bus || placed.address.slot < 0 || placed.address.slot >= bus->cells.size())
                continue;
            Slot& slot = bus->cells[placed.address.slot];
            if (slot.occupant(o.function))
                continue; // a chipset function libvirt's implicit controller is drawn as
            slot.functions.append(o);
            m_topo.m_hasPlanned = true;
        }
    }

    void finishSlots() {
        for (Bus& bus : m_topo.m_buses)
            for (Slot& slot : bus.cells) {
                std::stable_sort(
                    slot.functions.begin(), slot.functions.end(),
                    [](const Occupant& a, const Occupant& b) { return a.function < b.function; });
                for (int i = 1; i < slot.functions.size(); ++i)
                    if (slot.functions[i].function == slot.functions[i - 1].function)
                        slot.functions[i].conflict = slot.functions[i - 1].conflict = true;
            }
    }

    // Children lists, depth and inherited NUMA node; a cycle (q3) is cut where it closes.
    void linkBuses() {
        for (Bus& bus : m_topo.m_buses)
            if (bus.parentBus >= 0 && bus.parentBus != bus.index)
                mutableBus(bus.parentBus)->childBuses.append(bus.index);
        for (Bus& bus : m_topo.m_buses)
            std::sort(bus.childBuses.begin(), bus.childBuses.end(), [&](int a, int b) {
                const PciAddress& pa = *mutableBus(a)->parentAddress;
                const PciAddress& pb = *mutableBus(b)->parentAddress;
                return std::pair(pa.slot, pa.function) < std::pair(pb.slot, pb.function);
            });
        QSet<int> visited;
        for (const Bus& bus : m_topo.m_buses)
            if (bus.parentBus < 0 || bus.isExpander)
                propagate(bus.index, 0, bus.numaNode, visited);
    }

    void propagate(int index, int depth, std::optional<int> numa, QSet<int>& visited) {
        if (visited.contains(index))
            return;
        visited.insert(index);
        Bus& bus = *mutableBus(index);
        bus.depth = bus.isExpander ? 0 : depth;
        if (bus.numaNode)
            numa = bus.numaNode;
        bus.numaNode = numa;
        const QList<int> children = bus.childBuses;
        for (int child : children)
            if (!mutableBus(child)->isExpander)
                propagate(child, bus.depth + 1, numa, visited);
    }

    // HP-5 hotplug reserve: empty hotpluggable places, by the kind they accept.
    void countHeadroom() {
        Headroom h;
        for (const Bus& bus : m_topo.m_buses)
            for (const Slot& slot : bus.cells) {
                if (!slot.isFree() || slot.hotplug != HotplugState::Hotpluggable)
                    continue;
                if (bus.flags & ConnectFlag::PcieDevice)
                    ++h.pciePorts;
                else if (bus.flags & ConnectFlag::PciDevice)
                    ++h.pciSlots;
            }
        m_topo.m_headroom = h;
    }

    Bus* mutableBus(int index) {
        const auto it = m_topo.m_busPosition.constFind(index);
        return it == m_topo.m_busPosition.constEnd() ? nullptr : &m_topo.m_buses[*it];
    }

    const RuleTable& m_rules;
    const LibvirtPlacement* m_placement = nullptr;
    bool m_planned = false; // View::Defined
    Topology m_topo;
    QHash<int, int> m_controllerOf; // index → device index
    QSet<int> m_duplicates;         // device indexes of controllers with a duplicate index
    QList<std::pair<int, std::pair<Occupant, bool>>> m_chipset; // slot → occupant, reserved
};

Topology Topology::build(const DeviceInventory& inventory, const RuleTable& rules,
                         const LibvirtPlacement* placement, View view) {
    return TopologyBuilder(inventory, rules, placement, view).build();
}

} // namespace pcitopo
