#pragma once

// Whole processes, as a user runs them: `pcitopo validate FILE` and `pcitopo assign FILE -o OUT`
// against `virsh define FILE` of the same file, both spawned the same way (QProcess) and timed
// from spawn to exit, medians of BenchOptions::processRuns. Start-up counts, as it does for the
// user; the marginal rows (N devices minus 1 device) cancel it.

#include "benchmarks.h"

#include <QStringList>

namespace pcitopo::bench {

// The pcitopo command line to time: BenchOptions::pcitopoBinary, else `pcitopo` beside this
// executable (pcitopo bench), in ../app (the bench executables in the build tree), or on PATH.
QString pcitopoBinary(const BenchOptions& options);

// Median wall and CPU time (the child's user + system) of running `program arguments` `runs`
// times; wallMs negative when it fails, with `problem` set (its stderr).
Timing timeProcess(const QString& program, const QStringList& arguments, int runs,
                   QString* problem);

// validate and assign of q35-desktop.xml, pc with 500 virtio NICs, q35 with 200 virtio NICs,
// then the marginal cost of 500 NICs on pc; each row a ratio against `virsh define`.
QList<BenchResult> benchWholeProcess(const BenchOptions& options);

// Growth exponents from 500 to 4000 devices (in-process CPU time, least squares over log-log):
// document load, validate (valid and invalid domains), assign, show.
QList<BenchResult> benchGrowth(const BenchOptions& options);

} // namespace pcitopo::bench
