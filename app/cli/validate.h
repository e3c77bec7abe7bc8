#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo validate [--format text|json] FILE...`: every problem of every file.
// Exit status: 0 when no file has an error, 1 when one has, 2 when a file cannot be read or
// parsed (or the arguments are wrong).
// With `--connect URI`, the arguments are domain names whose persistent XML is read from libvirt
// (a read-only connection); a domain that cannot be read counts as an unreadable file.
int runValidate(const QStringList& arguments);

} // namespace pcitopo::cli
