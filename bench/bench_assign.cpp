// bench_assign: pcitopo's libvirt-faithful PCI assignment (load + simulate + apply) against real
// libvirt (`virsh -c qemu:///system define`, which runs the same assignment) on the same files:
//   - pc: 2000 unaddressed e1000 cards, which end up behind auto-added pci-bridges;
//   - q35: 200 unaddressed virtio cards, which need 200 auto-added pcie-root-ports.
// Prints both times and the ratio. The libvirt part is skipped with a message when virsh or
// libvirtd is unavailable.

#include "document/domaindocument.h"
#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace pcitopo;

namespace {

constexpr const char* libvirtUri = "qemu:///system";

QByteArray domainXml(const QString& name, const QString& machine, int nics, const QString& nicModel,
                     int bridges) {
    QString xml;
    QTextStream out(&xml);
    out << "<domain type='qemu'>\n  <name>" << name << "</name>\n"
        << "  <memory unit='KiB'>1048576</memory>\n  <vcpu>1</vcpu>\n"
        << "  <os><type arch='x86_64' machine='" << machine << "'>hvm</type></os>\n"
        << "  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n";
    // Unaddressed pci-bridges: libvirt nests them once pci-root is full (bus < index).
    for (int i = 1; i <= bridges; ++i) {
        out << "    <controller type='pci' index='" << i << "' model='pci-bridge'/>\n";
    }
    for (int i = 0; i < nics; ++i) {
        out << "    <interface type='user'>\n      <model type='" << nicModel
            << "'/>\n    </interface>\n";
    }
    out << "  </devices>\n</domain>\n";
    return xml.toUtf8();
}

struct Timing {
    double milliseconds = 0; // median
    QString detail;
};

struct Phases {
    double load = 0, simulate = 0, apply = 0;
};

// Median of `runs` × (load + simulate + apply).
Timing timePcitopo(const QByteArray& xml, int runs) {
    QList<double> samples;
    Timing timing;
    Phases phases;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        DocumentError error;
        auto doc = DomainDocument::fromBytes(xml, QStringLiteral("bench.xml"), &error);
        if (!doc) {
            timing.detail = error.toString();
            return timing;
        }
        const qint64 loaded = timer.nsecsElapsed();
        const LibvirtPlacement placement =
            placeLikeLibvirt(DeviceInventory::read(*doc), RuleTable::builtin(), &*doc);
        const qint64 simulated = timer.nsecsElapsed();
        const QList<TextSplice> splices = applyPlacement(*doc, placement);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        phases.load += double(loaded) / 1e6 / runs;
        phases.simulate += double(simulated - loaded) / 1e6 / runs;
        phases.apply += double(timer.nsecsElapsed() - simulated) / 1e6 / runs;
        timing.detail = QStringLiteral("load %1 ms, simulate %2 ms, apply %3 ms on average; "
                                       "%4 PCI controllers, %5 splices, %6")
                            .arg(phases.load * runs / (i + 1), 0, 'f', 2)
                            .arg(phases.simulate * runs / (i + 1), 0, 'f', 2)
                            .arg(phases.apply * runs / (i + 1), 0, 'f', 2)
                            .arg(placement.controllers.size())
                            .arg(splices.size())
                            .arg(placement.refused() ? placement.errors.first().message
                                                     : QStringLiteral("accepted"));
    }
    std::sort(samples.begin(), samples.end());
    timing.milliseconds = samples.at(samples.size() / 2);
    return timing;
}

bool run(const QStringList& args, QString* output = nullptr) {
    QProcess process;
    process.start(QStringLiteral("virsh"),
                  QStringList{QStringLiteral("-c"), QLatin1String(libvirtUri)} + args);
    if (!process.waitForFinished(120000)) {
        return false;
    }
    if (output) {
        *output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
                .trimmed();
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Median of `runs` × `virsh define` (each followed by an untimed undefine).
std::optional<Timing> timeLibvirt(const QString& path, const QString& name, int runs) {
    QList<double> samples;
    Timing timing;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QString output;
        const bool ok = run({QStringLiteral("define"), path}, &output);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        run({QStringLiteral("undefine"), name});
        if (!ok) {
            timing.detail = output;
            return timing;
        }
        timing.detail = QStringLiteral("defined");
    }
    std::sort(samples.begin(), samples.end());
    timing.milliseconds = samples.at(samples.size() / 2);
    return timing;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString stamp = QString::number(QCoreApplication::applicationPid());
    struct Case {
        QString label, machine, model;
        int nics;
        int bridges;
    };
    const QList<Case> cases = {{QStringLiteral("pc, 2000 e1000 behind 70 pci-bridges"),
                                QStringLiteral("pc"), QStringLiteral("e1000"), 2000, 70},
                               {QStringLiteral("q35, 200 virtio behind 200 root ports"),
                                QStringLiteral("q35"), QStringLiteral("virtio"), 200, 0}};
    QString why = QStringLiteral("--no-libvirt");
    const bool haveLibvirt = !app.arguments().contains(QStringLiteral("--no-libvirt")) &&
                             run({QStringLiteral("uri")}, &why);
    if (!haveLibvirt) {
        out << "libvirt part skipped: virsh -c " << libvirtUri << " is unavailable (" << why
            << ")\n";
    }
    for (const Case& c : cases) {
        const QString name = QStringLiteral("pcitopo-bench-%1-%2").arg(stamp, c.machine);
        const QByteArray xml = domainXml(name, c.machine, c.nics, c.model, c.bridges);
        const QString path = dir.filePath(name + QStringLiteral(".xml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size()) {
            out << "cannot write " << path << "\n";
            return 1;
        }
        file.close();
        const Timing ours = timePcitopo(xml, 15);
        out << c.label << "\n  pcitopo assign (load+simulate+apply): "
            << QString::number(ours.milliseconds, 'f', 2) << " ms  (" << ours.detail << ")\n";
        if (!haveLibvirt) {
            continue;
        }
        const std::optional<Timing> theirs = timeLibvirt(path, name, 5);
        out << "  virsh define:                        "
            << QString::number(theirs->milliseconds, 'f', 2) << " ms  (" << theirs->detail
            << ")\n  ratio: pcitopo is "
            << QString::number(theirs->milliseconds / std::max(ours.milliseconds, 1e-3), 'f', 1)
            << "x faster\n";
        out.flush();
    }
    return 0;
}
