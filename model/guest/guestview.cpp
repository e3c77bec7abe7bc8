#include "guestview.h"

#include "guest/linuxnetname.h"

namespace pcitopo {

namespace {

AddressOrigin originOf(const Device& device, const PlacedAddress* placed) {
    if (!placed)
        return AddressOrigin::None;
    const bool written = device.pciAddress && !device.pciAddress->isWanted();
    return written && !placed->moved ? AddressOrigin::Written : AddressOrigin::Libvirt;
}

std::optional<int> acpiIndexOf(const DomainDocument& document, ElementId element) {
    const ElementId acpi = document.firstChild(element, u"acpi");
    bool ok = false;
    const int index = acpi == NoElement ? 0 : document.attribute(acpi, u"index").toInt(&ok);
    return ok ? std::optional<int>(index) : std::nullopt;
}

class GuestViewBuilder {
public:
    GuestViewBuilder(const DomainDocument& document, const RuleTable& rules,
                     DeviceInventory inventory)
        : m_document(document), m_rules(rules), m_inventory(std::move(inventory)) {}

    // `placement`: libvirt's placement of this inventory when the caller has it already.
    GuestView build(const LibvirtPlacement* placement) {
        m_view.machine = machineFromString(m_inventory.machine);
        m_view.placement =
            placement ? *placement : placeLikeLibvirt(m_inventory, m_rules, &m_document);
        m_view.numbering =
            GuestNumbering::compute(GuestPciLayout::fromPlacement(m_view.placement, m_rules));
        for (int i = 0; i < m_inventory.devices.size(); ++i)
            addInventoryDevice(i);
        for (int i = 0; i < m_view.placement.implicitDevices.size(); ++i)
            addImplicitDevice(i);
        for (const PciControllerInfo* c : m_view.placement.addedControllers())
            addAddedController(*c);
        m_view.inventory = m_inventory;
        return std::move(m_view);
    }

private:
    // A PCI controller's own bus, as the firmware numbers it.
    void setGuestBus(GuestElement& e) const {
        if (e.type != u"pci" || !e.index)
            return;
        if (const int number = m_view.numbering.guestBus(*e.index); number >= 0)
            e.guestBus = number;
    }

    GuestElement& append(const QString& elementName, std::optional<PciAddress> address) {
        GuestElement e;
        e.elementName = elementName;
        e.ordinal = m_ordinals[elementName]++;
        e.address = address;
        if (address)
            e.guestAddress = m_view.numbering.guestAddress(*address);
        m_view.elements.append(e);
        return m_view.elements.last();
    }

    void addInventoryDevice(int deviceIndex) {
        const Device& d = m_inventory.devices[deviceIndex];
        const PlacedAddress* placed = m_view.placement.addressOfDevice(deviceIndex);
        GuestElement& e = append(d.elementName, placed ? std::optional(placed->address)
                                                       : std::optional<PciAddress>());
        e.deviceIndex = deviceIndex;
        e.element = d.element;
        e.target = d.targetDev;
        e.model = d.model;
        e.mac = d.mac;
        e.assignedBy = originOf(d, placed);
        if (d.kind == DeviceKind::Controller) {
            e.type = d.type;
            e.index = d.index;
            if (!e.index && m_view.placement.assignedIndexes.contains(deviceIndex))
                e.index = m_view.placement.assignedIndexes.value(deviceIndex);
            setGuestBus(e);
        }
        if (d.kind == DeviceKind::Interface && e.guestAddress)
            e.linuxName = linuxName(e, acpiIndexOf(m_document, d.element));
    }

    void addImplicitDevice(int i) {
        const ImplicitDevice& implicit = m_view.placement.implicitDevices[i];
        GuestElement& e = append(implicit.elementName, implicit.address);
        e.type = implicit.type;
        e.model = implicit.model;
        if (implicit.index >= 0)
            e.index = implicit.index;
        e.assignedBy = AddressOrigin::Implicit;
        setGuestBus(e);
    }

    void addAddedController(const PciControllerInfo& c) {
        GuestElement& e = append(QStringLiteral("controller"), c.address);
        e.type = QStringLiteral("pci");
        e.index = c.index;
        e.model = c.model;
        e.assignedBy = AddressOrigin::Implicit;
        setGuestBus(e);
    }

    QString linuxName(const GuestElement& e, std::optional<int> acpiIndex) const {
        NetNameFacts facts;
        facts.machine = m_view.machine;
        facts.acpi = m_inventory.hasAcpi;
        facts.acpiIndex = acpiIndex;
        facts.guestAddress = *e.guestAddress;
        facts.guestAddress.multifunction = e.address->multifunction;
        if (const PlacedBus* bus = placedBus(e.address->bus)) {
            const ControllerModelRule* rule = m_rules.controllerModel(bus->model);
            facts.onRootBus = rule && rule->isRoot;
            facts.slotHotpluggable =
                bus->flags.testFlag(ConnectFlag::Hotpluggable) && e.address->slot >= bus->minSlot;
        }
        return predictLinuxNetName(facts);
    }

    const PlacedBus* placedBus(int index) const {
        for (const PlacedBus& bus : m_view.placement.buses)
            if (bus.index == index)
                return &bus;
        return nullptr;
    }

    const DomainDocument& m_document;
    const RuleTable& m_rules;
    DeviceInventory m_inventory;
    GuestView m_view;
    QHash<QString, int> m_ordinals;
};

} // namespace

QString addressOriginName(AddressOrigin origin) {
    switch (origin) {
    case AddressOrigin::Written:
        return QStringLiteral("written");
    case AddressOrigin::Libvirt:
        return QStringLiteral("libvirt");
    case AddressOrigin::Implicit:
        return QStringLiteral("implicit");
    case AddressOrigin::None:
        break;
    }
    return {};
}

GuestView GuestView::compute(const DomainDocument& document, const RuleTable& rules) {
    return GuestViewBuilder(document, rules, DeviceInventory::read(document)).build(nullptr);
}

GuestView GuestView::compute(const DomainDocument& document, const DeviceInventory& inventory,
                             const LibvirtPlacement& placement, const RuleTable& rules) {
    return GuestViewBuilder(document, rules, inventory).build(&placement);
}

const GuestElement* GuestView::elementOfDevice(int deviceIndex) const {
    for (const GuestElement& e : elements)
        if (e.deviceIndex == deviceIndex)
            return &e;
    return nullptr;
}

} // namespace pcitopo
