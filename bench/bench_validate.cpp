// Validator benchmark: pcitopo's load + validate against `virsh define` of the same domains, in
// the same run (ratio target >= 10x). Two generated domains:
//   - pc with 2000 e1000 NICs behind 70 pci-bridges (explicit addresses throughout),
//   - q35 with 200 pcie-root-ports (packed 8 per slot) each holding a virtio NIC.
// usage: bench_validate [--runs N] [--keep DIR] [--no-virsh]
#include "validation/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace pcitopo;

namespace {

QString address(int bus, int slot, int function = 0, const QString& extra = {}) {
    return QStringLiteral("<address type='pci' domain='0x0000' bus='0x%1' slot='0x%2' "
                          "function='0x%3'%4/>")
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'))
        .arg(function)
        .arg(extra);
}

QString domainXml(const QString& name, const QString& machine, const QStringList& devices) {
    return QStringLiteral("<domain type='qemu'>\n  <name>%1</name>\n  <memory unit='KiB'>1048576"
                          "</memory>\n  <vcpu>1</vcpu>\n  <os>\n    <type arch='x86_64' "
                          "machine='%2'>hvm</type>\n  </os>\n  <devices>\n    <emulator>/usr/bin/"
                          "qemu-system-x86_64</emulator>\n    %3\n  </devices>\n</domain>\n")
        .arg(name, machine, devices.join(QStringLiteral("\n    ")));
}

QString interfaceXml(const QString& model, const QString& addressXml) {
    return QStringLiteral("<interface type='user'><model type='%1'/>%2</interface>")
        .arg(model, addressXml);
}

// pc: bridges 1..25 on pci-root slots 3..27; bridges 26..70 on bridges 1 and 2 (bridges must
// have a higher index than their bus, IDX-5); the NICs fill buses 3..70 from slot 1.
QString pcDomain(const QString& name, int nics) {
    QStringList devices{QStringLiteral("<controller type='pci' index='0' model='pci-root'/>")};
    const int bridges = 70;
    for (int index = 1; index <= bridges; ++index) {
        const int bus = index <= 25 ? 0 : (index <= 25 + 31 ? 1 : 2);
        const int slot = index <= 25 ? index + 2 : (index <= 56 ? index - 25 : index - 56);
        devices.append(QStringLiteral("<controller type='pci' index='%1' model='pci-bridge'>%2"
                                      "</controller>")
                           .arg(index)
                           .arg(address(bus, slot)));
    }
    for (int i = 0; i < nics; ++i)
        devices.append(interfaceXml(QStringLiteral("e1000"), address(3 + i / 31, 1 + i % 31)));
    return domainXml(name, QStringLiteral("pc"), devices);
}

// q35: root ports 1..200 at 00:02.0 … 00:1a.7 (multifunction on .0), a virtio NIC in each.
QString q35Domain(const QString& name, int ports) {
    QStringList devices{QStringLiteral("<controller type='pci' index='0' model='pcie-root'/>")};
    for (int index = 1; index <= ports; ++index) {
        const int slot = 2 + (index - 1) / 8;
        const int function = (index - 1) % 8;
        devices.append(
            QStringLiteral("<controller type='pci' index='%1' model='pcie-root-port'>%2"
                           "</controller>")
                .arg(index)
                .arg(address(0, slot, function,
                             function == 0 ? QStringLiteral(" multifunction='on'") : QString())));
    }
    for (int index = 1; index <= ports; ++index)
        devices.append(interfaceXml(QStringLiteral("virtio"), address(index, 0)));
    return domainXml(name, QStringLiteral("q35"), devices);
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct PcitopoTiming {
    double ms = 0;      // load + validate, what `pcitopo validate` does per file
    double loadMs = 0;  // DomainDocument::fromFile
    double readMs = 0;  // DeviceInventory::read
    double checkMs = 0; // Validator::validate (static checks, libvirt's assignment, advice)
    int errors = 0;
    int diagnostics = 0;
};

double elapsedMs(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

PcitopoTiming timePcitopo(const QString& path, int runs) {
    PcitopoTiming result;
    QList<double> total, load, read, check;
    const Validator validator;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        DocumentError error;
        const auto document = DomainDocument::fromFile(path, &error);
        if (!document) {
            result.errors = -1;
            return result;
        }
        load.append(elapsedMs(timer));
        const DeviceInventory inventory = DeviceInventory::read(*document);
        read.append(elapsedMs(timer) - load.last());
        const QList<Diagnostic> diagnostics = validator.validate(*document, inventory);
        total.append(elapsedMs(timer));
        check.append(total.last() - load.last() - read.last());
        result.diagnostics = static_cast<int>(diagnostics.size());
        result.errors =
            static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [](const Diagnostic& d) { return d.isError(); }));
    }
    result.ms = median(total);
    result.loadMs = median(load);
    result.readMs = median(read);
    result.checkMs = median(check);
    return result;
}

