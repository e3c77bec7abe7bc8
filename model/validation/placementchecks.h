#pragma once

#include "resolvedtopology.h"

namespace pcitopo {

class ValidationContext;
struct LibvirtPlacement;

// Runs libvirt's address assignment (the placer) and turns its refusals into diagnostics.
// Returns the topology as libvirt completes it (assigned addresses, added controllers), or the
// XML's own view when the assignment failed.
ResolvedTopology checkPlacement(ValidationContext& context, const LibvirtPlacement& placement);

} // namespace pcitopo
