#pragma once

// pcitopo's own element in <metadata>: the guest NUMA node of a device, which pcitopo cannot read
// from the host. libvirt keeps any element of a foreign namespace in <metadata> unchanged.
//
//   <metadata>
//     <pcitopo:devices xmlns:pcitopo="https://pcitopo.org/xmlns/1.0">
//       <pcitopo:device hostdev="0000:3b:00.0" numa-node="1"/>  <!-- hostdev <source> address -->
//       <pcitopo:device mac="52:54:00:6b:3c:58" numa-node="0"/> <!-- interface <mac> -->
//       <pcitopo:device target="vdb" numa-node="1"/>            <!-- disk <target dev> -->
//       <pcitopo:device alias="ua-gpu0" numa-node="1"/>         <!-- any device's <alias name> -->
//     </pcitopo:devices>
//   </metadata>
//
// Each <pcitopo:device> names one device by exactly one of hostdev, mac, target or alias.

#include "document/device.h"
#include "placementpolicy.h"

#include <QList>

namespace pcitopo {

inline constexpr char16_t PcitopoNamespace[] = u"https://pcitopo.org/xmlns/1.0";

// The prefix under which `element` declares pcitopo's namespace ("" for a default namespace);
// nullopt when it does not declare it.
std::optional<QString> pcitopoPrefix(const DomainDocument& document, ElementId element);
// "prefix:local", or "local" for the default namespace.
QString pcitopoQualified(const QString& prefix, const QString& local);

struct NumaTag {
    int deviceIndex = -1; // into DeviceInventory::devices
    int node = 0;
    SourceLocation location; // of the <pcitopo:device> element
};

struct NumaTagReading {
    QList<NumaTag> tags; // in document order of the tags, one per device
    QList<PolicyMessage> problems;
};

// Reads the tags and matches each to its device. A tag that names no device, names one twice,
// or gives a node that is not a whole number is a problem; so is a node the domain's
// <cpu><numa> does not have.
NumaTagReading readNumaTags(const DomainDocument& document, const DeviceInventory& inventory);

} // namespace pcitopo
