#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo check [--connect URI] [--format text|json] [--timeout SECONDS] FILE...`: the
// differential test against a real libvirt daemon. Each file is defined under a temporary name (no
// uuid), read back and undefined (nothing is started); libvirt's verdict and addresses are printed
// next to pcitopo's, with every difference, then a summary figure. Exit status: 0 when every file
// agrees, 1 when one differs, 2 on a usage error, an unreadable file or a connection that cannot be
// opened.
int runCheck(const QStringList& arguments);

} // namespace pcitopo::cli
