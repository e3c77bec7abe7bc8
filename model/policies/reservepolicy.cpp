#include "reservepolicy.h"

#include "commands/placementcommand.h"
#include "policysupport.h"
#include "topology/topology.h"

namespace pcitopo {

namespace {

constexpr int PciBridgeSlots = 31; // slots 1–31; slot 0 is the SHPC

// How many controllers of `model` make room for `missing` more hotplugged devices.
int controllersNeeded(Machine machine, int missing) {
    if (missing <= 0)
        return 0;
    if (machine == Machine::Q35)
        return missing; // one device per root port
    // A bridge takes one free slot (possibly a counted one) and offers 31: 30 more at least.
    return (missing + PciBridgeSlots - 2) / (PciBridgeSlots - 1);
}

} // namespace

PolicyPlan ReservePolicy::plan(const DomainDocument& document, const Analysis& analysis) const {
    const RuleTable& rules = analysis.rules();
    const DeviceInventory& inventory = analysis.inventory();
    const LibvirtPlacement& placement = analysis.placement();
    PolicyPlan plan;
    plan.libvirtFirst = true;
    if (placement.refused()) {
        plan.errors = policies::placementErrors(placement);
        return plan;
    }
    plan.warnings = policies::growMoveWarnings(placement, inventory);
    // Count the free places in libvirt's layout as it will be written.
    DomainDocument layout = document;
    ApplyPlacementCommand libvirtPass(layout, rules);
    QString error;
    if (!libvirtPass.execute(&error)) {
        plan.errors.append({error, {}});
        return plan;
    }
    const Headroom free = analysis.headroom(); // the layout's, counted by the one formula
    const bool q35 = placement.machine == Machine::Q35;
    const int missing = m_count - (q35 ? free.pciePorts : free.pciSlots);
    const int count = controllersNeeded(placement.machine, missing);
    int index = policies::highestControllerIndex(placement);
    const QString model = q35 ? QStringLiteral("pcie-root-port") : QStringLiteral("pci-bridge");
    for (int i = 0; i < count; ++i)
        plan.elements.append({policies::controllerXml(++index, model)});
    if (index > 255) {
        plan.errors.append({QStringLiteral("reserving %1 hotplug places needs PCI controller "
                                           "indexes above 255")
                                .arg(m_count),
                            {}});
        return plan;
    }
    // The new controllers need free slots themselves: say so plainly when there are none.
    PolicyPlan additions = plan;
    additions.libvirtFirst = false;
    if (!makePolicyCommand(layout, additions, name(), rules)->execute(&error))
        plan.errors.append({QStringLiteral("there is no room for the %1 %2 controllers that "
                                           "reserve:%3 needs (%4)")
                                .arg(count)
                                .arg(model)
                                .arg(m_count)
                                .arg(error),
                            {}});
    return plan;
}

} // namespace pcitopo
