#pragma once

namespace pcitopo {

class ValidationContext;
struct ResolvedTopology;

// Legal but unwanted (warnings) and what libvirt will change by itself (infos): MF-1, MF-2,
// HP-5 for devices users hot-(un)plug, and the q35 hotplug headroom.
void checkAdvice(ValidationContext& context, const ResolvedTopology& topology);

} // namespace pcitopo
