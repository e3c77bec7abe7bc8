#pragma once

// The guest's side of `pcitopo show`: one row per device element of the domain as libvirt will
// define it, with its XML address, who chose it, the address the guest sees and a NIC's Linux
// name. JSON: the top-level "elements" array (a stable contract); text: a "guest view" section.

#include "guest/guestview.h"

#include <QJsonArray>
#include <QString>

namespace pcitopo::cli {

// [{"element", "ordinal", "target", "type", "index", "model", "mac", "address", "assignedBy",
//   "guestAddress", "guestBus" (PCI controllers: the guest bus behind them), "linuxName"}, …];
// absent facts are null.
QJsonArray guestElementsJson(const GuestView& view);

// "guest view (as libvirt will define it):" and one line per element with a PCI address.
QString guestViewText(const GuestView& view);

} // namespace pcitopo::cli
