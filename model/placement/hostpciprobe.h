#pragma once

// §8.8: whether a passed-through host PCI device is PCI Express decides where libvirt auto-places
// its <hostdev> on q35. libvirt reads the host's sysfs (util/virpci.c:virPCIDeviceIsPCIExpress);
// pcitopo does the same when it runs on the VM host, and falls back to libvirt's own default
// (PCI Express) when the device cannot be read.

#include "document/pciaddress.h"

#include <QString>
#include <optional>

namespace pcitopo {

// true: PCI Express; false: conventional PCI; nullopt: unknown (libvirt then assumes PCIe).
std::optional<bool> probeLocalHostPciDevice(const PciAddress& hostAddress);

// The same decision from a device's config space bytes and the config file's length
// (virPCIDeviceInit): a capability list walk for the Express capability (0x10); when the list
// cannot be read (unprivileged: only 64 bytes), a 256-byte config file means conventional PCI.
bool configSpaceIsPciExpress(const QByteArray& config, qint64 fileLength);

// "/sys/bus/pci/devices/0000:00:03.0/config" by default; tests point it elsewhere.
QString hostPciConfigPath(const PciAddress& hostAddress, const QString& sysfsRoot = {});

} // namespace pcitopo
