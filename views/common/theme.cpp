#include "theme.h"

#include "document/device.h"

#include <QHash>

namespace pcitopo::theme {

QIcon icon(const QString& name) {
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

static QString pciControllerIconName(const QString& model) {
    if (model == u"pci-root" || model == u"pcie-root")
        return QStringLiteral("root");
    if (model.contains(u"expander"))
        return QStringLiteral("expander");
    if (model.contains(u"bridge"))
        return QStringLiteral("bridge");
    return QStringLiteral("controller");
}

static QString controllerIconName(const Device& device) {
    if (device.type == u"pci")
        return pciControllerIconName(device.model);
    if (device.type == u"usb")
        return QStringLiteral("usb");
    return QStringLiteral("storage"); // sata, scsi, ide, virtio-serial, ccid …
}

QString deviceIconName(const Device& device) {
    switch (device.kind) {
    case DeviceKind::Controller:
        return controllerIconName(device);
    case DeviceKind::Interface:
        return QStringLiteral("network");
    case DeviceKind::Disk:
    case DeviceKind::Filesystem:
        return QStringLiteral("disk");
    case DeviceKind::Video:
    case DeviceKind::Graphics:
        return QStringLiteral("display");
    case DeviceKind::Sound:
    case DeviceKind::Audio:
        return QStringLiteral("sound");
    case DeviceKind::Hostdev:
        return QStringLiteral("passthrough");
    case DeviceKind::Memballoon:
        return QStringLiteral("balloon");
    case DeviceKind::Rng:
        return QStringLiteral("rng");
    case DeviceKind::Watchdog:
        return QStringLiteral("watchdog");
    case DeviceKind::Input:
        return QStringLiteral("input");
    case DeviceKind::Hub:
    case DeviceKind::Redirdev:
        return QStringLiteral("usb");
    default:
        return QStringLiteral("other");
    }
}

QString paletteIconName(const QString& group, const QString& entryId) {
    static const QHash<QString, QString> byGroup = {
        {QStringLiteral("Network"), QStringLiteral("network")},
        {QStringLiteral("Storage"), QStringLiteral("disk")},
        {QStringLiteral("Display"), QStringLiteral("display")},
        {QStringLiteral("Sound"), QStringLiteral("sound")},
        {QStringLiteral("USB"), QStringLiteral("usb")},
        {QStringLiteral("Input"), QStringLiteral("input")},
        {QStringLiteral("Passthrough"), QStringLiteral("passthrough")},
    };
    if (group == u"Controllers") {
        const QString model = entryId.section(u':', -1);
        return pciControllerIconName(model);
    }
    if (entryId.contains(u"balloon"))
        return QStringLiteral("balloon");
    if (entryId.contains(u"rng"))
        return QStringLiteral("rng");
    if (entryId.contains(u"watchdog"))
        return QStringLiteral("watchdog");
    if (entryId.contains(u"scsi") || entryId.contains(u"sata") || entryId.contains(u"ahci"))
        return QStringLiteral("storage");
    return byGroup.value(group, QStringLiteral("other"));
}

} // namespace pcitopo::theme
