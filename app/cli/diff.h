#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo diff [--all] [--format text|json] A.xml B.xml`: every change the guest will notice
// between two domains, both as libvirt will define them (model/diff/domaindiff.h); --all adds
// the changes it will not notice.
// Exit status: 0 no guest-visible change, 1 guest-visible changes, 2 usage or read error.
int runDiff(const QStringList& arguments);

} // namespace pcitopo::cli
