#include "integratedpolicy.h"

#include "policysupport.h"
#include "validation/validator.h"

#include <algorithm>

namespace pcitopo {

namespace {

bool isUsb2Companion(QStringView model) {
    // USB2-1: companions share one slot at fixed functions; moving one alone breaks the set.
    return model.startsWith(u"ich9-ehci") || model.startsWith(u"ich9-uhci");
}

// Whether libvirt put this device behind a controller and it may go onto the root bus instead.
bool isCandidate(const PlacedAddress& a, const LibvirtPlacement& placement,
                 const DeviceInventory& inventory, const RuleTable& rules) {
    if (!a.assigned || a.moved || a.address.bus == 0)
        return false;
    if (a.device.origin == DeviceOrigin::Inventory) {
        const Device& d = inventory.devices.at(a.device.index);
        if (d.isController(u"pci") || (d.isController(u"usb") && isUsb2Companion(d.model)))
            return false;
        const ConnectionKind kind = rules.connectionKind(d, placement.machine);
        return kind == ConnectionKind::Pci || kind == ConnectionKind::Pcie;
    }
    if (a.device.origin == DeviceOrigin::Implicit) {
        const ImplicitDevice& i = placement.implicitDevices.at(a.device.index);
        return !(i.elementName == u"controller" && (i.type == u"pci" || isUsb2Companion(i.model)));
    }
    return false;
}

bool isPcieCandidate(const PlacedAddress& a, const LibvirtPlacement& placement,
                     const DeviceInventory& inventory, const RuleTable& rules) {
    if (a.device.origin != DeviceOrigin::Inventory)
        return true; // implicit devices on q35 (xhci, virtio-serial, balloon) are PCIe
    return rules.connectionKind(inventory.devices.at(a.device.index), placement.machine) ==
           ConnectionKind::Pcie;
}

// Root-bus slots nothing but libvirt's own added controllers uses: those controllers move away
// (or disappear) once the endpoints behind them sit on the root bus.
QList<int> freeRootSlots(const LibvirtPlacement& placement) {
    if (placement.buses.isEmpty())
        return {};
    const PlacedBus& root = placement.buses.first();
    std::array<bool, 32> taken{};
    for (const SlotUse& use : root.uses)
        if (use.device.origin != DeviceOrigin::AddedController)
            taken[size_t(use.slot)] = true;
    QList<int> free;
    for (int slot = std::max(1, root.minSlot); slot <= root.maxSlot && slot < 32; ++slot)
        if (!taken[size_t(slot)])
            free.append(slot);
    return free;
}

QList<PlacedAddress> candidatesInOrder(const LibvirtPlacement& placement,
                                       const DeviceInventory& inventory, const RuleTable& rules) {
    QList<PlacedAddress> candidates;
    for (const PlacedAddress& a : placement.addresses)
        if (isCandidate(a, placement, inventory, rules))
            candidates.append(a);
    // Bus index order is the order in which libvirt grew the buses for them.
    std::sort(candidates.begin(), candidates.end(), [](const auto& x, const auto& y) {
        return std::tuple(x.address.bus, x.address.slot, x.address.function) <
               std::tuple(y.address.bus, y.address.slot, y.address.function);
    });
    if (placement.machine == Machine::Q35)
        std::stable_partition(candidates.begin(), candidates.end(), [&](const PlacedAddress& a) {
            return isPcieCandidate(a, placement, inventory, rules);
        });
    return candidates;
}

PolicyPlan planMoving(int count, const QList<PlacedAddress>& candidates,
                      const QList<int>& rootSlots, const LibvirtPlacement& placement,
                      const DeviceInventory& inventory, const DomainDocument& document) {
    PolicyPlan plan;
    plan.warnings = policies::growMoveWarnings(placement, inventory);
    for (int i = 0; i < count; ++i) {
        const PlacedAddress& a = candidates.at(i);
        const PciAddress onRoot{0, 0, rootSlots.at(i), 0, std::nullopt};
        if (a.device.origin == DeviceOrigin::Inventory) {
            const ElementId element = inventory.devices.at(a.device.index).element;
            plan.addresses.append({policies::deviceOrdinal(document, element), onRoot});
        } else {
            // An implicit device gets an address only by being written into the XML.
            ImplicitDevice written = placement.implicitDevices.at(a.device.index);
            written.address = onRoot;
            plan.elements.append({written.toXml()});
        }
    }
    return plan;
}

bool accepted(const DomainDocument& document, const PolicyPlan& plan, const RuleTable& rules) {
    DomainDocument trial = document;
    if (!makePolicyCommand(trial, plan, QStringLiteral("trial"), rules)->execute())
        return false;
    return !hasErrors(Validator(rules).validate(trial, ValidationOptions{false}));
}

} // namespace

PolicyPlan IntegratedPolicy::plan(const DomainDocument& document, const Analysis& analysis) const {
    const RuleTable& rules = analysis.rules();
    const DeviceInventory& inventory = analysis.inventory();
    const LibvirtPlacement& placement = analysis.placement();
    if (placement.refused()) {
        PolicyPlan refused;
        refused.errors = policies::placementErrors(placement);
        return refused;
    }
    const QList<PlacedAddress> candidates = candidatesInOrder(placement, inventory, rules);
    const QList<int> rootSlots = freeRootSlots(placement);
    // The most endpoints the root bus can take while the rest still finds room behind
    // controllers; each trial is one libvirt placement, and there are at most 31.
    for (int count = int(std::min(candidates.size(), rootSlots.size())); count > 0; --count) {
        PolicyPlan plan = planMoving(count, candidates, rootSlots, placement, inventory, document);
        if (accepted(document, plan, rules))
            return plan;
    }
    return planMoving(0, candidates, rootSlots, placement, inventory, document);
}

} // namespace pcitopo
