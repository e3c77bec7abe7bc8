#include "graphscene.h"

#include "addtargetitem.h"
#include "busitem.h"
#include "chipitem.h"
#include "common/editorcontext.h"
#include "common/theme.h"
#include "graphtext.h"
#include "layout/topologylayout.h"
#include "slotdescription.h"
#include "slotitem.h"
#include <QPolygonF>

#include <QGraphicsPathItem>
#include <QPainter>
#include <limits>

namespace pcitopo {

namespace {
// The device (child of <devices>) an element belongs to: diagnostics may name an <address>.
ElementId owningDevice(const DomainDocument& document, ElementId element) {
    const ElementId devices = document.devicesElement();
    ElementId current = element;
    while (current != NoElement && document.parent(current) != devices)
        current = document.parent(current);
    return current == NoElement ? element : current;
}

int rank(Severity severity) {
    return severity == Severity::Error ? 3 : severity == Severity::Warning ? 2 : 1;
}
} // namespace

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent) {
    // The scene is rebuilt after every edit and holds a few thousand items at most: a linear
    // scan beats maintaining a BSP tree that would be thrown away at the next change.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

void GraphScene::clearGraph() {
    m_cells.clear();
    m_slotItems.clear();
    m_chips.clear();
    m_buses.clear();
    m_busItems.clear();
    m_addTarget = nullptr;
    m_rootRect = QRectF();
    clear();
}

void GraphScene::rebuild(const EditorContext& context) {
    LayoutMetrics metrics;
    metrics.targetAspect = m_targetAspect;
    if (m_expandRuns)
        metrics.collapseMin = std::numeric_limits<int>::max();
    const TopologyLayout layout = TopologyLayout::compute(context.shownTopology(), metrics);
    build(layout, context.shownTopology(), context.diagnostics(), context.document());
}

void GraphScene::build(const TopologyLayout& layout, const Topology& topology,
                       const QList<Diagnostic>& diagnostics, const DomainDocument& document) {
    clearGraph();
    QHash<ElementId, Diagnostic> problems; // the most severe problem of each device
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.element == NoElement)
            continue;
        const ElementId device = owningDevice(document, diagnostic.element);
        const auto it = problems.constFind(device);
        if (it == problems.cend() || rank(diagnostic.severity) > rank(it->severity))
            problems.insert(device, diagnostic);
    }
    addLayoutItems(layout, topology, problems);
    setSceneRect(QRectF(QPointF(0, 0), layout.size()).adjusted(-40, -40, 40, 40));
    setSelectedElement(m_selected);
}

void GraphScene::addLayoutItems(const TopologyLayout& layout, const Topology& topology,
                                const QHash<ElementId, Diagnostic>& problems) {
    const theme::GraphColours colours = theme::graphColours();
    for (const LayoutItem& item : layout.items()) {
        switch (item.kind) {
        case LayoutItemKind::NumaFrame:
            addItem(new NumaFrameItem(item.rect, GraphText::label(item, topology)));
            break;
        case LayoutItemKind::BusBox:
        case LayoutItemKind::UnplacedTray: {
            const Bus* bus = topology.bus(item.bus);
            BusItem::Look look{GraphText::label(item, topology),
                               GraphText::detail(item, topology),
                               item.bus == 0,
                               (bus && bus->implicit) || item.planned,
                               item.element,
                               item.bus};
            auto* box = new BusItem(look, item.rect);
            if (item.kind == LayoutItemKind::BusBox && item.bus == 0)
                m_rootRect = item.rect;
            addItem(box);
            m_busItems.append(box);
            if (item.element != NoElement)
                m_buses.insert(item.element, box);
            break;
        }
        case LayoutItemKind::Link: {
            QPainterPath path;
            path.addPolygon(QPolygonF(item.path));
            auto* link = new QGraphicsPathItem(path);
            link->setPen(QPen(colours.busBorder, 1.6, item.planned ? Qt::DashLine : Qt::SolidLine));
            link->setZValue(0.5); // over the boxes it never crosses, under the cells
            addItem(link);
            break;
        }
        case LayoutItemKind::Cell:
        case LayoutItemKind::CollapsedCells: {
            const Bus* bus = topology.bus(item.bus);
            const Slot* slot = bus ? bus->slot(item.slot) : nullptr;
            SlotItem::Look look;
            look.bus = item.bus;
            look.slot = item.slot;
            look.lastSlot = item.kind == LayoutItemKind::CollapsedCells ? item.lastSlot : item.slot;
            look.usable = !slot || slot->usable;
            look.occupied = slot && !slot->functions.isEmpty();
            look.label = GraphText::label(item, topology);
            look.reason = GraphText::slotReason(slot ? slot->unusableReason : item.detail);
            look.hotplug = item.hotplug;
            look.description =
                SlotDescription::describe(topology, look.bus, look.slot, look.lastSlot);
            auto* cell = new SlotItem(look, item.rect);
            addItem(cell);
            m_slotItems.append(cell);
            for (int number = look.slot; number <= look.lastSlot; ++number)
                m_cells.insert(cellKey(item.bus, number), cell);
            break;
        }
        case LayoutItemKind::Chip: {
            ChipItem::Look look;
            look.label = item.label;
            look.iconName = iconClassName(item.icon);
            look.detail = GraphText::detail(item, topology);
            look.element = item.element;
            const Bus* bus = topology.bus(item.bus);
            const Slot* slot = bus ? bus->slot(item.slot) : nullptr;
            const Occupant* occupant = slot ? slot->occupant(item.function) : nullptr;
            look.chipset = item.element == NoElement || (occupant && occupant->chipset);
            look.conflict = item.classes.contains(QStringLiteral("conflict"));
            look.planned = item.planned;
            if (const auto it = problems.constFind(item.element); it != problems.cend()) {
                look.problem = it->severity;
                look.problemText = it->message;
            }
            auto* chip = new ChipItem(look, item.rect);
            addItem(chip);
            if (item.element != NoElement && !m_chips.contains(item.element))
                m_chips.insert(item.element, chip);
            break;
        }
        }
    }
}

