#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace pcitopo {

struct Device;

// The one place where the editor's colours and icons are chosen, so the graph, the problems
// panel and the XML view speak the same visual language (see shared/ui.md).
namespace theme {

inline const QColor ErrorRed{0xc6, 0x28, 0x28};
inline const QColor WarningAmber{0xf9, 0xa8, 0x25};
inline const QColor InfoBlue{0x15, 0x65, 0xc0};
inline const QColor LegalGreen{0x2e, 0x7d, 0x32};

inline const QColor BusFill{0xf5, 0xf7, 0xfa};
inline const QColor BusBorder{0x78, 0x90, 0x9c};
inline const QColor RootFill{0xe3, 0xea, 0xf2};
inline const QColor CellFill{0xff, 0xff, 0xff};
inline const QColor CellReserved{0xe0, 0xe0, 0xe0};
inline const QColor ChipFill{0xe8, 0xf0, 0xfe};
inline const QColor ChipBorder{0x5c, 0x6b, 0xc0};
inline const QColor SelectionBlue{0x19, 0x76, 0xd2};
inline const QColor NumaFrame{0x8e, 0x24, 0xaa};
inline const QColor TextDark{0x26, 0x32, 0x38};
inline const QColor TextMuted{0x75, 0x75, 0x75};

// The graph's surface colours for the application's palette: the light ones above on a light
// palette, dark counterparts on a dark one (the platform's or --dark), so boxes, cells and text
// keep their contrast. Severity and verdict colours are the same in both.
struct GraphColours {
    QColor background, busFill, rootFill, busBorder, cellFill, cellReserved, chipFill, chipBorder,
        selection, numaFrame, text, textMuted;
};
GraphColours graphColours();
bool isDarkPalette(const QPalette& palette);
// A dark palette for the Fusion style (guimain's --dark).
QPalette darkPalette();

// Resource icons (:/icons/NAME.svg), cached.
QIcon icon(const QString& name);

// The icon name of a device's class: network, disk, display, sound, usb, storage, passthrough,
// balloon, rng, watchdog, input, controller, bridge, expander, root, other.
QString deviceIconName(const Device& device);
// The icon name for a palette group ("Network", "Controllers", …) and entry id.
QString paletteIconName(const QString& group, const QString& entryId);

} // namespace theme
} // namespace pcitopo
