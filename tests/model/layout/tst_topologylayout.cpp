#include "../topology/topologytesting.h"
#include "layout/layoutrenderers.h"
#include "layout/topologylayout.h"

#include <QTest>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {

QList<const LayoutItem*> ofKind(const TopologyLayout& layout, LayoutItemKind kind) {
    QList<const LayoutItem*> result;
    for (const LayoutItem& item : layout.items())
        if (item.kind == kind)
            result.append(&item);
    return result;
}

QByteArray manyRootPorts(int count) {
    QByteArray devices;
    for (int i = 1; i <= count; ++i) {
        const int slot = 2 + (i - 1) / 8;
        const int function = (i - 1) % 8;
        devices += controller(i, "pcie-root-port",
                              QByteArray("bus='0x00' slot='0x" + QByteArray::number(slot, 16) +
                                         "' function='0x" + QByteArray::number(function) + "'")
                                  .constData());
    }
    return q35(devices);
}

} // namespace

class TestTopologyLayout : public QObject {
    Q_OBJECT

private slots:
    void stableIdsAndClasses();
    void containment();
    void busBoxesDoNotOverlap();
    void childrenHangBelowTheirSlot();
    void collapsedRunsAndLookup();
    void multifunctionChipsAreStacked();
    void numaFrameEnclosesExpander();
    void unplacedTray();
    void manyChildrenWrapIntoRows();
    void linksCrossNoBox_data();
    void linksCrossNoBox();
    void deterministic();
    void textTreeFollowsTheLayout();
};

void TestTopologyLayout::stableIdsAndClasses() {
    const TopologyLayout layout = TopologyLayout::compute(topologyOf(example("q35-desktop.xml")));
    const LayoutItem* cell = layout.item(QStringLiteral("bus-1-slot-0"));
    QVERIFY(cell);
    QCOMPARE(cell->classes,
             QStringList({"slot", "root-port", "occupied", "hotplug", "pcie-root-port"}));
    const LayoutItem* root = layout.item(QStringLiteral("bus-0"));
    QVERIFY(root);
    QCOMPARE(root->detail, QStringLiteral("index 0 · guest bus 0x00"));
    QVERIFY(root->classes.contains(QStringLiteral("root-complex")));
    const LayoutItem* chip = layout.item(QStringLiteral("bus-1-slot-0-fn-0"));
    QVERIFY(chip);
    QCOMPARE(chip->label, QStringLiteral("virtio-net 52:54:…:58"));
    QVERIFY(chip->classes.contains(QStringLiteral("network")));
    QVERIFY(layout.item(QStringLiteral("link-bus-2")));
    QCOMPARE(layout.item(QStringLiteral("bus-0-slot-0"))->detail, QStringLiteral("host bridge"));
}

void TestTopologyLayout::containment() {
    const TopologyLayout layout = TopologyLayout::compute(topologyOf(example("q35-desktop.xml")));
    for (const LayoutItem& item : layout.items()) {
        if (item.parentId.isEmpty() || item.kind == LayoutItemKind::Link)
            continue;
        const LayoutItem* parent = layout.item(item.parentId);
        QVERIFY2(parent, qPrintable(item.id));
        QVERIFY2(parent->rect.contains(item.rect), qPrintable(item.id));
    }
    QVERIFY(QRectF(QPointF(0, 0), layout.size()).contains(layout.item("bus-2")->rect));
}

void TestTopologyLayout::busBoxesDoNotOverlap() {
    const TopologyLayout layout = TopologyLayout::compute(topologyOf(manyRootPorts(40)));
    const QList<const LayoutItem*> boxes = ofKind(layout, LayoutItemKind::BusBox);
    QCOMPARE(boxes.size(), 41);
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i]->rect.intersects(boxes[j]->rect),
                     qPrintable(boxes[i]->id + u' ' + boxes[j]->id));
}

void TestTopologyLayout::childrenHangBelowTheirSlot() {
    const TopologyLayout layout = TopologyLayout::compute(topologyOf(example("pc-server.xml")));
    const LayoutItem* bridge = layout.item(QStringLiteral("bus-1"));
    const LayoutItem* slot = layout.item(QStringLiteral("bus-0-slot-5"));
    const LayoutItem* link = layout.item(QStringLiteral("link-bus-1"));
    QVERIFY(bridge && slot && link);
    QVERIFY(bridge->rect.top() > layout.item("bus-0")->rect.bottom());
    QCOMPARE(link->line.p1(), QPointF(slot->rect.center().x(), slot->rect.bottom()));
    QCOMPARE(link->line.y2(), bridge->rect.top());
    QCOMPARE(link->parentId, slot->id);
}