SlotItem* GraphScene::slotAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : items(scenePos))
        if (item->type() == SlotItem::Type)
            return static_cast<SlotItem*>(item);
    return nullptr;
}

SlotItem* GraphScene::slotItem(int bus, int slot) const {
    return m_cells.value(cellKey(bus, slot));
}

ChipItem* GraphScene::chipAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : items(scenePos))
        if (item->type() == ChipItem::Type)
            return static_cast<ChipItem*>(item);
    return nullptr;
}

ChipItem* GraphScene::chipOfElement(ElementId element) const {
    return m_chips.value(element);
}

ElementId GraphScene::busElementAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : items(scenePos))
        if (item->type() == BusItem::Type)
            return static_cast<BusItem*>(item)->element();
    return NoElement;
}

QRectF GraphScene::rectOfElement(ElementId element) const {
    if (ChipItem* chip = m_chips.value(element))
        return chip->sceneBoundingRect();
    if (BusItem* bus = m_buses.value(element))
        return bus->sceneBoundingRect();
    return {};
}

QPixmap GraphScene::chipPixmap(ChipItem* chip) const {
    const QRectF rect = chip->boundingRect();
    QPixmap pixmap(rect.size().toSize());
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-rect.topLeft());
    chip->paint(&painter, nullptr, nullptr);
    return pixmap;
}

void GraphScene::setSelectedElement(ElementId element) {
    if (ChipItem* old = m_chips.value(m_selected))
        old->setSelectedElement(false);
    if (BusItem* old = m_buses.value(m_selected))
        old->setSelectedElement(false);
    m_selected = element;
    if (ChipItem* chip = m_chips.value(element))
        chip->setSelectedElement(true);
    if (BusItem* bus = m_buses.value(element))
        bus->setSelectedElement(true);
}

void GraphScene::showVerdicts(const QList<CellVerdict>& verdicts) {
    QHash<SlotItem*, QHash<int, SlotVerdict>> runs;
    for (const CellVerdict& cell : verdicts) {
        SlotItem* item = m_cells.value(cellKey(cell.bus, cell.slot));
        if (!item)
            continue;
        // A collapsed run shows the verdict of its first slot until the pointer picks another.
        if (item->look().slot == cell.slot)
            item->setVerdict(cell.verdict);
        if (item->isCollapsed())
            runs[item].insert(cell.slot, cell.verdict);
    }
    for (auto it = runs.cbegin(); it != runs.cend(); ++it)
        it.key()->setRunVerdicts(it.value());
}

void GraphScene::clearVerdicts() {
    for (SlotItem* item : std::as_const(m_slotItems)) {
        if (item->isCollapsed())
            item->setRunVerdicts({});
        if (item->verdict())
            item->setVerdict(std::nullopt);
    }
    delete m_addTarget;
    m_addTarget = nullptr;
}

void GraphScene::showAddTarget(const QString& label, const QString& description,
                               const QRectF& visible) {
    delete m_addTarget;
    const QRectF root = m_rootRect.isNull() ? QRectF(0, 0, 0, 80) : m_rootRect;
    const QSizeF size(190, std::min<qreal>(root.height(), 80));
    QRectF rect(QPointF(root.right() + 24, root.top()), size);
    if (!visible.isEmpty() && !visible.contains(rect)) // where the user is looking
        rect.moveTopRight(visible.topRight() + QPointF(-16, 16));
    m_addTarget = new AddTargetItem(rect, label, description);
    addItem(m_addTarget);
}

bool GraphScene::isOverAddTarget(const QPointF& scenePos) const {
    return m_addTarget && m_addTarget->sceneBoundingRect().contains(scenePos);
}

} // namespace pcitopo
