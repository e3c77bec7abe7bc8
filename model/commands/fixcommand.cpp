#include "fixcommand.h"

#include "controllercommands.h"
#include "devicecommands.h"

namespace pcitopo {

static bool refuse(QString* error, const QString& reason) {
    if (error)
        *error = reason;
    return false;
}

ApplyFixCommand::ApplyFixCommand(DomainDocument& document, SuggestedFix fix)
    : DocumentCommand(document, fix.label.isEmpty() ? fixKindName(fix.kind) : fix.label),
      m_fix(std::move(fix)) {}

bool ApplyFixCommand::perform(QString* error) {
    DomainDocument& doc = document();
    if (m_fix.kind != FixKind::AddController && m_fix.kind != FixKind::None &&
        !isElement(m_fix.element))
        return refuse(error, QStringLiteral("the element of this fix no longer exists"));
    switch (m_fix.kind) {
    case FixKind::None:
        return refuse(error, QStringLiteral("this problem has no automatic fix"));
    case FixKind::MoveTo:
        if (!m_fix.address)
            return refuse(error, QStringLiteral("the fix names no address"));
        record(doc.setPciAddress(m_fix.element, *m_fix.address));
        return true;
    case FixKind::RemoveAddress:
        record(doc.removeAddress(m_fix.element));
        return true;
    case FixKind::AddController:
        return addController(error);
    case FixKind::SetMultifunction:
        return setMultifunction(error);
    case FixKind::SetAttribute:
        if (!m_fix.child.isEmpty())
            return setChildAttribute(error);
        record(doc.setAttribute(m_fix.element, m_fix.attribute, m_fix.value));
        return true;
    case FixKind::RemoveAttribute:
        record(doc.removeAttribute(m_fix.element, m_fix.attribute));
        return true;
    case FixKind::RemoveElement:
        record(doc.removeElement(m_fix.element));
        return true;
    }
    return refuse(error, QStringLiteral("unknown fix"));
}

// The fix names the device; multifunction lives on its <address> child (or on the element
// itself when the fix already names the <address>).
bool ApplyFixCommand::setMultifunction(QString* error) {
    DomainDocument& doc = document();
    ElementId address = m_fix.element;
    if (doc.name(address) != u"address")
        address = doc.firstChild(m_fix.element, u"address");
    if (address == NoElement)
        return refuse(error, QStringLiteral("the device has no <address>"));
    record(doc.setAttribute(address, QStringLiteral("multifunction"),
                            m_fix.multifunction ? QStringLiteral("on") : QStringLiteral("off")));
    return true;
}

bool ApplyFixCommand::setChildAttribute(QString* error) {
    SetAttributeCommand set(document(), m_fix.element, m_fix.attribute, m_fix.value, m_fix.child);
    if (!set.execute(error))
        return false;
    for (const TextSplice& splice : set.splices())
        record(splice);
    return true;
}

bool ApplyFixCommand::addController(QString* error) {
    bool numeric = false;
    const int index = m_fix.value.toInt(&numeric);
    for (int i = 0; i < std::max(m_fix.count, 1); ++i) {
        AddControllerCommand add(document(), m_fix.model, numeric ? index : -1, m_fix.address);
        if (!add.execute(error))
            return false;
        for (const TextSplice& splice : add.splices())
            record(splice);
    }
    return true;
}

} // namespace pcitopo
