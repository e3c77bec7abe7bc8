#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo assign [--policy libvirt|integrated|numa|reserve:N] FILE [-o OUT | --in-place]`:
// writes FILE with the addresses and controllers the policy adds, as minimal splices (every
// other byte unchanged), to OUT, back to FILE, or to stdout; a one-line summary goes to stderr.
// Exit status: 0 done; 1 the input has errors (printed) or the policy cannot be applied;
// 2 FILE cannot be read or the arguments are wrong; 3 the result failed pcitopo's own validator
// (a bug: nothing is written).
int runAssign(const QStringList& arguments);

} // namespace pcitopo::cli
