// Whole-process rows (issue #15): pcitopo validate/assign as spawned processes against
// `virsh define` of the same file, measured in the same run.
#include "benchprocess.h"

#include "benchdomains.h"
#include "benchvirsh.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <sys/resource.h>

static void initBenchExamples() {
    Q_INIT_RESOURCE(benchexamples); // a static library's resource must be named to be linked
}

namespace pcitopo::bench {

namespace {

// Issue #15's targets: libvirt / pcitopo wall time.
constexpr double kValidateRatio = 4;
constexpr double kAssignRatio = 3;
constexpr double kMarginalRatio = 20;

struct ProcessDomain {
    QString key;         // "q35-desktop", "pc-500", "q35-200", "pc-1"
    QString description; // "resources/examples/q35-desktop.xml"
    DomainFile file;
};

// The example with a <name> of this run and no <uuid>, so virsh defines it beside anything.
QByteArray exampleDomain(const QString& name) {
    initBenchExamples();
    QFile file(QStringLiteral(":/bench/q35-desktop.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString xml = QString::fromUtf8(file.readAll());
    xml.replace(QRegularExpression(QStringLiteral("<name>[^<]*</name>")),
                QStringLiteral("<name>%1</name>").arg(name));
    xml.remove(QRegularExpression(QStringLiteral("\\s*<uuid>[^<]*</uuid>")));
    return xml.toUtf8();
}

std::optional<ProcessDomain> writeDomain(const QString& dir, const QString& key,
                                         const QString& description,
                                         const std::function<QByteArray(const QString&)>& make) {
    const QString name = uniqueDomainName(QStringLiteral("process-") + key);
    const QByteArray xml = make(name);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".xml"));
    QFile file(path);
    if (xml.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return std::nullopt;
    return ProcessDomain{key, description, DomainFile{path, name}};
}

QList<ProcessDomain> processDomains(const QString& dir) {
    const auto nics = [](const char* machine, int count) {
        return [=](const QString& name) {
            return unaddressedDomain(name, QLatin1String(machine), QStringLiteral("virtio"), count,
                                     0);
        };
    };
    QList<ProcessDomain> domains;
    // pc-1 (the marginal rows' baseline) right before pc-500: the machine's load drifts less
    // between the two halves of a difference.
    for (auto domain :
         {writeDomain(dir, QStringLiteral("q35-desktop"),
                      QStringLiteral("resources/examples/q35-desktop.xml"), exampleDomain),
          writeDomain(dir, QStringLiteral("pc-1"), QStringLiteral("pc, 1 virtio NIC"),
                      nics("pc", 1)),
          writeDomain(dir, QStringLiteral("pc-500"), QStringLiteral("pc, 500 virtio NICs"),
                      nics("pc", 500)),
          writeDomain(dir, QStringLiteral("q35-200"), QStringLiteral("q35, 200 virtio NICs"),
                      nics("q35", 200))})
        if (domain)
            domains.append(*domain);
    return domains;
}

struct Measured {
    Timing validate;
    Timing assign;
    std::optional<double> libvirtMs;
    QString problem;
};

Measured measure(const ProcessDomain& domain, const QString& binary, const QString& dir,
                 const BenchOptions& options) {
    Measured m;
    m.validate = timeProcess(binary, {QStringLiteral("validate"), domain.file.path},
                             options.processRuns, &m.problem);
    const QString out = QDir(dir).filePath(domain.key + QStringLiteral("-assigned.xml"));
    m.assign =
        timeProcess(binary, {QStringLiteral("assign"), domain.file.path, QStringLiteral("-o"), out},
                    options.processRuns, &m.problem);
    if (!options.withLibvirt) {
        m.problem = QStringLiteral("libvirt skipped (--no-libvirt)");
        return m;
    }
    const VirshDefineTiming virsh = timeVirshDefine({domain.file}, options.processRuns);
    if (virsh.ok() && !virsh.wallMs.isEmpty())
        m.libvirtMs = virsh.wallMs.first();
    else
        m.problem = virsh.problem;
    return m;
}

BenchResult ratioRow(const QString& name, const QString& description, const Timing& pcitopo,
                     std::optional<double> libvirtMs, double target, const QString& problem) {
    BenchResult r = BenchResult::named(name, description);
    r.pcitopo = pcitopo;
    const double pcitopoMs = pcitopo.wallMs;
    r.target = QStringLiteral("ratio >= %1").arg(target);
    r.libvirtNote = problem;
    if (pcitopoMs <= 0 || !libvirtMs) {
        r.detail = problem;
        return r;
    }
    r.libvirtMs = libvirtMs;
    r.ratio = *libvirtMs / std::max(pcitopoMs, 1e-6);
    r.passed = r.ratio >= target;
    return r;
}

// pcitopo's and libvirt's extra time for `big` over `small`: start-up cancels.
BenchResult marginalRow(const QString& command, const Measured& big, const Measured& small,
                        const Timing& bigTiming, const Timing& smallTiming) {
    const double bigMs = bigTiming.wallMs;
    const double smallMs = smallTiming.wallMs;
    const Timing difference{bigMs - smallMs, bigTiming.cpuMs - smallTiming.cpuMs, bigTiming.runs};
    const QString problem = big.problem.isEmpty() ? small.problem : big.problem;
    std::optional<double> libvirt;
    if (big.libvirtMs && small.libvirtMs)
        libvirt = *big.libvirtMs - *small.libvirtMs;
    BenchResult r = ratioRow(QStringLiteral("marginal-%1-pc-500").arg(command),
                             QStringLiteral("%1: pc with 500 virtio NICs minus pc with 1 (whole "
                                            "processes, start-up cancels)")
                                 .arg(command),
                             difference, libvirt, kMarginalRatio, problem);
    r.detail = QStringLiteral("pcitopo %1 − %2 ms; virsh define %3 − %4 ms")
                   .arg(bigMs, 0, 'f', 2)
                   .arg(smallMs, 0, 'f', 2)
                   .arg(big.libvirtMs.value_or(0), 0, 'f', 2)
                   .arg(small.libvirtMs.value_or(0), 0, 'f', 2);
    return r;
}

} // namespace

QString pcitopoBinary(const BenchOptions& options) {
    if (!options.pcitopoBinary.isEmpty())
        return options.pcitopoBinary;
    const QDir self =
        QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath().section(u'/', 0, -2);
    for (const QString& candidate : {self.filePath(QStringLiteral("pcitopo")),
                                     self.filePath(QStringLiteral("../app/pcitopo"))})
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    return QStandardPaths::findExecutable(QStringLiteral("pcitopo"));
}

namespace {

// User + system time of every child this process has waited for, in ms.
double childrenCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double median(QList<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

Timing timeProcess(const QString& program, const QStringList& arguments, int runs,
                   QString* problem) {
    QList<double> wall, cpu;
    for (int run = 0; run < std::max(1, runs); ++run) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        const double cpuBefore = childrenCpuMs();
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        const bool finished = process.waitForStarted() && process.waitForFinished(600000);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(childrenCpuMs() - cpuBefore);
        // validate exits 1 for a domain with errors: a verdict, not a failure.
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() > 1) {
            *problem = QStringLiteral("%1 %2 failed: %3")
                           .arg(QFileInfo(program).fileName(), arguments.first(),
                                QString::fromUtf8(process.readAllStandardError()).trimmed());
            return Timing{-1, 0, run + 1};
        }
    }
    return Timing{median(wall), median(cpu), int(wall.size())};
}

QList<BenchResult> benchWholeProcess(const BenchOptions& options) {
    const QString binary = pcitopoBinary(options);
    QTemporaryDir temporary;
    const QString dir = options.keepDir.isEmpty() ? temporary.path() : options.keepDir;
    QDir().mkpath(dir);
    QList<BenchResult> rows;
    if (binary.isEmpty()) {
        BenchResult r = BenchResult::named(QStringLiteral("process"), QStringLiteral("whole "
                                                                                     "processes"));
        r.detail = QStringLiteral("no pcitopo binary found");
        return {r};
    }
    QHash<QString, Measured> measured;
    for (const ProcessDomain& domain : processDomains(dir)) {
        const Measured m = measure(domain, binary, dir, options);
        measured.insert(domain.key, m);
        if (domain.key == u"pc-1")
            continue; // only the marginal rows' baseline
        rows.append(
            ratioRow(QStringLiteral("process-validate-") + domain.key,
                     QStringLiteral("pcitopo validate, whole process: ") + domain.description,
                     m.validate, m.libvirtMs, kValidateRatio, m.problem));
        rows.append(
            ratioRow(QStringLiteral("process-assign-") + domain.key,
                     QStringLiteral("pcitopo assign -o FILE, whole process: ") + domain.description,
                     m.assign, m.libvirtMs, kAssignRatio, m.problem));
    }
    if (measured.contains(QStringLiteral("pc-500")) && measured.contains(QStringLiteral("pc-1"))) {
        const Measured& big = measured[QStringLiteral("pc-500")];
        const Measured& small = measured[QStringLiteral("pc-1")];
        rows.append(
            marginalRow(QStringLiteral("validate"), big, small, big.validate, small.validate));
        rows.append(marginalRow(QStringLiteral("assign"), big, small, big.assign, small.assign));
    }
    return rows;
}

} // namespace pcitopo::bench
