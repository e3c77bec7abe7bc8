#include "bench.h"

#include "benchreport.h"
#include "benchsuite.h"

#include <QTextStream>

namespace pcitopo::cli {

namespace {

struct BenchArguments {
    bool quick = false;
    bool withLibvirt = true;
    bool json = false;
};

std::optional<BenchArguments> parse(const QStringList& arguments, QString* problem) {
    BenchArguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"--quick") {
            parsed.quick = true;
        } else if (argument == u"--no-libvirt") {
            parsed.withLibvirt = false;
        } else if (argument == u"--format" && i + 1 < arguments.size() &&
                   (arguments[i + 1] == u"text" || arguments[i + 1] == u"json")) {
            parsed.json = arguments[++i] == u"json";
        } else {
            *problem = argument == u"--format"
                           ? QStringLiteral("--format takes text or json")
                           : QStringLiteral("unknown argument '%1'").arg(argument);
            return std::nullopt;
        }
    }
    return parsed;
}

} // namespace

int runBench(const QStringList& arguments) {
    QString problem;
    const std::optional<BenchArguments> parsed = parse(arguments, &problem);
    if (!parsed) {
        QTextStream(stderr) << "pcitopo bench: " << problem
                            << "\nusage: pcitopo bench [--quick] [--no-libvirt] "
                               "[--format text|json]\n";
        return 2;
    }
    bench::BenchOptions options =
        parsed->quick ? bench::BenchOptions::quick() : bench::BenchOptions();
    options.withLibvirt = parsed->withLibvirt;
    bench::BenchReport report;
    report.quick = parsed->quick;
    report.libvirt = bench::libvirtStatus(options);
    // The full run takes a while (libvirt defines large domains): say what is being measured.
    QTextStream progress(stderr);
    report.results = bench::runHeadlessBenchmarks(options, [&](const bench::BenchResult& r) {
        if (!parsed->json)
            progress << "measured " << r.name << "\n" << Qt::flush;
    });
    QTextStream out(stdout);
    if (parsed->json)
        bench::printJsonReport(out, report);
    else
        bench::printTextReport(out, report);
    return 0;
}

} // namespace pcitopo::cli
