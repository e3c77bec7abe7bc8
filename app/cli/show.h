#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo show FILE`: a readable summary of the topology: machine, buses (index, guest bus,
// model, slots, where each sits), devices by address, unplaced devices, headroom.
// Exit status: 0, or 2 when the file cannot be read or the arguments are wrong.
int runShow(const QStringList& arguments);

} // namespace pcitopo::cli
