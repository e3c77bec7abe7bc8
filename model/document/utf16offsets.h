#pragma once

// The byte scanner's offsets in UTF-16 units (the document's index) and its byte locations.

#include "bytescanner.h"

#include <string_view>

namespace pcitopo::detail {

// Every element from `firstElement` on: byte offsets → UTF-16 offsets.
void convertToUtf16(std::string_view s, ElementIndex& index, size_t firstElement);

} // namespace pcitopo::detail
