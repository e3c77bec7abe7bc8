#pragma once

// How benchmark results are printed, the same way by `pcitopo bench` and the bench_* executables:
// a text table (then one detail line per benchmark) or one JSON document.

#include "benchmarks.h"

#include <QList>
#include <QTextStream>

namespace pcitopo::bench {

struct BenchReport {
    QList<BenchResult> results;
    bool quick = false;
    QString libvirt; // "qemu:///system", "skipped (--no-libvirt)" or "unavailable: …"
};

// What to print as BenchReport::libvirt for these options (asks libvirt once).
QString libvirtStatus(const BenchOptions& options);

void printTextReport(QTextStream& out, const BenchReport& report);
// {"quick":…, "libvirt":…, "benchmarks":[{"name", "description", "pcitopo":{"wall_ms",
// "cpu_ms", "runs"}, "libvirt_ms", "libvirt_note", "ratio", "mb_per_s", "target", "passed",
// "detail"}]}; absent figures are null.
void printJsonReport(QTextStream& out, const BenchReport& report);

} // namespace pcitopo::bench
