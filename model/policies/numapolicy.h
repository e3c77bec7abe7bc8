#pragma once

#include "placementpolicy.h"

namespace pcitopo {

// numa (OpenStack: a device on the guest NUMA node of its host device). Every device tagged
// with a guest NUMA node (numatags.h: hostdevs and any other PCI endpoint) goes behind an
// expander bus tied to that node: on q35 a pcie-expander-bus with one pcie-root-port per device
// (endpoints cannot sit on pxb-pcie itself, §2.1), on pc a pci-expander-bus with the devices in
// its slots. Up to 32 devices per expander; more get another expander on the same node. Each
// expander has an explicit busNr, descending from 254 below any existing one, leaving room for
// its root ports' bus numbers (BUSNR-1). Untagged devices, and tagged ones whose address the
// user set, keep libvirt's placement. Without <cpu><numa> cells the policy fails.
class NumaPolicy : public PlacementPolicy {
public:
    QString name() const override { return QStringLiteral("numa"); }
    using PlacementPolicy::plan;
    PolicyPlan plan(const DomainDocument& document, const Analysis& analysis) const override;
};

} // namespace pcitopo
