#include "benchvirsh.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>

namespace pcitopo::bench {

namespace {

const QString libvirtUri = QStringLiteral("qemu:///system");

struct VirshRun {
    bool ok = false;
    QString output; // stdout and stderr, trimmed
};

VirshRun virsh(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral("virsh"),
                  QStringList{QStringLiteral("-c"), libvirtUri} + arguments);
    if (!process.waitForStarted() || !process.waitForFinished(600000))
        return {false, QStringLiteral("virsh did not run to the end")};
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
            .trimmed();
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output};
}

QString findUnavailableReason() {
    if (QStandardPaths::findExecutable(QStringLiteral("virsh")).isEmpty())
        return QStringLiteral("virsh is not installed");
    const VirshRun uri = virsh({QStringLiteral("uri")});
    if (!uri.ok)
        return QStringLiteral("%1 does not answer: %2")
            .arg(libvirtUri, uri.output.section(u'\n', 0, 0));
    return {};
}

double median(QList<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(samples.size() / 2);
}

// One file: the median define time, or a negative value with `problem` set.
double timeOneFile(const DomainFile& file, int runs, QString* problem) {
    QList<double> samples;
    for (int run = 0; run < std::max(1, runs); ++run) {
        QElapsedTimer timer;
        timer.start();
        const VirshRun define = virsh({QStringLiteral("define"), file.path});
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        if (!define.ok) {
            *problem = QStringLiteral("virsh define failed: ") + define.output;
            return -1;
        }
        const VirshRun undefine = virsh({QStringLiteral("undefine"), file.domainName});
        if (!undefine.ok) {
            *problem = QStringLiteral("virsh undefine %1 failed: %2")
                           .arg(file.domainName, undefine.output);
            return -1;
        }
    }
    return median(samples);
}

} // namespace

QString uniqueDomainName(const QString& label) {
    return QStringLiteral("pcitopo-bench-%1-%2").arg(QCoreApplication::applicationPid()).arg(label);
}

QString libvirtUnavailableReason() {
    static const QString reason = findUnavailableReason();
    return reason;
}

VirshDefineTiming timeVirshDefine(const QList<DomainFile>& files, int runs) {
    VirshDefineTiming timing;
    if (const QString why = libvirtUnavailableReason(); !why.isEmpty()) {
        timing.problem = QStringLiteral("libvirt unavailable: ") + why;
        return timing;
    }
    timing.available = true;
    for (const DomainFile& file : files) {
        const double ms = timeOneFile(file, runs, &timing.problem);
        if (ms < 0)
            break;
        timing.wallMs.append(ms);
    }
    return timing;
}

} // namespace pcitopo::bench
