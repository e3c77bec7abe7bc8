#pragma once

// Compares the PCI picture of two domain documents the way libvirt keeps devices: controllers by
// type and index, disks by target dev, everything else by element name and order among its kind.

#include "document/domaindocument.h"

#include <QMap>
#include <QStringList>

namespace pcitopo::test {

// key → "address [controller attributes]" for every device with a PCI address and every PCI
// controller.
QMap<QString, QString> pciPicture(const DomainDocument& document);

// Human-readable differences (expected vs actual), empty when the pictures agree.
QStringList pictureDifferences(const QMap<QString, QString>& expected,
                               const QMap<QString, QString>& actual);

} // namespace pcitopo::test
