#include "pciaddress.h"

namespace pcitopo {

static QString hex(int value, int width) {
    return QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0'));
}

QString PciAddress::toShortString() const {
    QString s = hex(bus, 2) + u':' + hex(slot, 2) + u'.' + QString::number(function, 16);
    return domain == 0 ? s : hex(domain, 4) + u':' + s;
}

QString PciAddress::toLibvirtString() const {
    return hex(domain, 4) + u':' + hex(bus, 2) + u':' + hex(slot, 2) + u'.' +
           QString::number(function, 16);
}

QString PciAddress::toXmlElement() const {
    QString s = QStringLiteral("<address type='pci' domain='0x%1' bus='0x%2' slot='0x%3' "
                               "function='0x%4'")
                    .arg(hex(domain, 4), hex(bus, 2), hex(slot, 2), QString::number(function, 16));
    if (multifunction)
        s += *multifunction ? QStringLiteral(" multifunction='on'")
                            : QStringLiteral(" multifunction='off'");
    return s + QStringLiteral("/>");
}

} // namespace pcitopo
