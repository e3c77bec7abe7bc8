#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo explain RULE|DEVICE|CODE`: the rule table's teaching text for a rule key (CONN-1),
// a device class (e1000, virtio-net, qxl, a palette id), a PCI controller model
// (pcie-root-port) or a diagnostic code (pci.slot-in-use), with libvirt's message and source.
// Exit status: 0, 1 when nothing matches, 2 when the arguments are wrong.
int runExplain(const QStringList& arguments);

} // namespace pcitopo::cli
