#pragma once

namespace pcitopo {

class ValidationContext;
struct ResolvedTopology;

// §6.2: domains libvirt accepts but QEMU 7.2 refuses at start: a controller on a bus with a
// higher index (IDX-6), duplicate chassis of root/downstream ports, duplicate expander busNr,
// multifunction='off' with other functions used (AGG-3), pc 00:01.1 (RES-1).
void checkStartTime(ValidationContext& context, const ResolvedTopology& topology);

} // namespace pcitopo
