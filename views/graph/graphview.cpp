#include "graphview.h"

#include "addtargetitem.h"
#include "chipitem.h"
#include "common/editorcontext.h"
#include "common/edits.h"
#include "common/mimetypes.h"
#include "graphscene.h"
#include "slotitem.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
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
    setBackgroundBrush(QColor(0xfb, 0xfc, 0xfd));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Topology graph"));
    setAccessibleDescription(tr("Buses and slots of the domain; drop devices from the palette "
                                "on a slot"));
    connect(m_context, &EditorContext::refreshed, this, &GraphView::rebuild);
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
    if (!m_context->hasDocument()) {
        m_scene->clearGraph();
        return;
    }
    m_scene->rebuild(*m_context);
    m_scene->setSelectedElement(m_context->selection());
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

void GraphView::startChipDrag(ElementId element) {
    auto* mime = new QMimeData;
    mime->setData(QString(mime::DeviceElement), QByteArray::number(element));
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    if (ChipItem* chip = m_scene->chipOfElement(element))
        drag->setPixmap(m_scene->chipPixmap(chip));
    drag->exec(Qt::MoveAction);
}

std::optional<GraphView::DragState> GraphView::dragStateFor(const QMimeData* mime) const {
    if (!m_context->hasDocument() || !mime)
        return std::nullopt;
    if (mime->hasFormat(QString(mime::PaletteEntry))) {
        const QString id = QString::fromUtf8(mime->data(QString(mime::PaletteEntry)));
        return DragState{DropCandidate::paletteEntry(id), id, NoElement, QString()};
    }
    if (mime->hasFormat(QString(mime::DeviceElement))) {
        bool ok = false;
        const ElementId element = mime->data(QString(mime::DeviceElement)).toInt(&ok);
        const int deviceIndex = ok ? m_context->topology().deviceIndexOf(element) : -1;
        if (deviceIndex < 0)
            return std::nullopt;
        return DragState{DropCandidate::existingDevice(deviceIndex), QString(), element, QString()};
    }
    return std::nullopt;
}

void GraphView::dragEnterEvent(QDragEnterEvent* event) {
    m_drag = dragStateFor(event->mimeData());
    if (!m_drag) {
        event->ignore();
        return;
    }
    // Every cell at once: the verdicts are computed once per drag, not per mouse move.
    const QList<CellVerdict> verdicts = allVerdicts(m_context->topology(), m_drag->candidate);
    m_scene->showVerdicts(verdicts);
    offerMissingController(*m_drag, verdicts);
    announce(verdicts, m_drag->candidate, tr("the cell under the cursor says why"));
    event->acceptProposedAction();
}

