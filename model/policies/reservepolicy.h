#pragma once

#include "placementpolicy.h"

namespace pcitopo {

// reserve:N (virt-manager pre-adds 14 root ports, OpenStack up to 28; here the user picks N):
// libvirt's layout, then enough controllers that N devices can be hotplugged later without an
// address. On q35 that is N empty hotpluggable root ports (libvirt's own spare port counts); on
// pc, N free hotpluggable slots, made with pci-bridges (31 slots each, one taken on their parent).
// The new controllers are written without an address and placed by a last libvirt pass, so they
// land where libvirt packs its own (AGG-2 on q35, first free slot on pc). Free places are counted
// the way the editor's status bar counts them (Topology::headroom, HP-5).
class ReservePolicy : public PlacementPolicy {
public:
    explicit ReservePolicy(int count) : m_count(count) {}
    QString name() const override { return QStringLiteral("reserve:%1").arg(m_count); }
    using PlacementPolicy::plan;
    PolicyPlan plan(const DomainDocument& document, const Analysis& analysis) const override;

private:
    int m_count;
};

} // namespace pcitopo
