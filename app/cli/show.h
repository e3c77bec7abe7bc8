#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo show [--format text|json] FILE`: the topology as an lspci -tv style tree (or JSON
// with the same content): buses with index, guest bus, model and NUMA node; slots with their
// occupants and hotplug state; unplaced devices; the headroom line.
// Exit status: 0, or 2 when the file cannot be read or the arguments are wrong.
int runShow(const QStringList& arguments);

} // namespace pcitopo::cli
