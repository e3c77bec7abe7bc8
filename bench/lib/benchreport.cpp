#include "benchreport.h"

#include "benchvirsh.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pcitopo::bench {

namespace {

QString ms(double value) {
    return QString::number(value, 'f', value < 1 ? 3 : 1) + QStringLiteral(" ms");
}

QString resultText(const BenchResult& r) {
    QString measured;
    if (r.megabytesPerSecond)
        measured = QStringLiteral("%1 MB/s ").arg(*r.megabytesPerSecond, 0, 'f', 1);
    if (r.exponent)
        measured = QStringLiteral("exponent %1 ").arg(*r.exponent, 0, 'f', 2);
    if (r.passed)
        return measured + (*r.passed ? QStringLiteral("pass") : QStringLiteral("MISSED"));
    if (!measured.isEmpty())
        return measured.trimmed();
    return r.target.isEmpty() ? QStringLiteral("-") : QStringLiteral("n/a");
}

QStringList row(const BenchResult& r) {
    return {r.name,
            ms(r.pcitopo.wallMs),
            ms(r.pcitopo.cpuMs),
            r.libvirtMs ? ms(*r.libvirtMs) : QStringLiteral("-"),
            r.libvirtMs ? QStringLiteral("%1x").arg(r.ratio, 0, 'f', 1) : QStringLiteral("-"),
            r.target.isEmpty() ? QStringLiteral("-") : r.target,
            resultText(r)};
}

QJsonValue optional(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const BenchResult& r) {
    return {
        {QStringLiteral("name"), r.name},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("pcitopo"), QJsonObject{{QStringLiteral("wall_ms"), r.pcitopo.wallMs},
                                                {QStringLiteral("cpu_ms"), r.pcitopo.cpuMs},
                                                {QStringLiteral("runs"), r.pcitopo.runs}}},
        {QStringLiteral("libvirt_ms"), optional(r.libvirtMs)},
        {QStringLiteral("libvirt_note"), r.libvirtNote},
        {QStringLiteral("ratio"), optional(r.libvirtMs ? std::optional(r.ratio) : std::nullopt)},
        {QStringLiteral("mb_per_s"), optional(r.megabytesPerSecond)},
        {QStringLiteral("exponent"), optional(r.exponent)},
        {QStringLiteral("target"), r.target},
        {QStringLiteral("passed"), r.passed ? QJsonValue(*r.passed) : QJsonValue()},
        {QStringLiteral("detail"), r.detail}};
}

} // namespace

QString libvirtStatus(const BenchOptions& options) {
    if (!options.withLibvirt)
        return QStringLiteral("skipped (--no-libvirt)");
    const QString why = libvirtUnavailableReason();
    return why.isEmpty() ? QStringLiteral("virsh define on qemu:///system")
                         : QStringLiteral("unavailable: ") + why;
}

void printTextReport(QTextStream& out, const BenchReport& report) {
    QList<QStringList> rows{{QStringLiteral("benchmark"), QStringLiteral("pcitopo"),
                             QStringLiteral("(CPU)"), QStringLiteral("libvirt"),
                             QStringLiteral("ratio"), QStringLiteral("target"),
                             QStringLiteral("result")}};
    for (const BenchResult& r : report.results)
        rows.append(row(r));
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& cells : rows)
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
    out << "libvirt: " << report.libvirt << (report.quick ? "; quick run (fewer runs)" : "")
        << "\n\n";
    for (const QStringList& cells : rows) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += cells[i].leftJustified(widths[i] + 2);
        out << line.trimmed() << "\n";
    }
    out << "\n";
    for (const BenchResult& r : report.results) {
        out << r.name << ": " << r.description;
        if (!r.detail.isEmpty())
            out << "; " << r.detail;
        if (!r.libvirtNote.isEmpty())
            out << "; " << r.libvirtNote;
        out << "\n";
    }
    out.flush();
}

void printJsonReport(QTextStream& out, const BenchReport& report) {
    QJsonArray benchmarks;
    for (const BenchResult& r : report.results)
        benchmarks.append(toJson(r));
    const QJsonObject root{{QStringLiteral("quick"), report.quick},
                           {QStringLiteral("libvirt"), report.libvirt},
                           {QStringLiteral("benchmarks"), benchmarks}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    out.flush();
}

} // namespace pcitopo::bench
