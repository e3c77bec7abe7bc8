// Throughput of DomainDocument on a generated multi-megabyte domain: load and save MB/s (CPU
// time, robust on a shared machine) and the cost of one setPciAddress edit (splice + region
// re-index), which a full reparse would cost as much as the load.
//
//     bench_document [DEVICES [FILE]] [--quick] [--runs N] [--format text|json]
//     (DEVICES: 24000 by default; FILE: keep the generated domain, e.g. to profile it)
#include "benchargs.h"
#include "benchsuite.h"
#include "document/safewrite.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace pcitopo::bench;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const BenchArguments arguments = parseBenchArguments(QCoreApplication::arguments().mid(1));
    if (!arguments.problem.isEmpty()) {
        QTextStream(stderr) << arguments.problem << "\n";
        return 2;
    }
    const int devices = arguments.remaining.isEmpty() ? 24000 : arguments.remaining[0].toInt();
    const BenchDomain domain = documentBenchDomain(devices);
    if (arguments.remaining.size() > 1) {
        QString error;
        if (!pcitopo::writeFileSafely(arguments.remaining[1], domain.xml, &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
    }
    printBenchReport(arguments,
                     {benchDocumentLoad(domain, arguments.options),
                      benchDocumentSave(domain, arguments.options),
                      benchDocumentEdit(domain, arguments.options)},
                     QStringLiteral("not compared (libvirt has no counterpart)"));
    return 0;
}
