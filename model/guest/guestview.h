#pragma once

// What the guest will see of a domain as libvirt will define it: every device element with its
// XML address (written, assigned by libvirt, or on an element libvirt adds), the address the
// firmware makes of it, and the predicted Linux name of each NIC.
//
//     GuestView view = GuestView::compute(document, RuleTable::builtin());
//     for (const GuestElement& e : view.elements) ...   // document order, then implicit ones

#include "document/device.h"
#include "guest/guestnumbering.h"
#include "placement/libvirtplacement.h"

namespace pcitopo {

enum class AddressOrigin {
    None,    // the element has no PCI address
    Written, // the XML says it and libvirt keeps it
    Libvirt, // libvirt chooses it at define (no address, a wanted one, or a GROW-2 move)
    Implicit // the element itself is added by libvirt
};
QString addressOriginName(AddressOrigin origin); // "written", "libvirt", "implicit", ""

struct GuestElement {
    int deviceIndex = -1;          // into the inventory; -1 for an element libvirt adds
    ElementId element = NoElement; // in the analysed document
    QString elementName;           // "interface", "controller", …
    int ordinal = 0;               // order among the elements of that name
    QString target;                // a disk's target dev
    QString type;                  // controllers
    std::optional<int> index;      // controllers (IDX-3: libvirt's index when none is written)
    QString model;
    QString mac; // interfaces
    std::optional<PciAddress> address;
    AddressOrigin assignedBy = AddressOrigin::None;
    std::optional<PciAddress> guestAddress;
    std::optional<int> guestBus; // PCI controllers: the guest bus their slots appear on
    QString linuxName;           // interfaces: the name systemd's udev will give it ("enp1s0")
};

struct GuestView {
    Machine machine = Machine::Pc;
    DeviceInventory inventory; // of the analysed document (GuestElement::deviceIndex)
    LibvirtPlacement placement;
    GuestNumbering numbering;
    QList<GuestElement> elements;

    static GuestView compute(const DomainDocument& document, const RuleTable& rules);
    // The same from an analysis's inventory and placement (no second placement).
    static GuestView compute(const DomainDocument& document, const DeviceInventory& inventory,
                             const LibvirtPlacement& placement, const RuleTable& rules);

    // The row of an inventory device, or nullptr.
    const GuestElement* elementOfDevice(int deviceIndex) const;
};

} // namespace pcitopo
