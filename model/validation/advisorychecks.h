#pragma once

namespace pcitopo {

class ValidationContext;
struct ResolvedTopology;
struct Headroom;

// Legal but unwanted (warnings) and what libvirt will change by itself (infos): MF-1, MF-2,
// HP-5 for devices users hot-(un)plug, and the q35 hotplug headroom.
// `headroom` is the domain's as libvirt will define it (Topology::headroom, the status bar's).
void checkAdvice(ValidationContext& context, const ResolvedTopology& topology,
                 const Headroom& headroom);

} // namespace pcitopo
