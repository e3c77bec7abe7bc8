#pragma once

// Internal to model/policies: what every policy needs from libvirt's placement.

#include "document/device.h"
#include "placement/libvirtplacement.h"
#include "placementpolicy.h"

#include <QList>

namespace pcitopo::policies {

// The position of `element` among the element children of <devices>; -1 when it is not one.
int deviceOrdinal(const DomainDocument& document, ElementId element);

// libvirt's refusal, message for message, as policy errors.
QList<PolicyMessage> placementErrors(const LibvirtPlacement& placement);

// GROW-2: the explicit addresses libvirt itself moves; the policy writes them moved.
QList<PolicyMessage> growMoveWarnings(const LibvirtPlacement& placement,
                                      const DeviceInventory& inventory);

// The highest PCI controller index libvirt ends up with (0 when only the root exists).
int highestControllerIndex(const LibvirtPlacement& placement);

// `<controller type='pci' index='I' model='M'>` with optional inner XML lines (indented by two).
QString controllerXml(int index, const QString& model, const QStringList& innerLines = {});

// True when the device carries a PCI address the user wrote (not ADDR-1's "wanted" one).
bool hasUserAddress(const Device& device);

} // namespace pcitopo::policies
