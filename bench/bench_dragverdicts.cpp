// Drag feedback must follow the cursor: every cell's verdict for a domain with 200 root ports
// has to come in well under 2 ms, and the topology of a domain of about 1000 devices has to
// rebuild after every edit without a visible pause. Medians of repeated runs.
//
//     bench_dragverdicts [--quick] [--format text|json]
#include "benchargs.h"
#include "benchsuite.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace pcitopo::bench;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const BenchArguments arguments = parseBenchArguments(QCoreApplication::arguments().mid(1));
    if (!arguments.problem.isEmpty() || !arguments.remaining.isEmpty()) {
        QTextStream(stderr) << "usage: bench_dragverdicts [--quick] [--format text|json]\n";
        return 2;
    }
    const BenchDomain ports = dragDomain();
    QList<BenchResult> results;
    for (const QString& candidate : dragCandidates())
        results.append(benchDragVerdicts(ports, candidate, arguments.options));
    results.append(benchDragMove(ports, arguments.options));
    results.append(benchTopology(largeDomain(), arguments.options));
    printBenchReport(arguments, results, QStringLiteral("not compared (no libvirt counterpart)"));
    return 0;
}
