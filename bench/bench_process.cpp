// bench_process: whole processes as users run them (issue #15): `pcitopo validate` and
// `pcitopo assign` of q35-desktop.xml, pc with 500 virtio NICs and q35 with 200, each against
// `virsh define` of the same file in the same run (targets: validate >= 4x, assign >= 3x), and
// the marginal cost of 500 NICs (>= 20x below libvirt's). Times the pcitopo in ../app (build
// tree), or --binary PATH. The same rows as `pcitopo bench` (bench/lib/benchprocess.cpp).
//
//     bench_process [--runs N] [--keep DIR] [--no-libvirt] [--quick] [--format text|json]
//                   [--binary PCITOPO]
#include "benchargs.h"
#include "benchprocess.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace pcitopo::bench;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    BenchArguments arguments = parseBenchArguments(QCoreApplication::arguments().mid(1));
    BenchOptions& options = arguments.options;
    const qsizetype binary = arguments.remaining.indexOf(QStringLiteral("--binary"));
    if (binary >= 0 && binary + 1 < arguments.remaining.size()) {
        options.pcitopoBinary = arguments.remaining.at(binary + 1);
        arguments.remaining.remove(binary, 2);
    }
    if (!arguments.problem.isEmpty() || !arguments.remaining.isEmpty()) {
        QTextStream(stderr) << "usage: bench_process [--runs N] [--keep DIR] [--no-libvirt] "
                               "[--quick] [--format text|json] [--binary PCITOPO]\n";
        return 2;
    }
    printBenchReport(arguments, benchWholeProcess(options));
    return 0;
}
