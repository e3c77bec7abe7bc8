#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo explain WHAT [--machine q35|pc] [--into CONTROLLER_MODEL]`: the Explainer's teaching
// text (model/explain) for a rule key (CONN-1), a device class (e1000, virtio-net, qxl, a palette
// id), a PCI controller model (pcie-root-port) or a diagnostic code: where it may go on each
// machine (or into one controller model), whether it hotplugs there, why, and the libvirt page.
// Exit status: 0, 1 when nothing matches, 2 when the arguments are wrong.
int runExplain(const QStringList& arguments);

} // namespace pcitopo::cli
