// GraphView: the view itself (rebuild, zoom, fit, pan, selection by click, context menu).
#include "graphview.h"

#include "chipitem.h"
#include "common/editorcontext.h"
#include "common/theme.h"
#include "graphaccessible.h"
#include "graphscene.h"
#include "slotitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
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
    connect(m_context, &EditorContext::selectionChanged, this, [this](ElementId element) {
        m_scene->setSelectedElement(element);
        if (const QRectF rect = m_scene->rectOfElement(element); !rect.isNull())
            ensureVisible(rect, 40, 40);
    });
    connect(m_context, &EditorContext::sessionChanged, this, [this] {
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
        fitAll();
    }
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
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    updateWelcome();
    if (m_autoFit)
        fitAll();
}

void GraphView::fitAll() {
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (bounds.isEmpty())
        return;
    m_autoFit = true;
    resetTransform();
    fitInView(bounds, Qt::KeepAspectRatio);
    // Large domains are not shrunk into unreadable dust: below half size the view shows the
    // top left (the root complex) at half size and the user pans or zooms out.
    if (zoomFactor() < 0.5) {
        resetTransform();
        scale(0.5, 0.5);
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
        centerOn(bounds.left() + visible.width() / 2, bounds.top() + visible.height() / 2);
    } else if (zoomFactor() > 1.5) {
        resetTransform();
        scale(1.5, 1.5);
        centerOn(bounds.center());
    }
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

// Outside a preview the arrow keys walk every cell in layout order, so keyboard and screen
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
        const bool forward = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down;
        const int count = int(cells.size());
        const int next =
            current < 0 ? (forward ? 0 : count - 1) : (current + (forward ? 1 : count - 1)) % count;
        setBrowseCell(cells.at(next));
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
        m_context->select(chip ? chip->element() : m_scene->busElementAt(scenePos));
        m_contextSlot = slotRefAt(scenePos);
    }
    emit contextMenuRequested(event->globalPos()); // the menu runs (and ends) in here
    m_contextSlot = SlotRef();
    event->accept();
}

} // namespace pcitopo
