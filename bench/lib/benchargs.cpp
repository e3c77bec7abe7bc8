#include "benchargs.h"

namespace pcitopo::bench {

namespace {

// `--option VALUE`: the value, or an empty string (with `problem` set) when it is missing.
QString takeValue(const QStringList& arguments, qsizetype& i, QString* problem) {
    if (i + 1 >= arguments.size()) {
        *problem = arguments[i] + QStringLiteral(" needs a value");
        return {};
    }
    return arguments[++i];
}

} // namespace

BenchArguments parseBenchArguments(const QStringList& arguments) {
    BenchArguments parsed;
    parsed.quick = arguments.contains(QStringLiteral("--quick"));
    parsed.options = parsed.quick ? BenchOptions::quick() : BenchOptions();
    for (qsizetype i = 0; i < arguments.size() && parsed.problem.isEmpty(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"--quick") {
            continue;
        } else if (argument == u"--no-libvirt") {
            parsed.options.withLibvirt = false;
        } else if (argument == u"--format") {
            const QString format = takeValue(arguments, i, &parsed.problem);
            if (format != u"text" && format != u"json")
                parsed.problem = QStringLiteral("--format takes text or json");
            parsed.json = format == u"json";
        } else if (argument == u"--runs") {
            const int runs = takeValue(arguments, i, &parsed.problem).toInt();
            if (runs < 1)
                parsed.problem = QStringLiteral("--runs takes a positive number");
            parsed.options.runs = parsed.options.libvirtRuns = parsed.options.processRuns = runs;
        } else if (argument == u"--keep") {
            parsed.options.keepDir = takeValue(arguments, i, &parsed.problem);
        } else {
            parsed.remaining.append(argument);
        }
    }
    return parsed;
}

void printBenchReport(const BenchArguments& arguments, const QList<BenchResult>& results,
                      const QString& libvirt) {
    QTextStream out(stdout);
    const BenchReport report{results, arguments.quick,
                             libvirt.isEmpty() ? libvirtStatus(arguments.options) : libvirt};
    if (arguments.json)
        printJsonReport(out, report);
    else
        printTextReport(out, report);
}

} // namespace pcitopo::bench