void TestTopologyLayout::collapsedRunsAndLookup() {
    const TopologyLayout layout = TopologyLayout::compute(topologyOf(example("q35-desktop.xml")));
    const LayoutItem* run = layout.item(QStringLiteral("bus-0-slots-3-30"));
    QVERIFY(run);
    QCOMPARE(run->label, QStringLiteral("slots 03–1e free"));
    QCOMPARE(layout.cellFor(0, 0x10), run);
    QCOMPARE(layout.cellFor(0, 1)->id, QStringLiteral("bus-0-slot-1")); // a run of one: a cell
    const LayoutItem* chip = layout.item(QStringLiteral("bus-1-slot-0-fn-0"));
    QCOMPARE(layout.itemAt(chip->rect.center()), chip);
    QCOMPARE(layout.itemAt(chip->rect.center(), {LayoutItemKind::Cell})->id,
             QStringLiteral("bus-1-slot-0"));
    QCOMPARE(layout.itemAt(QPointF(-50, -50)), nullptr);
}

void TestTopologyLayout::multifunctionChipsAreStacked() {
    const TopologyLayout layout = TopologyLayout::compute(topologyOf(example("q35-desktop.xml")));
    const LayoutItem* f0 = layout.item(QStringLiteral("bus-0-slot-2-fn-0"));
    const LayoutItem* f1 = layout.item(QStringLiteral("bus-0-slot-2-fn-1"));
    QVERIFY(f0 && f1);
    QVERIFY(f1->rect.top() >= f0->rect.bottom());
    QCOMPARE(f0->rect.left(), f1->rect.left());
    QCOMPARE(f1->label, QStringLiteral(".1 PCIe root port 2"));
    QVERIFY(f0->classes.contains(QStringLiteral("controller")));
}

void TestTopologyLayout::numaFrameEnclosesExpander() {
    const Topology topo =
        topologyOf(pc(controller(1, "pci-expander-bus", "bus='0x00' slot='0x05' function='0x0'",
                                 "<target busNr='100'><node>1</node></target>") +
                      controller(2, "pci-bridge", "bus='0x01' slot='0x01' function='0x0'")));
    const TopologyLayout layout = TopologyLayout::compute(topo);
    const LayoutItem* frame = layout.item(QStringLiteral("numa-1-bus-1"));
    QVERIFY(frame);
    QCOMPARE(frame->label, QStringLiteral("NUMA node 1"));
    QVERIFY(frame->rect.contains(layout.item("bus-1")->rect));
    QVERIFY(frame->rect.contains(layout.item("bus-2")->rect));
    QVERIFY(!frame->rect.intersects(layout.item("bus-0")->rect));
    // busNr 100 (0x64); a pxb's slots sit behind its internal bridge, on the next bus.
    QCOMPARE(layout.item("bus-1")->detail, QStringLiteral("index 1 · guest bus 0x65"));
    QCOMPARE(layout.items().first().kind, LayoutItemKind::NumaFrame); // drawn first
}

void TestTopologyLayout::unplacedTray() {
    const TopologyLayout layout = TopologyLayout::compute(topologyOf(example("q35-desktop.xml")));
    const LayoutItem* tray = layout.item(QStringLiteral("unplaced"));
    QVERIFY(tray);
    QCOMPARE(layout.children(tray->id).size(), 6);
    QCOMPARE(layout.item(QStringLiteral("unplaced-0"))->label, QStringLiteral("virtio-blk vda"));
    QVERIFY(tray->rect.top() > layout.item("bus-1")->rect.bottom());
}

void TestTopologyLayout::manyChildrenWrapIntoRows() {
    const LayoutMetrics metrics;
    const TopologyLayout layout = TopologyLayout::compute(topologyOf(manyRootPorts(200)), metrics);
    const LayoutItem* first = layout.item(QStringLiteral("bus-1"));
    const LayoutItem* second = layout.item(QStringLiteral("bus-2"));
    QVERIFY(first && second);
    QCOMPARE(second->rect.top(), first->rect.top()); // a row, left to right
    // The rows wrap where the whole graph comes nearest to the view's shape, not into one strip.
    const qreal aspect = layout.size().width() / layout.size().height();
    QVERIFY2(aspect > 1.6 / 1.5 && aspect < 1.6 * 1.5, qPrintable(QString::number(aspect)));
    QVERIFY(layout.item(QStringLiteral("bus-200"))->rect.top() > first->rect.bottom());
    QVERIFY(layout.item(QStringLiteral("bus-0"))->rect.width() <= layout.size().width());

    LayoutMetrics tall;
    tall.targetAspect = 0.5;
    const TopologyLayout narrow = TopologyLayout::compute(topologyOf(manyRootPorts(200)), tall);
    QVERIFY(narrow.size().width() / narrow.size().height() < aspect / 2);

    // Seven root ports (an auto-assigned desktop) wrap into rows instead of one flat strip.
    const TopologyLayout seven = TopologyLayout::compute(topologyOf(manyRootPorts(7)), metrics);
    QVERIFY(seven.item(QStringLiteral("bus-7"))->rect.top() >
            seven.item(QStringLiteral("bus-1"))->rect.bottom());
    const qreal sevenAspect = seven.size().width() / seven.size().height();
    QVERIFY2(sevenAspect < 3, qPrintable(QString::number(sevenAspect)));
}

