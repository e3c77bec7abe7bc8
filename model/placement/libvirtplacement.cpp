#include "placement/libvirtplacement.h"
#include "analysis/analysiscounters.h"

#include "placement/libvirtassigner.h"

#include <algorithm>

namespace pcitopo {

namespace {

void addChipsetUses(LibvirtPlacement& result, const RuleTable& rules) {
    if (result.buses.isEmpty()) {
        return;
    }
    for (const ReservedAddressRule& r : rules.reservedAddresses(result.machine)) {
        if (r.behaviour == u"reserved") {
            result.buses[0].uses.append({r.slot, r.function, {DeviceOrigin::Chipset, -1}});
        }
    }
}

void buildBuses(const PciBusSet& set, const SimDomain& sim, const RuleTable& rules,
                LibvirtPlacement& result) {
    for (int i = 0; i < set.busCount(); ++i) {
        const PciSimBus& b = set.buses().at(i);
        PlacedBus bus;
        bus.index = i;
        bus.model = b.model;
        bus.flags = b.flags;
        bus.minSlot = b.minSlot;
        bus.maxSlot = b.maxSlot;
        bus.aggregate = b.aggregate;
        result.buses.append(bus);
    }
    addChipsetUses(result, rules);
    for (const SimDevice& s : sim.devices) {
        if (s.addressPresent() && s.address->bus < result.buses.size()) {
            result.buses[s.address->bus].uses.append({s.address->slot, s.address->function, s.ref});
        }
    }
    for (PlacedBus& bus : result.buses) {
        std::sort(bus.uses.begin(), bus.uses.end(), [](const SlotUse& a, const SlotUse& b) {
            return a.slot != b.slot ? a.slot < b.slot : a.function < b.function;
        });
    }
}

void buildAddresses(const SimDomain& sim, const LibvirtAssigner& assigner,
                    LibvirtPlacement& result) {
    for (int at = 0; at < sim.devices.size(); ++at) {
        const SimDevice& s = sim.devices.at(at);
        if (!s.addressPresent()) {
            continue;
        }
        PlacedAddress placed;
        placed.device = s.ref;
        placed.address = *s.address;
        const Device& original = s.device;
        placed.assigned = !(original.addressType == u"pci" && original.pciAddress &&
                            !original.pciAddress->isWanted());
        placed.moved = assigner.movedDevices().contains(at);
        placed.multifunctionSet = assigner.multifunctionSet().contains(at);
        result.appendAddress(placed);
        if (s.ref.origin == DeviceOrigin::Implicit) {
            result.implicitDevices[s.ref.index].address = s.address;
        }
    }
}

void buildControllers(const SimDomain& sim, const LibvirtAssigner& assigner,
                      LibvirtPlacement& result) {
    for (int at : sim.controllers) {
        const SimDevice& c = sim.devices.at(at);
        if (!c.isPciController()) {
            continue;
        }
        PciControllerInfo info;
        info.device = c.ref;
        info.index = c.index;
        info.model = c.model;
        info.address = c.addressPresent() ? c.address : std::nullopt;
        info.hotplugOff = c.hotplugOff;
        const auto t = assigner.targets().value(at);
        const auto d = assigner.defaults().value(at);
        info.modelName = t.modelName;
        info.chassisNr = t.chassisNr;
        info.chassis = t.chassis;
        info.port = t.port;
        info.busNr = t.busNr;
        info.modelNameDefaulted = d.modelName;
        info.chassisNrDefaulted = d.chassisNr;
        info.chassisDefaulted = d.chassis;
        info.portDefaulted = d.port;
        info.busNrDefaulted = d.busNr;
        result.controllers.append(info);
    }
    std::stable_sort(
        result.controllers.begin(), result.controllers.end(),
        [](const PciControllerInfo& a, const PciControllerInfo& b) { return a.index < b.index; });
}

} // namespace

QString ImplicitDevice::toXml() const {
    const QString addressXml =
        address ? QStringLiteral("\n  ") + address->toXmlElement() : QString();
    if (elementName == u"controller") {
        QString open = QStringLiteral("<controller type='%1' index='%2'").arg(type).arg(index);
        if (!model.isEmpty()) {
            open += QStringLiteral(" model='%1'").arg(model);
        }
        return addressXml.isEmpty()
                   ? open + QStringLiteral("/>")
                   : open + QStringLiteral(">") + addressXml + QStringLiteral("\n</controller>");
    }
    if (elementName == u"video") {
        return QStringLiteral("<video>\n  <model type='%1' vram='16384' heads='1' "
                              "primary='yes'/>%2\n</video>")
            .arg(model, addressXml);
    }
    const QString open = QStringLiteral("<%1 model='%2'").arg(elementName, model);
    return addressXml.isEmpty() ? open + QStringLiteral("/>")
                                : open + QStringLiteral(">") + addressXml +
                                      QStringLiteral("\n</%1>").arg(elementName);
}

void LibvirtPlacement::appendAddress(const PlacedAddress& placed) {
    const quint64 key = keyOf(placed.device);
    if (!m_addressAt.contains(key)) // a repeated device: the first row answers, as before
        m_addressAt.insert(key, addresses.size());
    addresses.append(placed);
}

const PlacedAddress* LibvirtPlacement::addressOf(DeviceRef device) const {
    const auto at = m_addressAt.constFind(keyOf(device));
    return at == m_addressAt.cend() ? nullptr : &addresses.at(*at);
}

const PciControllerInfo* LibvirtPlacement::controller(int index) const {
    // `controllers` is stably sorted by index: the first one with that index, found by bisection
    // (looked up once per device, a linear search made large domains quadratic).
    const auto c = std::lower_bound(
        controllers.cbegin(), controllers.cend(), index,
        [](const PciControllerInfo& info, int wanted) { return info.index < wanted; });
    return c != controllers.cend() && c->index == index ? &*c : nullptr;
}

QList<const PciControllerInfo*> LibvirtPlacement::addedControllers() const {
    QList<const PciControllerInfo*> out;
    for (const PciControllerInfo& c : controllers) {
        if (c.device.origin == DeviceOrigin::AddedController) {
            out.append(&c);
        }
    }
    return out;
}

LibvirtPlacement placeLikeLibvirt(const DeviceInventory& inventory, const RuleTable& rules,
                                  const DomainDocument* document,
                                  const LibvirtPlacementOptions& options) {
    ++analysisCounters().placements;
    SimDomain sim = buildSimDomain(inventory, rules, document, options);
    LibvirtAssigner assigner(sim, rules);
    assigner.run();
    LibvirtPlacement result;
    result.machine = sim.machine;
    result.implicitDevices = sim.implicitDevices;
    buildAddresses(sim, assigner, result);
    buildControllers(sim, assigner, result);
    buildBuses(assigner.finalBusSet(), sim, rules, result);
    for (int at : sim.controllers) {
        const SimDevice& c = sim.devices.at(at);
        if (c.ref.origin == DeviceOrigin::Inventory && !c.device.index) {
            result.assignedIndexes.insert(c.ref.index, c.index);
        }
    }
    result.droppedAddresses = sim.ignoredAddresses;
    for (const Device& d : inventory.devices) {
        result.inventoryElements.append(d.element);
    }
    result.errors = sim.errors;
    return result;
}

} // namespace pcitopo
