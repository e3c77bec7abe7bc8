#pragma once

// The libvirt documentation page that covers a rule of pci-rules.md, for "Why?" links and
// `pcitopo explain`. Pages of libvirt 9.0's docs/: pci-hotplug.rst ("PCI topology and hotplug"),
// pci-addresses.rst ("PCI addresses in domain XML and guest OS"), formatdomain.rst sections
// "Controllers" and "Device Addresses".

#include <QString>

namespace pcitopo {

struct DocsLink {
    QString url;   // "https://libvirt.org/pci-hotplug.html"
    QString title; // "PCI topology and hotplug"
};

// By the key's family (the part before the dash): HP, CONN, COMPAT, PLACE, GROW, AGG → the
// hotplug/topology page; IDX → controllers; BUSNR → PCI addresses; ADDR, SLOT, DOUBLE, MF,
// DOMAIN, RES → device addresses. Unknown or empty keys get the topology page.
DocsLink libvirtDocsFor(QStringView ruleKey);

// The controllers section, for explanations of a PCI controller model.
DocsLink libvirtControllerDocs();

} // namespace pcitopo
