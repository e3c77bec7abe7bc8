#include "libvirtpolicy.h"

#include "policysupport.h"

namespace pcitopo {

PolicyPlan LibvirtPolicy::plan(const DomainDocument&, const Analysis& analysis) const {
    const DeviceInventory& inventory = analysis.inventory();
    const LibvirtPlacement& placement = analysis.placement();
    PolicyPlan plan;
    plan.errors = policies::placementErrors(placement);
    plan.warnings = policies::growMoveWarnings(placement, inventory);
    return plan;
}

} // namespace pcitopo
