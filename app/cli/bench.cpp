#include "bench.h"

#include "benchargs.h"
#include "benchsuite.h"

#include <QTextStream>

namespace pcitopo::cli {

int runBench(const QStringList& arguments) {
    const bench::BenchArguments parsed = bench::parseBenchArguments(arguments);
    if (!parsed.problem.isEmpty() || !parsed.remaining.isEmpty()) {
        QTextStream(stderr)
            << "pcitopo bench: "
            << (parsed.problem.isEmpty()
                    ? QStringLiteral("unknown argument '%1'").arg(parsed.remaining.first())
                    : parsed.problem)
            << "\nusage: pcitopo bench [--quick] [--no-libvirt] "
               "[--format text|json] [--runs N] [--keep DIR]\n";
        return 2;
    }
    // The full run takes a while (libvirt defines large domains): say what is being measured.
    QTextStream progress(stderr);
    const QList<bench::BenchResult> results =
        bench::runHeadlessBenchmarks(parsed.options, [&](const bench::BenchResult& r) {
            if (!parsed.json)
                progress << "measured " << r.name << "\n" << Qt::flush;
        });
    bench::printBenchReport(parsed, results);
    return 0;
}

} // namespace pcitopo::cli
