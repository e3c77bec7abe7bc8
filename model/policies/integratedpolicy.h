#pragma once

#include "placementpolicy.h"

namespace pcitopo {

// integrated (libguestfs: boot fast with the fewest controllers). Every endpoint libvirt would
// put behind a controller is instead given an explicit address on the root bus (q35 pcie-root:
// an integrated endpoint, not hotpluggable; pc pci-root), in libvirt's order, while the root
// bus has free slots; PCI Express endpoints first on q35, because a conventional PCI endpoint
// left over shares one pcie-to-pci-bridge with up to 30 others while each PCIe one needs a root
// port. Slots taken by explicit addresses, the chipset and libvirt's fixed defaults (primary
// video, ich9 sound, USB2, SATA) stay as libvirt has them. The rest is libvirt's placement, which
// adds the fewest controllers that still make room; the number of endpoints moved is the
// largest for which that final pass (and pcitopo's validator) still accepts the domain.
class IntegratedPolicy : public PlacementPolicy {
public:
    QString name() const override { return QStringLiteral("integrated"); }
    using PlacementPolicy::plan;
    PolicyPlan plan(const DomainDocument& document, const Analysis& analysis) const override;
};

} // namespace pcitopo
