#include "fixtext.h"

#include "validation/diagnostic.h"

#include <QCoreApplication>

namespace pcitopo {

QString fixText(const SuggestedFix& fix) {
    switch (fix.kind) {
    case FixKind::MoveTo:
        return fix.address ? QCoreApplication::translate("FixText", "Move to %1")
                                 .arg(fix.address->toShortString())
                           : fix.label;
    case FixKind::RemoveAddress:
        return QCoreApplication::translate("FixText",
                                           "Remove the address (let libvirt assign one)");
    case FixKind::AddController:
        if (fix.count > 1)
            return QCoreApplication::translate(
                       "FixText", "Add %1 × %2 (libvirt fills %3 of them with devices it places)")
                .arg(fix.count)
                .arg(fix.model)
                .arg(fix.filled);
        return fix.value.isEmpty() ? QCoreApplication::translate("FixText", "Add %1").arg(fix.model)
                                   : QCoreApplication::translate("FixText", "Add %1 with index %2")
                                         .arg(fix.model, fix.value);
    case FixKind::SetMultifunction:
        return fix.multifunction
                   ? QCoreApplication::translate("FixText", "Set multifunction='on'")
                   : QCoreApplication::translate("FixText", "Set multifunction='off'");
    case FixKind::SetAttribute:
        return QCoreApplication::translate("FixText", "Set %1='%2'").arg(fix.attribute, fix.value);
    case FixKind::RemoveAttribute:
        return QCoreApplication::translate("FixText", "Remove %1").arg(fix.attribute);
    case FixKind::RemoveElement:
    case FixKind::None:
        break;
    }
    return fix.label;
}

} // namespace pcitopo
