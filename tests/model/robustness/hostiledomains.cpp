#include "hostiledomains.h"

namespace pcitopo::testing {

QByteArray domainWith(const QByteArray& devices, const QByteArray& machine) {
    return "<domain type='qemu'>\n"
           "  <name>hostile</name>\n"
           "  <memory unit='KiB'>131072</memory>\n"
           "  <os>\n"
           "    <type arch='x86_64' machine='" +
           machine +
           "'>hvm</type>\n"
           "  </os>\n"
           "  <devices>\n" +
           devices + "  </devices>\n</domain>\n";
}

QByteArray manyInterfaces(int count) {
    const QByteArray one("    <interface type='user'><model type='virtio'/></interface>\n");
    QByteArray devices;
    devices.reserve(one.size() * count);
    for (int i = 0; i < count; ++i)
        devices += one;
    return domainWith(devices);
}

QByteArray nestedDomain(int depth) {
    QByteArray bytes("<domain>");
    for (int i = 1; i < depth; ++i)
        bytes += "<a>";
    for (int i = 1; i < depth; ++i)
        bytes += "</a>";
    return bytes + "</domain>";
}

} // namespace pcitopo::testing
