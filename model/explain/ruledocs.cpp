#include "ruledocs.h"

namespace pcitopo {

namespace {

DocsLink topologyPage() {
    return {QStringLiteral("https://libvirt.org/pci-hotplug.html"),
            QStringLiteral("PCI topology and hotplug")};
}

DocsLink addressesPage() {
    return {QStringLiteral("https://libvirt.org/pci-addresses.html"),
            QStringLiteral("PCI addresses in domain XML and guest OS")};
}

DocsLink deviceAddressesSection() {
    return {QStringLiteral("https://libvirt.org/formatdomain.html#device-addresses"),
            QStringLiteral("Domain XML format: Device Addresses")};
}

} // namespace

DocsLink libvirtControllerDocs() {
    return {QStringLiteral("https://libvirt.org/formatdomain.html#controllers"),
            QStringLiteral("Domain XML format: Controllers")};
}

DocsLink libvirtDocsFor(QStringView ruleKey) {
    const QStringView family = ruleKey.left(ruleKey.indexOf(u'-'));
    if (family == u"IDX")
        return libvirtControllerDocs();
    if (family == u"BUSNR")
        return addressesPage();
    if (family == u"ADDR" || family == u"SLOT" || family == u"DOUBLE" || family == u"MF" ||
        family == u"DOMAIN" || family == u"RES")
        return deviceAddressesSection();
    return topologyPage();
}

} // namespace pcitopo
