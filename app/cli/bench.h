#pragma once

#include <QStringList>

namespace pcitopo::cli {

// `pcitopo bench [--quick] [--no-libvirt] [--format text|json] [--runs N] [--keep DIR]`: the
// headless benchmarks (document load/save/edit, validate and assign against `virsh define` of
// the same files, drag verdicts, topology refresh), run in-process, with libvirt measured in the
// same run. --keep DIR leaves the generated domains there.
// Exit status: 0 whatever the figures (benchmarks report, they do not fail), 2 on bad arguments.
int runBench(const QStringList& arguments);

} // namespace pcitopo::cli
