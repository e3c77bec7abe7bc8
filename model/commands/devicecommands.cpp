#include "devicecommands.h"

#include <QRegularExpression>

namespace pcitopo {

static bool refuse(QString* error, const QString& reason) {
    if (error)
        *error = reason;
    return false;
}

static QString escapedAttribute(QString value) {
    value.replace(u'&', QStringLiteral("&amp;"));
    value.replace(u'<', QStringLiteral("&lt;"));
    value.replace(u'\'', QStringLiteral("&apos;"));
    return value;
}

static QString noSuchElement() {
    return QStringLiteral("the element no longer exists");
}

// --- SetAddressCommand ------------------------------------------------------------------------

static QString moveText(const std::optional<PciAddress>& address) {
    return address ? QStringLiteral("Move to %1").arg(address->toShortString())
                   : QStringLiteral("Remove address");
}

SetAddressCommand::SetAddressCommand(DomainDocument& document, ElementId device,
                                     std::optional<PciAddress> address, const QString& text)
    : DocumentCommand(document, text.isEmpty() ? moveText(address) : text), m_device(device),
      m_address(address) {}

bool SetAddressCommand::perform(QString* error) {
    if (!isElement(m_device))
        return refuse(error, noSuchElement());
    record(m_address ? document().setPciAddress(m_device, *m_address)
                     : document().removeAddress(m_device));
    return true;
}

// --- AddDeviceCommand -------------------------------------------------------------------------

static QString elementNameOfXml(const QString& xml) {
    static const QRegularExpression tag(QStringLiteral(R"(<\s*([A-Za-z_][\w:.-]*))"));
    const QRegularExpressionMatch m = tag.match(xml);
    return m.hasMatch() ? m.captured(1) : QString();
}

AddDeviceCommand::AddDeviceCommand(DomainDocument& document, const QString& elementXml,
                                   std::optional<PciAddress> address, const QString& text)
    : DocumentCommand(document, text.isEmpty()
                                    ? QStringLiteral("Add %1").arg(elementNameOfXml(elementXml))
                                    : text),
      m_xml(elementXml), m_address(address) {}

bool AddDeviceCommand::perform(QString* error) {
    DomainDocument& doc = document();
    const ElementId devices = doc.devicesElement();
    if (devices == NoElement)
        return refuse(error, QStringLiteral("the domain has no <devices> element"));
    const QString name = elementNameOfXml(m_xml);
    if (name.isEmpty())
        return refuse(error, QStringLiteral("the device XML has no element"));
    const QList<ElementId> before = doc.deviceElements();
    int lastSame = -1;
    for (int i = 0; i < before.size(); ++i)
        if (doc.name(before[i]) == name)
            lastSame = i;
    const bool append = lastSame < 0 || lastSame + 1 >= before.size();
    const TextSplice inserted =
        doc.insertElement(devices, m_xml, append ? NoElement : before[lastSame + 1]);
    if (inserted.isNoop())
        return refuse(error, QStringLiteral("the device XML could not be inserted"));
    record(inserted);
    const QList<ElementId> after = doc.deviceElements();
    if (after.size() != before.size() + 1)
        return refuse(error, QStringLiteral("the device XML is not exactly one element"));
    m_added = after[append ? after.size() - 1 : lastSame + 1];
    if (m_address)
        record(doc.setPciAddress(m_added, *m_address));
    return true;
}

// --- RemoveElementCommand ---------------------------------------------------------------------

RemoveElementCommand::RemoveElementCommand(DomainDocument& document, ElementId element,
                                           const QString& text)
    : DocumentCommand(document, text.isEmpty()
                                    ? QStringLiteral("Remove %1").arg(document.name(element))
                                    : text),
      m_element(element) {}

bool RemoveElementCommand::perform(QString* error) {
    if (!isElement(m_element) || m_element == document().root())
        return refuse(error, noSuchElement());
    record(document().removeElement(m_element));
    return true;
}

// --- SetAttributeCommand ----------------------------------------------------------------------

SetAttributeCommand::SetAttributeCommand(DomainDocument& document, ElementId element,
                                         const QString& name, std::optional<QString> value,
                                         const QString& child)
    : DocumentCommand(document, value ? QStringLiteral("Set %1").arg(name)
                                      : QStringLiteral("Remove %1").arg(name)),
      m_element(element), m_name(name), m_value(std::move(value)), m_child(child) {}

bool SetAttributeCommand::perform(QString* error) {
    DomainDocument& doc = document();
    if (!isElement(m_element))
        return refuse(error, noSuchElement());
    ElementId target = m_element;
    if (!m_child.isEmpty()) {
        target = doc.firstChild(m_element, m_child);
        if (target == NoElement) {
            if (!m_value)
                return true; // nothing to remove
            const QString xml =
                QStringLiteral("<%1 %2='%3'/>").arg(m_child, m_name, escapedAttribute(*m_value));
            record(doc.insertElement(m_element, xml));
            return true;
        }
    }
    record(m_value ? doc.setAttribute(target, m_name, *m_value)
                   : doc.removeAttribute(target, m_name));
    return true;
}

// --- ApplySplicesCommand ----------------------------------------------------------------------

ApplySplicesCommand::ApplySplicesCommand(DomainDocument& document, QList<TextSplice> splices,
                                         const QString& text)
    : DocumentCommand(document, text), m_toApply(std::move(splices)) {}

bool ApplySplicesCommand::perform(QString* error) {
    for (const TextSplice& splice : std::as_const(m_toApply))
        if (!applyAndRecord(splice, error))
            return false;
    return true;
}

} // namespace pcitopo
