// bench_assign: pcitopo's libvirt-faithful PCI assignment (load + simulate + apply) against real
// libvirt (`virsh -c qemu:///system define`, which runs the same assignment) on the same files:
//   - pc: 2000 unaddressed e1000 cards, which end up behind 70 unaddressed pci-bridges;
//   - q35: 200 unaddressed virtio cards, which need 200 auto-added pcie-root-ports.
// Prints both times and the ratio (target >= 10x); the libvirt part says why when virsh or
// libvirtd is unavailable. The same benchmarks as `pcitopo bench` (bench/lib).
//
//     bench_assign [--runs N] [--keep DIR] [--no-libvirt] [--quick] [--format text|json]
#include "benchargs.h"
#include "benchsuite.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace pcitopo::bench;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const BenchArguments arguments = parseBenchArguments(QCoreApplication::arguments().mid(1));
    if (!arguments.problem.isEmpty() || !arguments.remaining.isEmpty()) {
        QTextStream(stderr) << "usage: bench_assign [--runs N] [--keep DIR] [--no-libvirt] "
                               "[--quick] [--format text|json]\n";
        return 2;
    }
    printBenchReport(arguments, {benchAssign(assignPcDomain(), arguments.options),
                                 benchAssign(assignQ35Domain(), arguments.options)});
    return 0;
}
