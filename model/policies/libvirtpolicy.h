#pragma once

#include "placementpolicy.h"

namespace pcitopo {

// libvirt (the default): every missing address and controller exactly as libvirt 9.0 assigns
// them at define. The plan is empty; the final libvirt pass of makePolicyCommand does the work.
class LibvirtPolicy : public PlacementPolicy {
public:
    QString name() const override { return QStringLiteral("libvirt"); }
    using PlacementPolicy::plan;
    PolicyPlan plan(const DomainDocument& document, const Analysis& analysis) const override;
};

} // namespace pcitopo
