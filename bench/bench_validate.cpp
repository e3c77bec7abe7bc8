// Validator benchmark: pcitopo's load + inventory + validate (what `pcitopo validate` does per
// file) against `virsh define` of the same domains, in the same run (ratio target >= 10x):
//   - pc with 2000 e1000 NICs behind 70 pci-bridges (explicit addresses throughout),
//   - q35 with 200 pcie-root-ports (packed 8 per slot) each holding a virtio NIC.
// The same benchmarks as `pcitopo bench` (bench/lib).
//
//     bench_validate [--runs N] [--keep DIR] [--no-libvirt|--no-virsh] [--quick]
//                    [--format text|json]
#include "benchargs.h"
#include "benchsuite.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace pcitopo::bench;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    args.replaceInStrings(QStringLiteral("--no-virsh"), QStringLiteral("--no-libvirt"));
    const BenchArguments arguments = parseBenchArguments(args);
    if (!arguments.problem.isEmpty() || !arguments.remaining.isEmpty()) {
        QTextStream(stderr) << "usage: bench_validate [--runs N] [--keep DIR] [--no-libvirt] "
                               "[--quick] [--format text|json]\n";
        return 2;
    }
    printBenchReport(arguments, {benchValidate(validatePcDomain(), arguments.options),
                                 benchValidate(validateQ35Domain(), arguments.options)});
    return 0;
}
