#include "libvirtpolicy.h"

#include "policysupport.h"

namespace pcitopo {

PolicyPlan LibvirtPolicy::plan(const DomainDocument& document, const RuleTable& rules) const {
    const DeviceInventory inventory = DeviceInventory::read(document);
    const LibvirtPlacement placement = placeLikeLibvirt(inventory, rules, &document);
    PolicyPlan plan;
    plan.errors = policies::placementErrors(placement);
    plan.warnings = policies::growMoveWarnings(placement, inventory);
    return plan;
}

} // namespace pcitopo
