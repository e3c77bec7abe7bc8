#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo render [--format svg|png|txt] FILE [-o OUT] [--width N]`: the graph view's layout as
// SVG (default), PNG (the SVG rasterized, N pixels wide, headless) or an ASCII tree, on stdout
// or to OUT; without --format the name of OUT chooses (.png, .txt, else SVG).
// Exit status: 0, or 2 when the file cannot be read or written or the arguments are wrong.
int runRender(const QStringList& arguments);

} // namespace pcitopo::cli
