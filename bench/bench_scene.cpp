// bench_scene: building the editor's graph scene for a domain of about 1000 devices (q35:
// 32 root ports, a pcie-to-pci-bridge behind each, 31 PCI cards on every bridge). Measures the
// layout (TopologyLayout::compute) plus the QGraphicsScene items (GraphScene::build), which is
// what the editor redoes after every change; target < 100 ms. Also prints the whole refresh
// (inventory, topology, validation, layout, scene) for context. Median of several runs.
//
//     bench_scene [--write FILE]   (FILE: the generated domain, e.g. for a screenshot)

#include "document/device.h"
#include "document/domaindocument.h"
#include "graph/graphscene.h"
#include "layout/topologylayout.h"
#include "topology/topology.h"
#include "validation/validator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>

using namespace pcitopo;

namespace {

QString hex(int value, int width) {
    return QStringLiteral("0x%1").arg(value, width, 16, QLatin1Char('0'));
}

QString address(int bus, int slot, int function, bool multifunction = false) {
    return QStringLiteral(
               "<address type='pci' domain='0x0000' bus='%1' slot='%2' function='%3'%4/>")
        .arg(hex(bus, 2), hex(slot, 2), hex(function, 1),
             multifunction ? QStringLiteral(" multifunction='on'") : QString());
}

QByteArray generateDomain(int rootPorts, int cardsPerBridge) {
    QString xml;
    QTextStream out(&xml);
    out << "<domain type='kvm'>\n  <name>bench-scene</name>\n"
        << "  <memory unit='KiB'>8388608</memory>\n  <vcpu>8</vcpu>\n"
        << "  <os>\n    <type arch='x86_64' machine='q35'>hvm</type>\n  </os>\n"
        << "  <devices>\n    <controller type='pci' index='0' model='pcie-root'/>\n";
    for (int port = 0; port < rootPorts; ++port) {
        const int slot = 2 + port / 8, function = port % 8;
        out << "    <controller type='pci' index='" << port + 1 << "' model='pcie-root-port'>\n"
            << "      " << address(0, slot, function, function == 0) << "\n    </controller>\n";
    }
    for (int port = 0; port < rootPorts; ++port)
        out << "    <controller type='pci' index='" << rootPorts + 1 + port
            << "' model='pcie-to-pci-bridge'>\n      " << address(port + 1, 0, 0)
            << "\n    </controller>\n";
    for (int port = 0; port < rootPorts; ++port) {
        for (int card = 0; card < cardsPerBridge; ++card) {
            const int mac = port * cardsPerBridge + card;
            out << "    <interface type='network'>\n      <mac address='52:54:00:00:"
                << QStringLiteral("%1:%2")
                       .arg(mac / 256, 2, 16, QLatin1Char('0'))
                       .arg(mac % 256, 2, 16, QLatin1Char('0'))
                << "'/>\n      <source network='default'/>\n      <model type='e1000'/>\n      "
                << address(rootPorts + 1 + port, card + 1, 0) << "\n    </interface>\n";
        }
    }
    out << "  </devices>\n</domain>\n";
    return xml.toUtf8();
}

double median(QList<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray xml = generateDomain(32, 31);
    const QStringList args = QApplication::arguments();
    if (const int at = int(args.indexOf(QStringLiteral("--write")));
        at > 0 && at + 1 < args.size()) {
        QFile file(args.at(at + 1));
        if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
            return 1;
    }
    DocumentError error;
    const auto document = DomainDocument::fromBytes(xml, QStringLiteral("bench-scene.xml"), &error);
    if (!document) {
        out << "cannot read the generated domain: " << error.toString() << "\n";
        return 1;
    }
    const DeviceInventory inventory = DeviceInventory::read(*document);
    const Topology topology = Topology::build(inventory, RuleTable::builtin());
    const QList<Diagnostic> diagnostics = Validator().validate(*document, inventory);

    GraphScene scene;
    QList<double> clearTimes, layoutTimes, sceneTimes, refreshTimes;
    constexpr int Runs = 15;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const TopologyLayout layout = TopologyLayout::compute(topology);
        layoutTimes << timer.nsecsElapsed() / 1e6;
        QElapsedTimer clearTimer;
        clearTimer.start();
        scene.clearGraph();
        clearTimes << clearTimer.nsecsElapsed() / 1e6;
        scene.build(layout, topology, diagnostics, *document);
        // The scene polishes new items in the event loop, as it does in the editor.
        QCoreApplication::processEvents();
        sceneTimes << timer.nsecsElapsed() / 1e6;

        timer.restart();
        const DeviceInventory freshInventory = DeviceInventory::read(*document);
        const Topology freshTopology = Topology::build(freshInventory, RuleTable::builtin());
        const QList<Diagnostic> freshDiagnostics = Validator().validate(*document, freshInventory);
        scene.build(TopologyLayout::compute(freshTopology), freshTopology, freshDiagnostics,
                    *document);
        QCoreApplication::processEvents();
        refreshTimes << timer.nsecsElapsed() / 1e6;
    }
    out << "domain: " << inventory.devices.size() << " devices, " << topology.buses().size()
        << " buses; scene: " << scene.items().size() << " items (" << scene.chipCount()
        << " chips, " << scene.slotItemCount() << " cells)\n";
    const double sceneMs = median(sceneTimes);
    out << QStringLiteral(
               "scene build (layout + items): %1 ms median of %2 (target < 100 ms: %3)\n")
               .arg(sceneMs, 0, 'f', 1)
               .arg(Runs)
               .arg(sceneMs < 100 ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    out << QStringLiteral("  of which the layout: %1 ms, removing the old items: %2 ms\n")
               .arg(median(layoutTimes), 0, 'f', 1)
               .arg(median(clearTimes), 0, 'f', 1);
    out << QStringLiteral("whole refresh (inventory + topology + validation + scene): %1 ms\n")
               .arg(median(refreshTimes), 0, 'f', 1);
    return sceneMs < 100 ? 0 : 2;
}
