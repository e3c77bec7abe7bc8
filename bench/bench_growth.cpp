// bench_growth: growth exponents from 500 to 4000 devices (issue #15, target <= 1.1) of
// document load, validate (a valid and an invalid domain), assign and show. In-process CPU
// time; the same rows as `pcitopo bench` (bench/lib/benchgrowth.cpp).
//
//     bench_growth [--runs N] [--quick] [--format text|json]
#include "benchargs.h"
#include "benchprocess.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace pcitopo::bench;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const BenchArguments arguments = parseBenchArguments(QCoreApplication::arguments().mid(1));
    if (!arguments.problem.isEmpty() || !arguments.remaining.isEmpty()) {
        QTextStream(stderr) << "usage: bench_growth [--runs N] [--quick] [--format text|json]\n";
        return 2;
    }
    printBenchReport(arguments, benchGrowth(arguments.options),
                     QStringLiteral("not compared (growth of pcitopo alone)"));
    return 0;
}
