#pragma once

#include <QLatin1StringView>

namespace pcitopo::mime {

// A palette entry being dragged: the data is the PaletteEntry id (UTF-8).
inline constexpr QLatin1StringView PaletteEntry{"application/x-pcitopo-palette-entry"};
// A placed device being moved: the data is its element id as decimal text. Element ids are
// valid until the next edit, and no edit can happen during a drag.
inline constexpr QLatin1StringView DeviceElement{"application/x-pcitopo-device-element"};

} // namespace pcitopo::mime
