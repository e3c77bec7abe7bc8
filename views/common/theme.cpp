#include "theme.h"

#include "document/device.h"
#include "svgiconengine.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>

namespace pcitopo::theme {

// On a dark palette the icons' dark grey strokes would vanish: they are redrawn light.
static QIcon loadIcon(const QString& name, bool dark) {
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    if (!dark)
        return QIcon(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(path);
    QByteArray svg = file.readAll();
    svg.replace("#263238", "#e8eaed").replace("#37474f", "#cfd8dc");
    return QIcon(new SvgIconEngine(svg));
}

QIcon icon(const QString& name) {
    static QHash<QString, QIcon> cache;
    const bool dark = isDarkPalette(QGuiApplication::palette());
    const QString key = dark ? name + QStringLiteral("@dark") : name;
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, loadIcon(name, dark));
    return *it;
}

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

GraphColours graphColours() {
    if (!isDarkPalette(QGuiApplication::palette()))
        return {QColor(0xfb, 0xfc, 0xfd),
                BusFill,
                RootFill,
                BusBorder,
                CellFill,
                CellReserved,
                ChipFill,
                ChipBorder,
                SelectionBlue,
                NumaFrame,
                TextDark,
                TextMuted};
    return {QColor(0x1b, 0x1f, 0x24), QColor(0x2a, 0x30, 0x38), QColor(0x25, 0x33, 0x45),
            QColor(0x7b, 0x8d, 0x99), QColor(0x34, 0x3b, 0x45), QColor(0x23, 0x27, 0x2d),
            QColor(0x2d, 0x3d, 0x5c), QColor(0x8c, 0x9e, 0xff), QColor(0x64, 0xb5, 0xf6),
            QColor(0xce, 0x93, 0xd8), QColor(0xe8, 0xea, 0xed), QColor(0xa0, 0xaa, 0xb3)};
}

QPalette darkPalette() {
    const QColor window(0x2b, 0x2f, 0x35), base(0x1f, 0x23, 0x28), text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8c), highlight(0x3d, 0x7c, 0xc9);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3f, 0x46));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    palette.setColor(QPalette::Light, window.lighter(140));
    palette.setColor(QPalette::Midlight, window.lighter(120));
    palette.setColor(QPalette::Mid, window.darker(120));
    palette.setColor(QPalette::Dark, window.darker(160));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x82, 0xb1, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
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
