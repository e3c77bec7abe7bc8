// bench_scaling: the growth of validate and assign with the number of devices, for the shapes
// that were once quadratic (issue #18): addressed pc with multifunction slots, q35 with SCSI
// disks, q35 with unaddressed NICs, an invalid pc with unplaceable NICs. Prints each row's
// growth exponent (target < 1.3) and its times.
//
//     bench_scaling [--runs N] [--quick] [--format text|json] [SIZE...]   (default 500 1000 2000
//     4000)
#include "benchargs.h"
#include "benchmarks.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace pcitopo::bench;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const BenchArguments arguments = parseBenchArguments(QCoreApplication::arguments().mid(1));
    QList<int> sizes;
    bool ok = arguments.problem.isEmpty();
    for (const QString& size : arguments.remaining) {
        sizes.append(size.toInt(&ok));
        if (!ok || sizes.last() < 1)
            break;
    }
    if (!ok || (!sizes.isEmpty() && sizes.size() < 2)) {
        QTextStream(stderr) << "usage: bench_scaling [--runs N] [--quick] [--format text|json] "
                               "[SIZE SIZE...]\n";
        return 2;
    }
    printBenchReport(arguments, sizes.isEmpty() ? benchScaling(arguments.options)
                                                : benchScaling(arguments.options, sizes));
    return 0;
}