void GraphView::dragMoveEvent(QDragMoveEvent* event) {
    if (!m_drag) {
        event->ignore();
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (AddTargetItem* target = m_scene->addTarget()) {
        const bool over = m_scene->isOverAddTarget(scenePos);
        target->setHovered(over);
        if (over) {
            QToolTip::showText(mapToGlobal(event->position().toPoint()) + QPoint(16, 16),
                               QStringLiteral("✓ ") + target->toolTip(), this);
            emit statusMessage(target->toolTip());
            event->acceptProposedAction();
            return;
        }
    }
    SlotItem* slot = m_scene->slotAt(scenePos);
    if (slot != m_hoveredSlot) {
        if (m_hoveredSlot)
            m_hoveredSlot->setHovered(false);
        m_hoveredSlot = slot;
        if (slot)
            slot->setHovered(true);
    }
    if (!slot || !slot->verdict()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    const SlotVerdict& verdict = *slot->verdict();
    const QString symbol = verdict.verdict == Verdict::LegalHotpluggable ? QStringLiteral("✓")
                           : verdict.verdict == Verdict::LegalNotHotpluggable ? QStringLiteral("⚠")
                                                                              : QStringLiteral("✕");
    const QString text =
        symbol + u' ' + verdict.address.toShortString() + QStringLiteral(": ") + verdict.reason;
    // One line says why; the rule's teaching text below it is the "Why?" (ui.md).
    const RuleInfo* rule =
        verdict.ruleKey.isEmpty() ? nullptr : m_context->rules().rule(verdict.ruleKey);
    const QString why =
        rule && !rule->teaching.isEmpty() && rule->teaching != verdict.reason
            ? QStringLiteral("\n\n") + tr("Why (%1): %2").arg(rule->key, rule->teaching)
            : QString();
    QToolTip::showText(mapToGlobal(event->position().toPoint()) + QPoint(16, 16), text + why, this);
    emit statusMessage(text);
    if (verdict.isLegal())
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphView::dragLeaveEvent(QDragLeaveEvent* event) {
    endDrag(); // the scene never saw the drag, so the base class is not told either
    event->accept();
}

void GraphView::dropEvent(QDropEvent* event) {
    const QPointF scenePos = mapToScene(event->position().toPoint());
    SlotItem* slot = m_scene->slotAt(scenePos);
    const std::optional<DragState> state = m_drag;
    if (state && !state->addModel.isEmpty() && m_scene->isOverAddTarget(scenePos)) {
        endDrag();
        if (m_context->execute(edits::addPaletteEntryWithController(*m_context, state->paletteId,
                                                                    state->addModel)))
            event->acceptProposedAction();
        else
            event->ignore();
        return;
    }
    const std::optional<SlotVerdict> verdict =
        slot ? slot->verdict() : std::optional<SlotVerdict>();
    endDrag();
    if (!state || !verdict || !verdict->isLegal() || !performDrop(*state, *verdict)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void GraphView::previewVerdicts(const DropCandidate& candidate) {
    if (!m_context->hasDocument())
        return;
    endDrag();
    const QList<CellVerdict> verdicts = allVerdicts(m_context->topology(), candidate);
    m_scene->showVerdicts(verdicts);
    DragState state{candidate, QString(), NoElement, QString()};
    if (candidate.source == DropCandidate::Source::PaletteEntry)
        state.paletteId = candidate.id;
    offerMissingController(state, verdicts);
    m_previewing = true;
    announce(verdicts, candidate, tr("Esc ends the preview"));
}

void GraphView::announce(const QList<CellVerdict>& verdicts, const DropCandidate& candidate,
                         const QString& hint) {
    const auto legal = std::count_if(verdicts.begin(), verdicts.end(),
                                     [](const CellVerdict& v) { return v.verdict.isLegal(); });
    if (legal > 0) {
        emit statusMessage(tr("%n slot(s) can take it", nullptr, int(legal)) +
                           QStringLiteral("; ") + hint);
        return;
    }
    // ui.md: where no cell is legal, say what to add.
    const QString toAdd = controllerToAddFor(m_context->topology(), candidate);
    emit statusMessage(toAdd.isEmpty() ? tr("No slot can take it.")
                                       : tr("No slot can take it: add a %1 first.").arg(toAdd));
}

// ui.md: where no cell is legal, offer the controller to add as a drop target itself.
void GraphView::offerMissingController(DragState& state, const QList<CellVerdict>& verdicts) {
    if (state.paletteId.isEmpty() ||
        std::any_of(verdicts.begin(), verdicts.end(),
                    [](const CellVerdict& v) { return v.verdict.isLegal(); }))
        return;
    const QString model = controllerToAddFor(m_context->topology(), state.candidate);
    QString description;
    if (model.isEmpty() ||
        !edits::addPaletteEntryWithController(*m_context, state.paletteId, model, &description))
        return;
    state.addModel = model;
    m_scene->showAddTarget(tr("Drop here: add a %1 for it").arg(model),
                           description.left(1).toUpper() + description.mid(1));
}

void GraphView::clearPreview() {
    endDrag();
}

void GraphView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape && m_previewing) {
        clearPreview();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::contextMenuEvent(QContextMenuEvent* event) {
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QPointF scenePos = mapToScene(event->pos());
        ChipItem* chip = m_scene->chipAt(scenePos);
        m_context->select(chip ? chip->element() : m_scene->busElementAt(scenePos));
    }
    emit contextMenuRequested(event->globalPos());
    event->accept();
}

void GraphView::endDrag() {
    m_previewing = false;
    m_drag.reset();
    m_hoveredSlot = nullptr;
    m_scene->clearVerdicts();
    QToolTip::hideText();
}

bool GraphView::performDrop(const DragState& state, const SlotVerdict& verdict) {
    if (!state.paletteId.isEmpty())
        return m_context->execute(
            edits::addPaletteEntry(*m_context, state.paletteId, verdict.address));
    return m_context->execute(edits::moveDevice(*m_context, state.element, verdict.address));
}

bool GraphView::dropOnSlot(const DropCandidate& candidate, const QString& mimeId, int bus,
                           int slot) {
    if (!m_context->hasDocument())
        return false;
    const SlotVerdict verdict = verdictForDrop(m_context->topology(), candidate, bus, slot);
    if (!verdict.isLegal()) {
        emit statusMessage(verdict.reason);
        return false;
    }
    DragState state{candidate, QString(), NoElement, QString()};
    if (candidate.source == DropCandidate::Source::ExistingDevice)
        state.element = m_context->topology().inventory().devices.at(candidate.deviceIndex).element;
    else
        state.paletteId = mimeId;
    return performDrop(state, verdict);
}

} // namespace pcitopo