// Geometry, not looks: every link runs orthogonally from its slot cell to its bus box through
// the gaps, so it crosses no bus box but the one it starts in (where the cells hide it).
void TestTopologyLayout::linksCrossNoBox_data() {
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("q35-desktop") << example("q35-desktop.xml");
    QTest::newRow("pc-server") << example("pc-server.xml");
    QTest::newRow("40 root ports") << manyRootPorts(40);
    QTest::newRow("200 root ports") << manyRootPorts(200);
    QTest::newRow("switch") << q35(
        controller(1, "pcie-root-port", "bus='0x00' slot='0x02' function='0x0'") +
        controller(2, "pcie-switch-upstream-port", "bus='0x01' slot='0x00' function='0x0'") + [] {
            QByteArray ports;
            for (int i = 0; i < 12; ++i)
                ports += controller(3 + i, "pcie-switch-downstream-port",
                                    QByteArray("bus='0x02' slot='0x" + QByteArray::number(i, 16) +
                                               "' function='0x0'")
                                        .constData());
            return ports;
        }());
}

void TestTopologyLayout::linksCrossNoBox() {
    QFETCH(QByteArray, xml);
    const TopologyLayout layout = TopologyLayout::compute(topologyOf(xml));
    const QList<const LayoutItem*> boxes = ofKind(layout, LayoutItemKind::BusBox);
    const QList<const LayoutItem*> links = ofKind(layout, LayoutItemKind::Link);
    QVERIFY(!links.isEmpty());
    for (const LayoutItem* link : links) {
        const LayoutItem* cell = layout.item(link->parentId);
        const LayoutItem* child = layout.item(TopologyLayout::busId(link->bus));
        QVERIFY(cell && child);
        QCOMPARE(link->path.first(), QPointF(cell->rect.center().x(), cell->rect.bottom()));
        QCOMPARE(link->path.last().y(), child->rect.top());
        const LayoutItem* parentBox = layout.item(cell->parentId);
        for (int i = 0; i + 1 < link->path.size(); ++i) {
            const QPointF a = link->path[i];
            const QPointF b = link->path[i + 1];
            QVERIFY2(a.x() == b.x() || a.y() == b.y(), qPrintable(link->id)); // orthogonal
            const QRectF segment = QRectF(a, b).normalized().adjusted(-0.1, -0.1, 0.1, 0.1);
            for (const LayoutItem* box : boxes) {
                if (box == child || (i == 0 && box == parentBox))
                    continue;
                QVERIFY2(!segment.intersects(box->rect.adjusted(0.5, 0.5, -0.5, -0.5)),
                         qPrintable(link->id + QStringLiteral(" crosses ") + box->id));
            }
        }
    }
}

void TestTopologyLayout::deterministic() {
    const Topology topo = topologyOf(example("pc-server.xml"));
    const TopologyLayout a = TopologyLayout::compute(topo);
    const TopologyLayout b = TopologyLayout::compute(topo);
    QCOMPARE(a.items().size(), b.items().size());
    for (int i = 0; i < a.items().size(); ++i) {
        QCOMPARE(a.items()[i].id, b.items()[i].id);
        QCOMPARE(a.items()[i].rect, b.items()[i].rect);
    }
}

void TestTopologyLayout::textTreeFollowsTheLayout() {
    const QString text =
        renderText(TopologyLayout::compute(topologyOf(example("q35-desktop.xml"))));
    QVERIFY(text.startsWith(QStringLiteral("pcie-root (q35)  index 0 · guest bus 0x00\n")));
    QVERIFY(text.contains(QStringLiteral("|   |   `-- pcie-root-port  index 1 · guest bus 0x01\n"
                                         "|   |       `-- 00 virtio-net 52:54:…:58 [hotplug]\n")));
    const QString svg =
        renderSvg(TopologyLayout::compute(topologyOf(example("q35-desktop.xml"))), "t");
    QVERIFY(svg.contains(QStringLiteral("<g id=\"bus-3\"")) == false);
    QVERIFY(svg.contains(QStringLiteral("<polyline id=\"link-bus-1\" class=\"link\" points=")));
}

QTEST_GUILESS_MAIN(TestTopologyLayout)
#include "tst_topologylayout.moc"
