// GraphView: the view itself (rebuild, zoom, fit, pan, selection by click, context menu).
#include "graphview.h"

#include "chipitem.h"
#include "common/editorcontext.h"
#include "common/theme.h"
#include "graphaccessible.h"
#include "graphoverview.h"
#include "graphscene.h"
#include "slotitem.h"
#include "validation/diagnostic.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace pcitopo {

GraphView::GraphView(EditorContext* context, QWidget* parent)
    : QGraphicsView(parent), m_context(context) {
    m_scene = new GraphScene(this);
    setScene(m_scene);
    setAcceptDrops(true);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(theme::graphColours().background);
    setFocusPolicy(Qt::StrongFocus);
    installGraphAccessibility(); // the slot cells as accessible children
    setAccessibleName(tr("Topology graph"));
    setAccessibleDescription(tr("Buses and slots of the domain; drop devices from the palette "
                                "on a slot"));
    connect(m_context, &EditorContext::refreshed, this, &GraphView::rebuild);
    createWhyAction();
    m_overview = new GraphOverview(this);
    m_autoScroll = new QTimer(this);
    m_autoScroll->setInterval(30);
    connect(m_autoScroll, &QTimer::timeout, this, &GraphView::autoScrollStep);
    connect(m_context, &EditorContext::selectionChanged, this, [this](ElementId element) {
        m_scene->setSelectedElement(element);
        if (const QRectF rect = m_scene->rectOfElement(element); !rect.isNull())
            ensureVisible(rect, 40, 40);
    });
    connect(m_context, &EditorContext::sessionChanged, this, [this] {
        m_scene->setExpandRuns(false);
        m_fitPending = true;
        m_autoFit = true;
    });
}

void GraphView::rebuild() {
    endDrag();
    updateWelcome();
    if (!m_context->hasDocument()) {
        m_scene->clearGraph();
        return;
    }
    m_scene->rebuild(*m_context);
    m_scene->setSelectedElement(m_context->selection());
    if (SlotItem* browsed = keyboardSlot())
        browsed->setKeyboardFocus(true);
    if (m_fitPending) {
        m_fitPending = false;
        relayoutForShape();
        showDefaultView();
    }
    m_overview->sceneRebuilt();
}

qreal GraphView::zoomFactor() const {
    return transform().m11();
}

void GraphView::scaleBy(qreal factor) {
    const qreal target = zoomFactor() * factor;
    if (target < 0.05 || target > 8)
        return;
    m_autoFit = false;
    scale(factor, factor);
    expandRunsWhenZoomedIn();
    m_overview->place();
    emit zoomChanged(zoomFactor());
}

void GraphView::zoomIn() {
    scaleBy(1.25);
}

void GraphView::zoomOut() {
    scaleBy(0.8);
}

void GraphView::resetZoom() {
    m_autoFit = false;
    resetTransform();
    scale(readableZoom(), readableZoom());
    expandRunsWhenZoomedIn();
    m_overview->place();
    emit zoomChanged(zoomFactor());
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    updateWelcome();
    if (m_autoFit && relayoutForShape())
        m_overview->sceneRebuilt();
    if (m_autoFit) {
        showDefaultView();
        expandRunsWhenZoomedIn();
    }
    m_overview->place();
}

void GraphView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    m_overview->update();
}

void GraphView::expandRunsWhenZoomedIn() {
    const bool expand = zoomFactor() >= 2 * readableZoom() - 1e-9;
    if (expand == m_scene->expandsRuns() || !m_context->hasDocument())
        return;
    // The layout changes size: keep the item under the view's centre in the centre.
    const QPointF centre = mapToScene(viewport()->rect().center());
    const SlotItem* slot = m_scene->slotAt(centre);
    const std::pair<int, int> anchor =
        slot ? std::make_pair(slot->look().bus, slot->look().slot) : std::make_pair(-1, -1);
    endDrag();
    m_scene->setExpandRuns(expand);
    m_scene->rebuild(*m_context);
    m_scene->setSelectedElement(m_context->selection());
    m_overview->sceneRebuilt();
    if (SlotItem* again =
            anchor.first >= 0 ? m_scene->slotItem(anchor.first, anchor.second) : nullptr)
        centerOn(again);
}

int GraphView::zoomPercent() const {
    return qRound(zoomFactor() / readableZoom() * 100);
}

