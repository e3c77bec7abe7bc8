// bench_scene: building the editor's graph scene for a domain of about 1000 devices (q35:
// 32 root ports, a pcie-to-pci-bridge behind each, 31 PCI cards on every bridge). Measures the
// layout (TopologyLayout::compute) plus the QGraphicsScene items (GraphScene::build), which is
// what the editor redoes after every change; target < 100 ms. Also prints the whole refresh
// (inventory, topology, validation, layout, scene) for context. Median of several runs.
//
//     bench_scene [--write FILE]   (FILE: the generated domain, e.g. for a screenshot)

#include "benchsuite.h"
#include "document/device.h"
#include "document/domaindocument.h"
#include "document/safewrite.h"
#include "graph/graphscene.h"
#include "layout/topologylayout.h"
#include "topology/topology.h"
#include "validation/validator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

using namespace pcitopo;

namespace {

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
    const QByteArray xml = bench::largeDomain(32, 31).xml; // shared with pcitopo bench
    const QStringList args = QApplication::arguments();
    if (const int at = int(args.indexOf(QStringLiteral("--write")));
        at > 0 && at + 1 < args.size()) {
        QString error;
        if (!writeFileSafely(args.at(at + 1), xml, &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
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
