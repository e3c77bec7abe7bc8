#include "guestnumbering.h"

#include "placement/libvirtplacement.h"

#include <algorithm>
#include <map>

namespace pcitopo {

namespace {

constexpr int LastBusNumber = 0xff;

// The firmware's walk over one layout: bus numbers are handed out as bridges are found.
class FirmwareWalk {
public:
    explicit FirmwareWalk(const GuestPciLayout& layout) {
        for (const GuestPciController& c : layout.controllers)
            m_controllers.insert(c.index, c);
        for (const GuestPciFunction& f : layout.functions)
            m_functions[f.address.bus][{f.address.slot, f.address.function}] = f;
    }

    QHash<int, GuestBus> run() {
        m_buses[0].number = 0;
        scanBus(0);
        if (hasExpanders())
            probeExtraRoots();
        return m_buses;
    }

private:
    using FunctionsBySlot = std::map<std::pair<int, int>, GuestPciFunction>;

    bool hasExpanders() const {
        return std::any_of(m_controllers.cbegin(), m_controllers.cend(),
                           [](const GuestPciController& c) { return isExpander(c.kind); });
    }
    static bool isExpander(GuestBusKind kind) {
        return kind == GuestBusKind::PciExpander || kind == GuestBusKind::PcieExpander;
    }

    // pci_bios_init_bus_rec: every visible bridge on the bus takes the next number, depth-first.
    void scanBus(int xmlBus) {
        for (const GuestPciFunction* f : visibleFunctions(xmlBus)) {
            const auto it = m_controllers.constFind(f->controllerIndex);
            if (f->controllerIndex < 0 || it == m_controllers.constEnd() ||
                it->kind != GuestBusKind::Bridge || m_buses.contains(it->index))
                continue;
            numberBridge(it->index);
        }
    }

    void numberBridge(int xmlBus) {
        if (m_counter >= LastBusNumber)
            return;
        GuestBus& bus = m_buses[xmlBus];
        bus.number = ++m_counter;
        scanBus(xmlBus);
        m_buses[xmlBus].subordinate = m_counter;
    }

    // pci_next: a slot without function 0 is empty; functions above 0 need the multifunction bit.
    QList<const GuestPciFunction*> visibleFunctions(int xmlBus) const {
        QList<const GuestPciFunction*> visible;
        const auto bus = m_functions.find(xmlBus);
        if (bus == m_functions.end())
            return visible;
        bool multifunction = false;
        for (const auto& [slotFunction, f] : bus->second) {
            if (slotFunction.second == 0)
                multifunction = f.multifunction;
            const auto slotStart = bus->second.find({slotFunction.first, 0});
            if (slotStart == bus->second.end() || (slotFunction.second > 0 && !multifunction))
                continue;
            visible.append(&f);
        }
        return visible;
    }

    // pci_bios_init_bus with extra roots: probe each bus number above those already used.
    void probeExtraRoots() {
        while (m_counter < LastBusNumber) {
            const int number = ++m_counter;
            for (const GuestPciController& c : m_controllers) {
                if (!isExpander(c.kind) || c.busNr != number || m_buses.contains(c.index))
                    continue;
                m_buses[c.index].rootNumber = number;
                if (c.kind == GuestBusKind::PcieExpander) {
                    m_buses[c.index].number = number;
                    scanBus(c.index);
                } else {
                    numberBridge(c.index); // the pxb's internal pci-bridge at busNr:00.0
                }
            }
        }
    }

    QHash<int, GuestPciController> m_controllers;
    std::map<int, FunctionsBySlot> m_functions;
    QHash<int, GuestBus> m_buses;
    int m_counter = 0;
};

} // namespace

GuestBusKind GuestPciLayout::kindOf(const QString& controllerModel, const RuleTable& rules) {
    const ControllerModelRule* rule = rules.controllerModel(controllerModel);
    if (!rule)
        return GuestBusKind::Bridge;
    if (rule->isRoot)
        return GuestBusKind::Root;
    if (rule->deviceFlags.testFlag(ConnectFlag::PciExpanderBus))
        return GuestBusKind::PciExpander;
    if (rule->deviceFlags.testFlag(ConnectFlag::PcieExpanderBus))
        return GuestBusKind::PcieExpander;
    return GuestBusKind::Bridge;
}

GuestPciLayout GuestPciLayout::fromPlacement(const LibvirtPlacement& placement,
                                             const RuleTable& rules) {
    GuestPciLayout layout;
    QHash<QPair<int, int>, int> controllerOfDevice; // (origin, index) → controller index
    for (const PciControllerInfo& c : placement.controllers) {
        layout.controllers.append({c.index, kindOf(c.model, rules), c.busNr});
        controllerOfDevice.insert({int(c.device.origin), c.device.index}, c.index);
    }
    for (const PlacedBus& bus : placement.buses) {
        for (const SlotUse& use : bus.uses) {
            GuestPciFunction f;
            f.address.bus = bus.index;
            f.address.slot = use.slot;
            f.address.function = use.function;
            f.controllerIndex =
                controllerOfDevice.value({int(use.device.origin), use.device.index}, -1);
            if (use.device.origin == DeviceOrigin::Chipset) {
                f.multifunction = true; // ICH9 1f / PIIX3 01 are multifunction devices
            } else if (const PlacedAddress* placed = placement.addressOf(use.device)) {
                f.multifunction =
                    placed->address.multifunction.value_or(false) || placed->multifunctionSet;
            }
            layout.functions.append(f);
        }
    }
    return layout;
}

GuestNumbering GuestNumbering::compute(const GuestPciLayout& layout) {
    GuestNumbering numbering;
    numbering.m_buses = FirmwareWalk(layout).run();
    return numbering;
}

std::optional<PciAddress> GuestNumbering::guestAddress(const PciAddress& xml) const {
    const int number = guestBus(xml.bus);
    if (number < 0 || xml.domain != 0)
        return std::nullopt;
    PciAddress guest = xml;
    guest.bus = number;
    guest.multifunction.reset();
    return guest;
}

QString fullAddressString(const PciAddress& a) {
    return QStringLiteral("%1:%2:%3.%4")
        .arg(a.domain, 4, 16, QLatin1Char('0'))
        .arg(a.bus, 2, 16, QLatin1Char('0'))
        .arg(a.slot, 2, 16, QLatin1Char('0'))
        .arg(a.function, 1, 16);
}

} // namespace pcitopo