void GraphView::zoomToSelection() {
    const QRectF focus = focusRect();
    if (focus.isNull()) {
        emit statusMessage(tr("Select a device or bus first."));
        return;
    }
    resetTransform();
    fitInView(focus.adjusted(-160, -120, 160, 120), Qt::KeepAspectRatio);
    const qreal zoom = std::clamp(zoomFactor(), readableZoom(), 2 * readableZoom());
    resetTransform();
    scale(zoom, zoom);
    m_autoFit = false;
    expandRunsWhenZoomedIn();
    centerOn(m_scene->rectOfElement(m_context->selection()).isNull()
                 ? focusRect().center()
                 : m_scene->rectOfElement(m_context->selection()).center());
    m_overview->place();
    emit zoomChanged(zoomFactor());
}

void GraphView::fitAll() {
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (bounds.isEmpty())
        return;
    resetTransform();
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoomFactor() > 1.5 * readableZoom()) {
        resetTransform();
        scale(1.5 * readableZoom(), 1.5 * readableZoom());
        centerOn(bounds.center());
    }
    m_autoFit = false;
    expandRunsWhenZoomedIn();
    m_overview->place();
    emit zoomChanged(zoomFactor());
}

qreal GraphView::readableZoom() {
    const qreal appPoints = QApplication::font().pointSizeF();
    return appPoints > 0 ? std::max<qreal>(1, appPoints / ChipItem::labelPointSize) : 1;
}

void GraphView::showDefaultView() {
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (bounds.isEmpty())
        return;
    m_autoFit = true;
    resetTransform();
    fitInView(bounds, Qt::KeepAspectRatio);
    const qreal fit = zoomFactor();
    const qreal readable = readableZoom();
    const qreal zoom = std::clamp(fit, readable, 1.5 * readable);
    resetTransform();
    scale(zoom, zoom);
    if (zoom <= fit) {
        centerOn(bounds.center());
    } else if (const QRectF focus = focusRect(); !focus.isNull()) {
        centerOn(focus.center());
    } else { // the root complex at the top left
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
        centerOn(bounds.left() + visible.width() / 2, bounds.top() + visible.height() / 2);
    }
    m_overview->place();
    emit zoomChanged(zoomFactor());
}

// The selection, else the device with the most severe problem.
QRectF GraphView::focusRect() const {
    if (const QRectF selected = m_scene->rectOfElement(m_context->selection()); !selected.isNull())
        return selected;
    for (const Severity severity : {Severity::Error, Severity::Warning})
        for (const Diagnostic& diagnostic : m_context->diagnostics())
            if (diagnostic.severity == severity)
                if (const QRectF rect = m_scene->rectOfElement(diagnostic.element); !rect.isNull())
                    return rect;
    return {};
}

bool GraphView::relayoutForShape() {
    if (viewport()->height() <= 0 || !m_context->hasDocument())
        return false;
    const qreal aspect = qreal(viewport()->width()) / viewport()->height();
    const qreal change = aspect / m_scene->targetAspect();
    if (change > 0.8 && change < 1.25)
        return false;
    m_scene->setTargetAspect(aspect);
    m_scene->rebuild(*m_context);
    m_scene->setSelectedElement(m_context->selection());
    return true;
}

