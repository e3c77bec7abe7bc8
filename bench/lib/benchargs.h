#pragma once

// The arguments every benchmark front-end understands (`pcitopo bench` and the bench_*
// executables): --quick, --no-libvirt, --format text|json, --runs N, --keep DIR.

#include "benchreport.h"

#include <QStringList>

namespace pcitopo::bench {

struct BenchArguments {
    BenchOptions options;
    bool quick = false;
    bool json = false;
    QStringList remaining; // the arguments not recognised here, in order
    QString problem;       // a recognised option with a bad value; empty when fine
};

BenchArguments parseBenchArguments(const QStringList& arguments);

// The report of `results` on stdout, in the format the arguments chose. `libvirt` overrides the
// report's libvirt line (for benchmarks without a libvirt counterpart).
void printBenchReport(const BenchArguments& arguments, const QList<BenchResult>& results,
                      const QString& libvirt = {});

} // namespace pcitopo::bench
