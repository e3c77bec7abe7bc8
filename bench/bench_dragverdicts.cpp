// Drag feedback must follow the cursor: every cell's verdict for a domain with 200 root ports
// has to come in well under 2 ms, and the topology of a 1000-device domain has to rebuild
// after every edit without a visible pause. Prints the median of repeated runs.
#include "document/device.h"
#include "layout/topologylayout.h"
#include "topology/dropverdict.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace pcitopo;

namespace {

QString address(int bus, int slot, int function) {
    return QStringLiteral("<address type='pci' domain='0x0000' bus='0x%1' slot='0x%2' "
                          "function='0x%3'%4/>")
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'))
        .arg(function)
        .arg(function == 0 ? QStringLiteral(" multifunction='on'") : QString());
}

QString domain(const QString& machine, const QString& devices) {
    return QStringLiteral("<domain type='kvm'><name>bench</name><os><type arch='x86_64' "
                          "machine='%1'>hvm</type></os><devices>\n%2</devices></domain>\n")
        .arg(machine, devices);
}

// q35: 200 root ports packed 8 to a slot from 00:02.0, half of them holding a virtio NIC.
QByteArray rootPortDomain() {
    QString devices = QStringLiteral("<controller type='pci' index='0' model='pcie-root'/>\n");
    for (int i = 1; i <= 200; ++i)
        devices += QStringLiteral("<controller type='pci' index='%1' model='pcie-root-port'>%2"
                                  "</controller>\n")
                       .arg(i)
                       .arg(address(0, 2 + (i - 1) / 8, (i - 1) % 8));
    for (int i = 1; i <= 200; i += 2)
        devices += QStringLiteral("<interface type='network'><model type='virtio'/>%1"
                                  "</interface>\n")
                       .arg(address(i, 0, 0).remove(QStringLiteral(" multifunction='on'")));
    return domain(QStringLiteral("q35"), devices).toUtf8();
}

// pc: 33 pci-bridges (29 on pci-root, 4 behind bridge 1) and e1000s in every bridge slot
// until the domain has 1000 devices.
QByteArray thousandDeviceDomain() {
    QString devices = QStringLiteral("<controller type='pci' index='0' model='pci-root'/>\n");
    int count = 1;
    for (int i = 1; i <= 33; ++i, ++count) {
        const QString at = i <= 29 ? address(0, i + 2, 0) : address(1, i - 29, 0);
        devices += QStringLiteral("<controller type='pci' index='%1' model='pci-bridge'>%2"
                                  "</controller>\n")
                       .arg(i)
                       .arg(QString(at).remove(QStringLiteral(" multifunction='on'")));
    }
    for (int bus = 1; bus <= 33 && count < 1000; ++bus)
        for (int slot = bus == 1 ? 5 : 1; slot <= 31 && count < 1000; ++slot, ++count)
            devices += QStringLiteral("<interface type='network'><model type='e1000'/>%1"
                                      "</interface>\n")
                           .arg(QString(address(bus, slot, 0))
                                    .remove(QStringLiteral(" multifunction='on'")));
    return domain(QStringLiteral("pc"), devices).toUtf8();
}

double medianMs(int runs, const std::function<void()>& work) {
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

DomainDocument load(const QByteArray& xml) {
    DocumentError error;
    std::optional<DomainDocument> doc = DomainDocument::fromBytes(xml, "bench.xml", &error);
    if (!doc)
        qFatal("bench domain does not load: %s", qPrintable(error.toString()));
    return std::move(*doc);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const RuleTable& rules = RuleTable::builtin();

    const DomainDocument ports = load(rootPortDomain());
    const Topology portTopology = Topology::build(DeviceInventory::read(ports), rules);
    int cells = 0;
    for (const char* id : {"net-virtio", "net-e1000", "ctl-pcie-root-port"}) {
        const DropCandidate what = DropCandidate::paletteEntry(QString::fromLatin1(id));
        const double ms =
            medianMs(200, [&] { cells = int(allVerdicts(portTopology, what).size()); });
        out << QStringLiteral("allVerdicts(%1), 200 root ports, %2 cells: %3 ms (median of 200)\n")
                   .arg(QLatin1String(id))
                   .arg(cells)
                   .arg(ms, 0, 'f', 3);
    }
    const DropCandidate move =
        DropCandidate::existingDevice(portTopology.bus(1)->cells[0].occupant(0)->deviceIndex);
    out << QStringLiteral("allVerdicts(move a NIC), 200 root ports: %1 ms\n")
               .arg(medianMs(200, [&] { allVerdicts(portTopology, move); }), 0, 'f', 3);

    const DomainDocument big = load(thousandDeviceDomain());
    const DeviceInventory inventory = DeviceInventory::read(big);
    out << QStringLiteral("DeviceInventory::read, %1 devices: %2 ms\n")
               .arg(inventory.devices.size())
               .arg(medianMs(20, [&] { DeviceInventory::read(big); }), 0, 'f', 3);
    out << QStringLiteral("Topology::build, %1 devices: %2 ms\n")
               .arg(inventory.devices.size())
               .arg(medianMs(20, [&] { Topology::build(inventory, rules); }), 0, 'f', 3);
    const Topology bigTopology = Topology::build(inventory, rules);
    out << QStringLiteral("TopologyLayout::compute, %1 devices: %2 ms\n")
               .arg(inventory.devices.size())
               .arg(medianMs(20, [&] { TopologyLayout::compute(bigTopology); }), 0, 'f', 3);
    return 0;
}