void GraphView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent* event) {
    m_pressedChip = NoElement;
    if (event->button() == Qt::LeftButton) {
        const QPointF scenePos = mapToScene(event->position().toPoint());
        if (ChipItem* chip = m_scene->chipAt(scenePos)) {
            m_context->select(chip->element());
            if (chip->isMovable()) {
                m_pressedChip = chip->element();
                m_pressPos = event->position().toPoint();
            }
            event->accept();
            return; // no panning when pressing on a chip
        }
        m_context->select(m_scene->busElementAt(scenePos));
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent* event) {
    if (m_pressedChip != NoElement && (event->buttons() & Qt::LeftButton) &&
        (event->position().toPoint() - m_pressPos).manhattanLength() >=
            QApplication::startDragDistance()) {
        const ElementId element = m_pressedChip;
        m_pressedChip = NoElement;
        startChipDrag(element);
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent* event) {
    m_pressedChip = NoElement;
    QGraphicsView::mouseReleaseEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent* event) {
    if (m_previewing ? handlePreviewKey(event) : handleBrowseKey(event)) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

SlotItem* GraphView::keyboardSlot() const {
    if (m_previewing)
        return m_previewCursor >= 0 ? m_hoveredSlot : nullptr;
    return m_browseCell ? m_scene->slotItem(m_browseCell->first, m_browseCell->second) : nullptr;
}

void GraphView::setBrowseCell(SlotItem* cell) {
    if (SlotItem* old = keyboardSlot(); old && !m_previewing)
        old->setKeyboardFocus(false);
    m_browseCell.reset();
    if (!cell)
        return;
    m_browseCell = std::make_pair(cell->look().bus, cell->look().slot);
    cell->setKeyboardFocus(true);
    ensureVisible(cell->sceneBoundingRect(), 60, 60);
    emit statusMessage(cell->accessibleText());
    notifyKeyboardSlot();
}

// The cell an arrow key leads to from `from` (nullptr: the first cell): Left and Right walk the
// cells of a bus (and on to the next bus), Down enters the bus of a controller in the cell,
// Up goes back to the cell holding this bus's controller.
SlotItem* GraphView::neighbourCell(SlotItem* from, int key) const {
    const QList<SlotItem*>& cells = m_scene->slotItems();
    if (cells.isEmpty())
        return nullptr;
    const int current = int(cells.indexOf(from));
    if (current < 0)
        return cells.first();
    const Topology& topology = m_context->topology();
    const Bus* bus = topology.bus(from->look().bus);
    switch (key) {
    case Qt::Key_Right:
        return cells.at((current + 1) % cells.size());
    case Qt::Key_Left:
        return cells.at((current + cells.size() - 1) % cells.size());
    case Qt::Key_Down: {
        const Slot* slot = bus ? bus->slot(from->look().slot) : nullptr;
        for (const Occupant& occupant : slot ? slot->functions : QList<Occupant>())
            if (occupant.childBus >= 0)
                for (SlotItem* cell : cells)
                    if (cell->look().bus == occupant.childBus)
                        return cell;
        return from;
    }
    case Qt::Key_Up:
        if (bus && bus->parentAddress)
            if (SlotItem* parent = m_scene->slotItem(bus->parentBus, bus->parentAddress->slot))
                return parent;
        return from;
    default:
        return from;
    }
}

// Outside a preview the arrow keys walk the cells (neighbourCell), so keyboard and screen
// reader users can read the graph cell by cell; Enter selects the cell's device, Esc leaves.
bool GraphView::handleBrowseKey(QKeyEvent* event) {
    const QList<SlotItem*>& cells = m_scene->slotItems();
    const int current = int(cells.indexOf(keyboardSlot()));
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Up: {
        if (cells.isEmpty() || (event->modifiers() & ~Qt::KeypadModifier))
            return false;
        setBrowseCell(neighbourCell(keyboardSlot(), event->key()));
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const Bus* bus =
            current >= 0 ? m_context->shownTopology().bus(cells.at(current)->look().bus) : nullptr;
        const Slot* slot = bus ? bus->slot(cells.at(current)->look().slot) : nullptr;
        if (slot && !slot->functions.isEmpty() && slot->functions.first().element != NoElement)
            m_context->select(slot->functions.first().element);
        return current >= 0;
    }
    case Qt::Key_Escape:
        if (current < 0)
            return false;
        setBrowseCell(nullptr);
        return true;
    default:
        return false;
    }
}

// A palette switch (dark mode) repaints the items; the background brush is the view's own.
void GraphView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        setBackgroundBrush(theme::graphColours().background);
        m_scene->update();
    }
    QGraphicsView::changeEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent* event) {
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QPointF scenePos = mapToScene(event->pos());
        ChipItem* chip = m_scene->chipAt(scenePos);
        SlotItem* slot = m_scene->slotAt(scenePos);
        // An empty slot selects nothing: Delete must not offer to delete the bus's controller.
        m_context->select(chip   ? chip->element()
                          : slot ? NoElement
                                 : m_scene->busElementAt(scenePos));
        m_contextSlot = slotRefAt(scenePos);
        if (slot && slot->isCollapsed())
            m_contextSlot.slot = slot->pointAt(scenePos);
    }
    emit contextMenuRequested(event->globalPos()); // the menu runs (and ends) in here
    m_contextSlot = SlotRef();
    event->accept();
}

} // namespace pcitopo
