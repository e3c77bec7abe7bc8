#pragma once

// The PCI picture of a domain, compared the way libvirt keeps devices: controllers by type and
// index, disks by target dev, everything else by element name and order among its kind. Used to
// compare pcitopo's placement with libvirt's output (`pcitopo check`, the corpus tests).

#include "document/domaindocument.h"

#include <QMap>
#include <QStringList>

namespace pcitopo {

// key → "address [controller attributes]" for every device with a PCI address and every PCI
// controller, e.g. "interface #0" → "01:00.0", "controller pci 1" → "00:02.0 mf=on
// [model=pcie-root-port chassis=1 port=16]".
QMap<QString, QString> pciPicture(const DomainDocument& document);

// Human-readable differences ("KEY: libvirt X, pcitopo Y"), empty when the pictures agree.
QStringList pictureDifferences(const QMap<QString, QString>& expected,
                               const QMap<QString, QString>& actual);

} // namespace pcitopo
