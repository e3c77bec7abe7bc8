#pragma once

#include <QString>

namespace pcitopo {

struct SuggestedFix;

// A fix's verb phrase in the user's language, composed from the fix's data ("Verschieben nach
// 00:03.0"); the model's English label (for the CLI and JSON) when the kind has no wording.
QString fixText(const SuggestedFix& fix);

} // namespace pcitopo
