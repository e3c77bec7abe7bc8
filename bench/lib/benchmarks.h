#pragma once

// One function per benchmark, each returning a BenchResult: what `pcitopo bench` tabulates and
// what the bench_* executables print. Benchmarks report; they never fail a build or a test.
//
//     BenchOptions options;                       // options.quick(): fewer runs
//     BenchResult r = benchValidate(validatePcDomain(), options);
//     r.pcitopo.wallMs, r.libvirtMs, r.ratio, r.passed

#include "benchtiming.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace pcitopo::bench {

struct BenchOptions {
    int runs = 5;            // in-process runs of the heavy benchmarks (median)
    int fastRuns = 200;      // runs of the sub-millisecond ones (drag verdicts)
    int libvirtRuns = 5;     // `virsh define` runs per file (median)
    bool withLibvirt = true; // false: no virsh at all (--no-libvirt)
    QString keepDir;         // where the generated files go; empty: a temporary directory
    int processRuns = 21;    // whole-process runs of pcitopo and virsh (benchprocess.h)
    QString pcitopoBinary;   // the command line timed as a whole process; empty: found

    static BenchOptions quick(); // 1–3 runs each: structure and rough figures in seconds
};

struct BenchDomain {
    QString key;         // short and stable: "pc", "q35", "24000"
    QString description; // "pc: 2000 e1000 behind 70 pci-bridges"
    QString domainName;  // its <name>, unique to this process (virsh defines it)
    QByteArray xml;
};

struct BenchResult {
    QString name;        // stable id: "document-load", "validate-pc", "drag-verdicts-net-virtio"
    QString description; // what was measured, on what
    Timing pcitopo;      // median wall and CPU
    std::optional<double> libvirtMs; // `virsh define` of the same file, median wall
    QString libvirtNote; // why there is no libvirt figure (skipped, unavailable, failed)
    double ratio = 0;    // libvirt / pcitopo wall time; 0 without a libvirt figure
    std::optional<double> megabytesPerSecond; // throughput benchmarks (CPU time based)
    std::optional<double> exponent;           // growth rows: time ~ devices^exponent
    QString target;                           // "ratio >= 10", "< 2 ms"; empty: reports only
    std::optional<bool> passed;               // empty: no target, or not measurable in this run
    QString detail;                           // breakdown: phases, counts, the domain's verdict

    static BenchResult named(const QString& name, const QString& description);
};

// DomainDocument throughput and edit cost on documentDomain().
BenchResult benchDocumentLoad(const BenchDomain& domain, const BenchOptions& options);
BenchResult benchDocumentSave(const BenchDomain& domain, const BenchOptions& options);
BenchResult benchDocumentEdit(const BenchDomain& domain, const BenchOptions& options);

// load + inventory + validate (what `pcitopo validate` does per file) vs `virsh define`.
BenchResult benchValidate(const BenchDomain& domain, const BenchOptions& options);
// load + libvirt-faithful placement + apply (`pcitopo assign`) vs `virsh define`, which runs
// libvirt's own assignment on the same unaddressed file.
BenchResult benchAssign(const BenchDomain& domain, const BenchOptions& options);

// Every cell's verdict while dragging a palette entry (or moving the first NIC) over the domain.
BenchResult benchDragVerdicts(const BenchDomain& domain, const QString& paletteId,
                              const BenchOptions& options);
BenchResult benchDragMove(const BenchDomain& domain, const BenchOptions& options);
// The refresh after an edit: inventory + topology + layout.
BenchResult benchTopology(const BenchDomain& domain, const BenchOptions& options);

// Validate and assign at each of `sizes` devices for the shapes that were once quadratic (issue
// #18): one row per shape and operation, its growth exponent in `detail` (target < 1.3), the
// largest size's time in `pcitopo`.
QList<BenchResult> benchScaling(const BenchOptions& options,
                                const QList<int>& sizes = {500, 1000, 2000, 4000});

} // namespace pcitopo::bench
