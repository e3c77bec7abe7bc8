#pragma once

// Thin backends over TopologyLayout's geometry (lstopo's idea): the same items become SVG text
// or an ASCII tree. No QGuiApplication, no fonts: text is truncated by a fixed character width.

#include "topologylayout.h"

namespace pcitopo {

// A standalone SVG document; every item is a <g> (a <line> for links) with the item's id and
// classes, styled by an embedded stylesheet users can override.
QString renderSvg(const TopologyLayout& layout, const QString& title);

// An indented tree: buses, their cells (collapsed runs as one line), chips, and below each
// controller chip the bus it provides; then the unplaced devices.
QString renderText(const TopologyLayout& layout);

} // namespace pcitopo
