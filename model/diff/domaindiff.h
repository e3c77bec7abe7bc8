#pragma once

// What changes for the guest between two versions of a domain, both analysed as libvirt will
// define them (model/guest/): devices are paired by identity, not by position, and every change
// is reported at once with its severity and why.
//
//     DomainDiff diff = diffDomains(before, after, RuleTable::builtin());
//     for (const DomainChange& c : diff.changes) if (c.guestVisible) ...
//
// Pairing, in passes over the still unpaired elements: PCI controllers by model and guest
// address (so renumbering an index is not a new controller), interfaces by MAC, disks by target
// dev, hostdevs by host source address, any element by <alias name>, controllers by type and
// index, elements of one name at the same guest address (a NIC whose MAC changed), then element
// name and order (never two that both have a different MAC, target or source). Only elements with a
// PCI address on one side are reported added or removed (libvirt adds other elements of its own,
// such as PS/2 inputs, at define).

#include "document/domaindocument.h"
#include "rules/ruletable.h"

#include <QList>
#include <QString>

namespace pcitopo {

enum class ChangeSeverity {
    High,   // the guest sees it and things break: renamed NIC, moved disk, new chipset
    Medium, // the guest sees it: a new device, a slot or chassis number, boot order
    None,   // not guest-visible: the XML differs, the guest sees the same
};
QString changeSeverityName(ChangeSeverity severity); // "high", "medium", "none"

struct DomainChange {
    QString kind;    // "address", "added", "removed", "model", "mac", "controller", "machine",
                     // "boot-order", "linux-name", "index"
    QString subject; // "interface 52:54:00:6b:3c:58", "disk vdb", "controller pci 3"
    QString before;  // "" when added
    QString after;   // "" when removed
    ChangeSeverity severity = ChangeSeverity::None;
    QString why; // the consequence for the guest
    // libvirt's message when its ABI stability check (virDomainDefCheckABIStability: migrate,
    // restore of a saved guest) refuses the change; it also refuses some changes the guest
    // never sees (an XML address that names the same slot through another controller index).
    QString libvirtRefusal;
    bool guestVisible() const { return severity != ChangeSeverity::None; }
};

struct DomainDiff {
    QList<DomainChange> changes; // guest-visible first, then the rest; each in document order
    int guestVisibleCount() const;
};

DomainDiff diffDomains(const DomainDocument& before, const DomainDocument& after,
                       const RuleTable& rules);

} // namespace pcitopo
