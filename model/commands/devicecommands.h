#pragma once

// Edits of one device element: move (set/remove its PCI address), add from XML, remove, set
// an attribute. Element ids are those of the document when the command is made.

#include "documentcommand.h"

#include <optional>

namespace pcitopo {

// Sets the device's PCI address, or removes its <address> (nullopt: libvirt assigns one).
class SetAddressCommand : public DocumentCommand {
public:
    // `text`: the undo text naming the device ("Move virtio-net 52:54:…:09 to 00:03.0"); the
    // views pass a translated one.
    SetAddressCommand(DomainDocument& document, ElementId device, std::optional<PciAddress> address,
                      const QString& text = {});

protected:
    bool perform(QString* error) override;

private:
    ElementId m_device;
    std::optional<PciAddress> m_address;
};

// Inserts a device (a palette entry's XML) under <devices>, after its last sibling of the same
// element name (libvirt's grouping), and gives it `address` when set.
class AddDeviceCommand : public DocumentCommand {
public:
    AddDeviceCommand(DomainDocument& document, const QString& elementXml,
                     std::optional<PciAddress> address, const QString& text = {});
    // The element the device got (valid right after execute()).
    ElementId addedElement() const { return m_added; }

protected:
    bool perform(QString* error) override;

private:
    QString m_xml;
    std::optional<PciAddress> m_address;
    ElementId m_added = NoElement;
};

class RemoveElementCommand : public DocumentCommand {
public:
    RemoveElementCommand(DomainDocument& document, ElementId element, const QString& text = {});

protected:
    bool perform(QString* error) override;

private:
    ElementId m_element;
};

// Sets (or with nullopt removes) an attribute. With `child` set, the attribute belongs to the
// element's first child of that name (a controller's <target>), created when missing.
class SetAttributeCommand : public DocumentCommand {
public:
    SetAttributeCommand(DomainDocument& document, ElementId element, const QString& name,
                        std::optional<QString> value, const QString& child = {});

protected:
    bool perform(QString* error) override;

private:
    ElementId m_element;
    QString m_name;
    std::optional<QString> m_value;
    QString m_child;
};

// Applies splices computed elsewhere (the placer's applyPlacement) as one transaction.
class ApplySplicesCommand : public DocumentCommand {
public:
    ApplySplicesCommand(DomainDocument& document, QList<TextSplice> splices, const QString& text);

protected:
    bool perform(QString* error) override;

private:
    QList<TextSplice> m_toApply;
};

} // namespace pcitopo
