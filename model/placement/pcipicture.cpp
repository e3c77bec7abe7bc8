#include "pcipicture.h"

#include "document/device.h"

#include <QHash>

namespace pcitopo {

namespace {

QString controllerKey(const Device& d) {
    return QStringLiteral("controller %1 %2")
        .arg(d.type, d.index ? QString::number(*d.index) : QStringLiteral("?"));
}

QString deviceKey(const Device& d, QHash<QString, int>& counts,
                  const QHash<QString, int>& controllerKeys) {
    if (d.kind == DeviceKind::Controller) {
        const QString key = controllerKey(d);
        // USB2 companions share type and index: tell them apart by model.
        return controllerKeys.value(key) > 1 ? key + u' ' + d.model : key;
    }
    if (d.kind == DeviceKind::Disk && !d.targetDev.isEmpty()) {
        return QStringLiteral("disk %1").arg(d.targetDev);
    }
    const int n = counts[d.elementName]++;
    return QStringLiteral("%1 #%2").arg(d.elementName).arg(n);
}

QString controllerDescription(const Device& d) {
    QStringList parts{QStringLiteral("model=%1").arg(d.model)};
    for (const char* name : {"chassisNr", "chassis", "port", "busNr"}) {
        const QString value = d.target.value(QLatin1String(name));
        if (!value.isEmpty()) {
            bool ok = false;
            const int number = value.toInt(&ok, 0);
            parts << QStringLiteral("%1=%2").arg(QLatin1String(name),
                                                 ok ? QString::number(number) : value);
        }
    }
    return parts.join(u' ');
}

qsizetype firstVideo(const QList<Device>& devices) {
    for (qsizetype i = 0; i < devices.size(); ++i) {
        if (devices.at(i).kind == DeviceKind::Video) {
            return i;
        }
    }
    return devices.size();
}

} // namespace

QMap<QString, QString> pciPicture(const DomainDocument& document) {
    const DeviceInventory inventory = DeviceInventory::read(document);
    QMap<QString, QString> picture;
    QHash<QString, int> counts;
    QHash<QString, int> controllerKeys;
    QList<Device> devices;
    for (const Device& d : inventory.devices) {
        if (d.kind == DeviceKind::Controller) {
            ++controllerKeys[controllerKey(d)];
        }
        // libvirt keeps the primary video first (ORD-3).
        const bool primaryVideo = d.kind == DeviceKind::Video && d.primary;
        devices.insert(primaryVideo ? firstVideo(devices) : devices.size(), d);
    }
    for (const Device& d : std::as_const(devices)) {
        const QString key = deviceKey(d, counts, controllerKeys);
        QString value;
        if (d.addressType == u"pci" && d.pciAddress) {
            value = d.pciAddress->toShortString();
            if (d.pciAddress->multifunction) {
                value += *d.pciAddress->multifunction ? QStringLiteral(" mf=on")
                                                      : QStringLiteral(" mf=off");
            }
        }
        if (d.isController(u"pci")) {
            value += QStringLiteral(" [%1]").arg(controllerDescription(d));
        }
        if (!value.isEmpty()) {
            picture.insert(key, value.trimmed());
        }
    }
    return picture;
}

QStringList pictureDifferences(const QMap<QString, QString>& expected,
                               const QMap<QString, QString>& actual) {
    QStringList out;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString got = actual.value(it.key(), QStringLiteral("(none)"));
        if (got != it.value()) {
            out << QStringLiteral("%1: libvirt %2, pcitopo %3").arg(it.key(), it.value(), got);
        }
    }
    for (auto it = actual.begin(); it != actual.end(); ++it) {
        if (!expected.contains(it.key())) {
            out << QStringLiteral("%1: libvirt (none), pcitopo %2").arg(it.key(), it.value());
        }
    }
    return out;
}

} // namespace pcitopo
