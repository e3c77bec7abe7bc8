#include "showguest.h"

#include <QJsonObject>

namespace pcitopo::cli {

namespace {

QJsonValue stringOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue addressOrNull(const std::optional<PciAddress>& address) {
    return address ? QJsonValue(fullAddressString(*address)) : QJsonValue();
}

// "interface 0", "disk vda", "controller pci 3"
QString elementTitle(const GuestElement& e) {
    if (e.elementName == u"controller")
        return QStringLiteral("controller %1 %2").arg(e.type).arg(e.index.value_or(-1));
    if (!e.target.isEmpty())
        return QStringLiteral("%1 %2").arg(e.elementName, e.target);
    return QStringLiteral("%1 %2").arg(e.elementName).arg(e.ordinal);
}

} // namespace

QJsonArray guestElementsJson(const GuestView& view) {
    QJsonArray rows;
    for (const GuestElement& e : view.elements) {
        rows.append(QJsonObject{
            {QStringLiteral("element"), e.elementName},
            {QStringLiteral("ordinal"), e.ordinal},
            {QStringLiteral("target"), stringOrNull(e.target)},
            {QStringLiteral("type"), stringOrNull(e.type)},
            {QStringLiteral("index"), e.index ? QJsonValue(*e.index) : QJsonValue()},
            {QStringLiteral("model"), stringOrNull(e.model)},
            {QStringLiteral("mac"), stringOrNull(e.mac)},
            {QStringLiteral("address"), addressOrNull(e.address)},
            {QStringLiteral("assignedBy"), stringOrNull(addressOriginName(e.assignedBy))},
            {QStringLiteral("guestAddress"), addressOrNull(e.guestAddress)},
            {QStringLiteral("guestBus"), e.guestBus ? QJsonValue(*e.guestBus) : QJsonValue()},
            {QStringLiteral("linuxName"), stringOrNull(e.linuxName)},
        });
    }
    return rows;
}

QString guestViewText(const GuestView& view) {
    QString out = QStringLiteral("guest view (as libvirt will define it):\n");
    for (const GuestElement& e : view.elements) {
        if (!e.address)
            continue;
        out += QStringLiteral("  %1  %2 -> guest %3  (%4)")
                   .arg(elementTitle(e).leftJustified(22), fullAddressString(*e.address),
                        e.guestAddress ? fullAddressString(*e.guestAddress)
                                       : QStringLiteral("not reached"),
                        addressOriginName(e.assignedBy));
        if (!e.linuxName.isEmpty())
            out += QStringLiteral("  Linux: ") + e.linuxName;
        out += u'\n';
    }
    return out;
}

} // namespace pcitopo::cli
