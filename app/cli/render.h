#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo render [--format svg|txt] FILE [-o OUT]`: the graph view's layout as SVG (default;
// txt when OUT ends in .txt and no --format is given) or as an ASCII tree, on stdout or to OUT.
// Exit status: 0, or 2 when the file cannot be read or written or the arguments are wrong.
int runRender(const QStringList& arguments);

} // namespace pcitopo::cli