int virsh(const QStringList& arguments, QString* output = nullptr) {
    QProcess process;
    process.start(QStringLiteral("virsh"),
                  QStringList{QStringLiteral("-c"), QStringLiteral("qemu:///system")} + arguments);
    if (!process.waitForFinished(600000))
        return -1;
    if (output)
        *output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
                .trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool virshAvailable(QString* why) {
    if (QStandardPaths::findExecutable(QStringLiteral("virsh")).isEmpty()) {
        *why = QStringLiteral("virsh is not installed");
        return false;
    }
    QString output;
    if (virsh({QStringLiteral("uri")}, &output) != 0) {
        *why = QStringLiteral("libvirtd is not reachable on qemu:///system: ") + output;
        return false;
    }
    return true;
}

// `virsh define` of the file (then undefine, not timed); the median of `runs`.
double timeVirshDefine(const QString& path, const QString& name, int runs, QString* failure) {
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QString output;
        QElapsedTimer timer;
        timer.start();
        const int status = virsh({QStringLiteral("define"), path}, &output);
        times.append(timer.nsecsElapsed() / 1e6);
        if (status != 0) {
            *failure = output;
            return -1;
        }
        virsh({QStringLiteral("undefine"), name});
    }
    return median(times);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 5;
    if (const int at = static_cast<int>(args.indexOf(QStringLiteral("--runs"))); at > 0)
        runs = std::max(1, args.value(at + 1).toInt());
    QTemporaryDir temp;
    QString dir = temp.path();
    if (const int at = static_cast<int>(args.indexOf(QStringLiteral("--keep"))); at > 0) {
        dir = args.value(at + 1);
        QDir().mkpath(dir);
    }
    QTextStream out(stdout);
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QList<std::pair<QString, QString>> domains{
        {QStringLiteral("pcitopo-bench-pc-") + suffix, pcDomain({}, 2000)},
        {QStringLiteral("pcitopo-bench-q35-") + suffix, q35Domain({}, 200)},
    };
    QString why;
    const bool withVirsh = !args.contains(QStringLiteral("--no-virsh")) && virshAvailable(&why);
    if (!withVirsh)
        out << "virsh define skipped: " << (why.isEmpty() ? QStringLiteral("--no-virsh") : why)
            << "\n";
    out << "runs per figure: " << runs << " (median)\n";
    for (const auto& [name, templateXml] : domains) {
        const QString xml = templateXml;
        QString withName = xml;
        withName.replace(QStringLiteral("<name></name>"),
                         QStringLiteral("<name>%1</name>").arg(name));
        const QString path = dir + u'/' + name + QStringLiteral(".xml");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(withName.toUtf8());
        file.close();
        const PcitopoTiming p = timePcitopo(path, runs);
        out << name << ": " << file.size() / 1024 << " KiB; pcitopo load+validate "
            << QString::number(p.ms, 'f', 1) << " ms (" << p.errors << " errors, " << p.diagnostics
            << " diagnostics; load " << QString::number(p.loadMs, 'f', 1) << " + inventory "
            << QString::number(p.readMs, 'f', 1) << " + validate "
            << QString::number(p.checkMs, 'f', 1) << ")";
        if (withVirsh) {
            QString failure;
            const double v = timeVirshDefine(path, name, runs, &failure);
            if (v < 0)
                out << "; virsh define failed: " << failure;
            else
                out << "; virsh define " << QString::number(v, 'f', 1) << " ms; ratio "
                    << QString::number(v / std::max(p.ms, 0.001), 'f', 1) << "x";
        }
        out << "\n";
        out.flush();
    }
    return 0;
}
