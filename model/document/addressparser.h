#pragma once

// libvirt's reading of numbers and PCI addresses, with libvirt's own error messages, so that a
// malformed value is reported the way `virsh define` would report it.

#include "domaindocument.h"
#include "pciaddress.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace pcitopo {

// virStrToLong_uip with base 0 (virXMLPropUInt): optional leading blanks and '+', "0x" hex,
// a leading 0 for octal, no '-' anywhere, the whole text consumed, at most UINT_MAX.
std::optional<uint> parseLibvirtUnsigned(QStringView text);
// virStrToLong_i (virXMLPropInt): a signed int in `base`, the whole text consumed.
std::optional<int> parseLibvirtInt(QStringView text, int base);

struct PciAddressReading {
    std::optional<PciAddress> address; // absent when malformed
    QString badAttribute;              // the attribute at fault, if one is
    QString message;                   // libvirt's message when malformed
};

// virPCIDeviceAddressParseXML on the element `address` (an <address type='pci'> or a hostdev
// <source><address>): missing attributes are 0 (ADDR-2); values as virXMLPropUInt reads them.
PciAddressReading readPciAddress(const DomainDocument& document, ElementId address);

} // namespace pcitopo
