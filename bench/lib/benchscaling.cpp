// Growth of validate and assign with the number of devices (issue #18, item 8): each shape that
// was once quadratic, timed at growing sizes; the growth exponent is the slope of log(time)
// over log(devices) (1: linear, 2: quadratic). In-process, from the bytes, like the CLI.
#include "benchmarks_p.h"

#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"
#include "validation/validator.h"

#include <QStringList>
#include <cmath>

namespace pcitopo::bench {

namespace {

constexpr double linearEnough = 1.3; // the target exponent: no worse than n^1.3

QByteArray domainXml(const QString& machine, const QStringList& devices) {
    return QStringLiteral("<domain type='qemu'>\n  <name>scaling</name>\n  <memory unit='KiB'>"
                          "1048576</memory>\n  <os>\n    <type arch='x86_64' machine='%1'>hvm"
                          "</type>\n  </os>\n  <devices>\n    %2\n  </devices>\n</domain>\n")
        .arg(machine, devices.join(QStringLiteral("\n    ")))
        .toUtf8();
}

QString address(int bus, int slot, int function, bool multifunction) {
    return QStringLiteral("<address type='pci' domain='0x0000' bus='0x%1' slot='0x%2' "
                          "function='0x%3'%4/>")
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'))
        .arg(function)
        .arg(multifunction ? QStringLiteral(" multifunction='on'") : QString());
}

// libvirt's virIndexToDiskName: 0 → "sda", 26 → "sdaa".
QString diskName(int index) {
    QString letters;
    for (long long i = index; i >= 0; i = i / 26 - 1)
        letters.prepend(QChar(u'a' + int(i % 26)));
    return QStringLiteral("sd") + letters;
}

// pc, every address written: e1000 NICs eight functions to a slot (function 0 multifunction),
// on pci-bridges nested as deep as needed (each takes a slot of an earlier bus).
QByteArray multifunctionPc(int devices) {
    QStringList xml;
    QList<std::pair<int, int>> freeSlots; // (bus, slot), in the order they are handed out
    for (int slot = 3; slot < 32; ++slot)
        freeSlots.append({0, slot});
    const int slotsNeeded = (devices + 7) / 8;
    int bridges = 0;
    while (int(freeSlots.size()) - bridges < slotsNeeded + bridges) {
        ++bridges;
        for (int slot = 1; slot < 32; ++slot)
            freeSlots.append({bridges, slot});
    }
    for (int index = 1; index <= bridges; ++index) {
        const auto [bus, slot] = freeSlots.takeFirst();
        xml.append(QStringLiteral("<controller type='pci' index='%1' model='pci-bridge'>%2"
                                  "</controller>")
                       .arg(index)
                       .arg(address(bus, slot, 0, false)));
    }
    for (int i = 0; i < devices; ++i) {
        const auto [bus, slot] = freeSlots.at(i / 8);
        xml.append(QStringLiteral("<interface type='user'><model type='e1000'/>%1</interface>")
                       .arg(address(bus, slot, i % 8, i % 8 == 0)));
    }
    return domainXml(QStringLiteral("pc"), xml);
}

// q35, SCSI disks without addresses, listed last to first (every one sorts before the others).
QByteArray scsiDisksQ35(int devices) {
    QStringList xml;
    for (int i = devices - 1; i >= 0; --i)
        xml.append(QStringLiteral("<disk type='file' device='disk'><source file='/d/%1.img'/>"
                                  "<target dev='%2' bus='scsi'/></disk>")
                       .arg(i)
                       .arg(diskName(i)));
    return domainXml(QStringLiteral("q35"), xml);
}

// q35, virtio NICs without addresses: a pcie-root-port is added for each.
QByteArray unaddressedNicsQ35(int devices) {
    QStringList xml;
    for (int i = 0; i < devices; ++i)
        xml.append(QStringLiteral("<interface type='user'><model type='virtio'/></interface>"));
    return domainXml(QStringLiteral("q35"), xml);
}

// pc, more e1000 NICs without addresses than 256 buses can hold: the rest cannot be placed, and
// each of them is a placement error (an invalid domain).
QByteArray unplaceablePc(int devices) {
    QStringList xml;
    for (int i = 0; i < devices + 7900; ++i)
        xml.append(QStringLiteral("<interface type='user'><model type='e1000'/></interface>"));
    return domainXml(QStringLiteral("pc"), xml);
}

struct Shape {
    QString key;
    QString description;
    QByteArray (*generate)(int devices);
};

QList<Shape> shapes() {
    return {{QStringLiteral("pc-multifunction"),
             QStringLiteral("addressed pc, 8-function slots on nested pci-bridges"),
             multifunctionPc},
            {QStringLiteral("q35-scsi"), QStringLiteral("q35, unaddressed SCSI disks (reversed)"),
             scsiDisksQ35},
            {QStringLiteral("q35-nics"), QStringLiteral("q35, unaddressed virtio NICs"),
             unaddressedNicsQ35},
            {QStringLiteral("pc-unplaceable"),
             QStringLiteral("invalid pc: N e1000 beyond what 256 buses hold"), unplaceablePc}};
}

// Least-squares slope of log(ms) over log(devices).
double growthExponent(const QList<std::pair<int, double>>& points) {
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto& [devices, ms] : points) {
        const double x = std::log(double(devices));
        const double y = std::log(std::max(ms, 1e-3));
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double n = double(points.size());
    return (n * sxy - sx * sy) / std::max(n * sxx - sx * sx, 1e-9);
}

Timing timeOperation(const QString& operation, const QByteArray& xml, int runs) {
    const RuleTable& rules = RuleTable::builtin();
    const Validator validator;
    return medianOf(runs, [&] {
        DocumentError error;
        std::optional<DomainDocument> document =
            DomainDocument::fromBytes(xml, QStringLiteral("scaling.xml"), &error);
        if (!document)
            return;
        if (operation == u"validate") {
            validator.validate(*document, DeviceInventory::read(*document));
        } else {
            const LibvirtPlacement placement =
                placeLikeLibvirt(DeviceInventory::read(*document), rules, &*document);
            applyPlacement(*document, placement);
        }
    });
}

} // namespace

QList<BenchResult> benchScaling(const BenchOptions& options, const QList<int>& sizes) {
    QList<BenchResult> results;
    for (const Shape& shape : shapes()) {
        for (const QString& operation : {QStringLiteral("validate"), QStringLiteral("assign")}) {
            BenchResult result =
                BenchResult::named(QStringLiteral("scaling-%1-%2").arg(operation, shape.key),
                                   QStringLiteral("%1 growth, %2, %3→%4 devices")
                                       .arg(operation, shape.description)
                                       .arg(sizes.first())
                                       .arg(sizes.last()));
            QList<std::pair<int, double>> points;
            QStringList figures;
            for (int devices : sizes) {
                result.pcitopo = timeOperation(operation, shape.generate(devices),
                                               devices > 10000 ? 1 : options.runs);
                // CPU time: the shared machine's load moves wall time far more than the size.
                points.append({devices, result.pcitopo.cpuMs});
                figures.append(
                    QStringLiteral("%1: %2 CPU").arg(devices).arg(formatMs(result.pcitopo.cpuMs)));
            }
            const double exponent = growthExponent(points);
            result.target = QStringLiteral("exponent < %1").arg(linearEnough);
            result.passed = exponent < linearEnough;
            result.detail = QStringLiteral("exponent %1; %2")
                                .arg(exponent, 0, 'f', 2)
                                .arg(figures.join(QStringLiteral(", ")));
            results.append(result);
        }
    }
    return results;
}

} // namespace pcitopo::bench
