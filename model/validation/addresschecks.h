#pragma once

namespace pcitopo {

class ValidationContext;

// Per-device address rules libvirt applies at parse/validate time: PCI address ranges, domain 0,
// the chipset's fixed functions (§4), secondary VGA, addresses on devices that take none (the
// inventory's problems, ramfb, virtio-iommu).
void checkDeviceAddresses(ValidationContext& context);

} // namespace pcitopo
