#include "devicedefaults.h"

#include "document/device.h"

#include <QRegularExpression>
#include <QSet>

namespace pcitopo {

namespace {
// vda … vdz, vdaa … (as the kernel names disks).
QString diskName(const QString& prefix, int number) {
    QString suffix;
    for (int n = number; n >= 0; n = n / 26 - 1)
        suffix.prepend(QChar(u'a' + n % 26));
    return prefix + suffix;
}
} // namespace

QString withDomainDefaults(const QString& xmlTemplate, const QList<Device>& devices) {
    static const QRegularExpression targetDev(QStringLiteral("dev='(vd|sd|hd)[a-z]+'"));
    const QRegularExpressionMatch match = targetDev.match(xmlTemplate);
    if (!match.hasMatch())
        return xmlTemplate;
    const QString prefix = match.captured(1);
    QSet<QString> taken;
    for (const Device& device : devices)
        if (!device.targetDev.isEmpty())
            taken.insert(device.targetDev);
    int number = 0;
    while (taken.contains(diskName(prefix, number)))
        ++number;
    const QString name = diskName(prefix, number);
    QString xml = xmlTemplate;
    xml.replace(match.capturedStart(), match.capturedLength(),
                QStringLiteral("dev='%1'").arg(name));
    static const QRegularExpression image(QStringLiteral("/disk\\.(qcow2|raw|img)'"));
    xml.replace(image, QStringLiteral("/%1.\\1'").arg(name));
    return xml;
}

} // namespace pcitopo
