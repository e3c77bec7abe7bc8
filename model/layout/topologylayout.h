#pragma once

// lstopo-style geometry of a Topology, computed once with fixed metrics (no fonts, no widgets):
// the root complex at the top with its slot cells, every controller's bus as a box hanging
// below the slot it sits in, devices as chips in their cells (multifunction: stacked), runs
// of identical empty cells collapsed, expander subtrees framed per NUMA node, unplaced devices
// in a tray at the bottom. The GUI graph view draws these items; `pcitopo render` writes them
// as SVG or as an ASCII tree, so the two can never disagree.
//
//     TopologyLayout layout = TopologyLayout::compute(session.topology());
//     for (const LayoutItem& item : layout.items()) scene->addItem(itemFor(item));
//
// Ids are stable across edits as long as the addressed thing exists: "bus-3", "bus-3-slot-0",
// "bus-3-slot-0-fn-1", "bus-0-slots-5-31", "link-bus-3", "numa-1-bus-2", "unplaced-2".

#include "topology/topology.h"

#include <QHash>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QStringList>

namespace pcitopo {

enum class LayoutItemKind {
    NumaFrame,      // a frame around expander subtrees of one guest NUMA node
    BusBox,         // a bus (the root complex is the bus with index 0)
    Link,           // from a slot cell down to the bus of the controller in it
    Cell,           // one slot of a bus
    CollapsedCells, // a run of identical empty slots ("slots 05–1f free")
    Chip,           // a device (or chipset function) in a cell
    UnplacedTray,   // the box holding devices without a usable address
};

struct LayoutItem {
    LayoutItemKind kind = LayoutItemKind::Cell;
    QString id;
    QString parentId;    // the bus box of a cell, the cell of a chip or link; empty at top level
    QStringList classes; // for SVG/CSS: "slot root-port free hotplug"
    QRectF rect;         // bounding rectangle (for a Link: the bounds of `line`)
    QLineF line;         // Link only: from the slot cell's bottom to the child bus box's top
    QList<QPointF> path; // Link only: the orthogonal route of `line` through the gaps between boxes
    QString label;       // the main text
    QString detail;      // the second line / tooltip ("index 3 · guest bus 0x05")
    int bus = -1;
    int slot = -1;                 // Cell, Chip; CollapsedCells: the first slot
    int lastSlot = -1;             // CollapsedCells: the last slot
    int function = -1;             // Chip
    int deviceIndex = -1;          // Chip: into Topology::inventory().devices
    ElementId element = NoElement; // Chip, BusBox: the document element
    IconClass icon = IconClass::Other;
    HotplugState hotplug = HotplugState::NotHotpluggable; // Cell, CollapsedCells
    // BusBox, Link, Chip: libvirt will add or assign it at define (class "planned"); views draw
    // it dashed with "libvirt will add".
    bool planned = false;
};

// Fixed sizes in scene units (pixels at 100 %).
struct LayoutMetrics {
    qreal cellWidth = 150;
    qreal chipHeight = 20;
    qreal cellHeader = 14; // the slot number line
    qreal padding = 4;
    qreal busHeader = 34; // model line + "index · guest bus" line
    qreal gapX = 24;
    qreal gapY = 36;
    qreal framePadding = 10;
    int collapseMin = 3; // runs of at least this many identical empty cells collapse
    // Children per row of a bus; 0: as many as bring the subtree's width : height nearest to
    // targetAspect (the view's shape in the editor), so 200 root ports wrap into a readable block.
    int maxChildrenPerRow = 0;
    qreal targetAspect = 1.6;
    int maxCellsPerRow = 8; // a bus with more cells (or runs) wraps them into rows; 0: never
};

class TopologyLayout {
public:
    static TopologyLayout compute(const Topology& topology, const LayoutMetrics& metrics = {});

    const QList<LayoutItem>& items() const { return m_items; } // in drawing order
    QSizeF size() const { return m_size; }
    const LayoutMetrics& metrics() const { return m_metrics; }
    const LayoutItem* item(const QString& id) const; // nullptr when absent
    // The topmost item of one of `kinds` (any kind when empty) containing `point`.
    const LayoutItem* itemAt(const QPointF& point, const QList<LayoutItemKind>& kinds = {}) const;
    // The cell (or collapsed run) showing a slot; nullptr when the bus has no such cell.
    const LayoutItem* cellFor(int bus, int slot) const;
    QList<const LayoutItem*> children(const QString& parentId) const;

    static QString busId(int bus);
    static QString cellId(int bus, int slot);
    static QString chipId(int bus, int slot, int function);
    static QString modelClass(const QString& model); // "pcie-root-port" → "root-port"

private:
    friend class LayoutBuilder;
    QList<LayoutItem> m_items;
    QHash<QString, int> m_byId;
    QSizeF m_size;
    LayoutMetrics m_metrics;
};

} // namespace pcitopo
