// GraphView: the drag gesture (palette entries and chips onto slot cells), the verdict preview
// and keyboard placement, and the drop itself as one command.
#include "graphview.h"

#include "addtargetitem.h"
#include "chipitem.h"
#include "common/editorcontext.h"
#include "common/edits.h"
#include "common/mimetypes.h"
#include "common/slotranking.h"
#include "graphaccessible.h"
#include "graphscene.h"
#include "rules/ruletext.h"
#include "slotitem.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <algorithm>

namespace pcitopo {

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
    autoScrollDuringDrag(event->position().toPoint());
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
    if (slot)
        slot->pointAt(scenePos); // a collapsed run: the slot under the cursor
    if (!slot || !slot->verdict()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    const SlotVerdict& verdict = *slot->verdict();
    const QString text = verdictText(verdict);
    // One line says why; the rule's teaching text below it is the "Why?" (ui.md).
    const RuleInfo* rule =
        verdict.ruleKey.isEmpty() ? nullptr : m_context->rules().rule(verdict.ruleKey);
    const QString why =
        rule && !rule->teaching.isEmpty() && rule->teaching != verdict.reason
            ? QStringLiteral("\n\n") +
                  tr("Why (%1): %2").arg(rule->key, translatedRuleText(rule->teaching))
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
    if (slot)
        slot->pointAt(scenePos);
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

// Holding a drag near the view's edge scrolls that way, faster the nearer the edge, so a free
// slot off-screen is reachable without dropping first.
void GraphView::autoScrollDuringDrag(const QPoint& pos) {
    m_autoScrollPos = pos;
    const int margin = 40;
    const QRect inner = viewport()->rect().adjusted(margin, margin, -margin, -margin);
    if (inner.contains(pos))
        m_autoScroll->stop();
    else if (!m_autoScroll->isActive())
        m_autoScroll->start();
}

void GraphView::autoScrollStep() {
    constexpr int margin = 40;
    const QRect area = viewport()->rect();
    const auto speed = [](int distanceToEdge) {
        return distanceToEdge >= margin ? 0 : (margin - std::max(0, distanceToEdge)) / 2 + 2;
    };
    const int dx = speed(area.right() - m_autoScrollPos.x()) - speed(m_autoScrollPos.x());
    const int dy = speed(area.bottom() - m_autoScrollPos.y()) - speed(m_autoScrollPos.y());
    if (dx == 0 && dy == 0) {
        m_autoScroll->stop();
        return;
    }
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
}

void GraphView::previewVerdicts(const DropCandidate& candidate) {
    if (!m_context->hasDocument())
        return;
    endDrag();
    setBrowseCell(nullptr); // keyboard placement takes the arrow keys over
    const QList<CellVerdict> verdicts = allVerdicts(m_context->topology(), candidate);
    m_scene->showVerdicts(verdicts);
    DragState state{candidate, QString(), NoElement, QString()};
    if (candidate.source == DropCandidate::Source::PaletteEntry)
        state.paletteId = candidate.id;
    else if (candidate.source == DropCandidate::Source::ExistingDevice)
        state.element = m_context->topology().inventory().devices.at(candidate.deviceIndex).element;
    offerMissingController(state, verdicts);
    m_previewing = true;
    m_preview = state;
    m_previewCursor = -1;
    // The first arrow key goes to the best cell (a free hotpluggable one when there is one).
    const CellVerdict* best = bestFreeCell(m_context->topology(), verdicts);
    m_previewStart = best ? m_scene->slotItem(best->bus, best->slot) : nullptr;
    announce(verdicts, candidate, tr("arrow keys choose a slot, Enter places it, Esc ends"));
}

// Keyboard placement during a preview: the arrows move as when browsing (along a bus, into
// and out of child buses), Enter drops on the cell when it takes the entry, else says why not.
bool GraphView::handlePreviewKey(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Escape:
        clearPreview();
        return true;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Up: {
        SlotItem* next = m_previewCursor >= 0 ? neighbourCell(m_hoveredSlot, event->key())
                         : m_previewStart     ? m_previewStart
                                              : neighbourCell(nullptr, event->key());
        if (!next)
            return true;
        if (m_hoveredSlot)
            m_hoveredSlot->setHovered(false);
        m_hoveredSlot = next;
        m_previewCursor = 0;
        next->setHovered(true);
        ensureVisible(next->sceneBoundingRect(), 60, 60);
        emit statusMessage(next->verdict() ? verdictText(*next->verdict())
                                           : next->accessibleText());
        notifyKeyboardSlot();
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (m_previewCursor < 0 || !m_preview || !m_hoveredSlot)
            return true;
        const std::optional<SlotVerdict> verdict = m_hoveredSlot->verdict();
        if (!verdict || !verdict->isLegal()) {
            emit statusMessage(verdict ? verdictText(*verdict) : tr("This slot cannot take it."));
            return true;
        }
        const DragState state = *m_preview;
        endDrag();
        performDrop(state, *verdict);
        return true;
    }
    default:
        return false;
    }
}

void GraphView::notifyKeyboardSlot() {
    if (!QAccessible::isActive())
        return;
    QAccessibleInterface* view = QAccessible::queryAccessibleInterface(this);
    auto* graph = dynamic_cast<GraphViewAccessible*>(view);
    if (QAccessibleInterface* cell = graph ? graph->interfaceOf(keyboardSlot()) : nullptr) {
        QAccessibleEvent focus(cell, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

QString GraphView::verdictText(const SlotVerdict& verdict) const {
    const QString symbol = verdict.verdict == Verdict::LegalHotpluggable ? QStringLiteral("✓")
                           : verdict.verdict == Verdict::LegalNotHotpluggable ? QStringLiteral("⚠")
                                                                              : QStringLiteral("✕");
    const QString address = cellAddressText({verdict.address.bus, verdict.address.slot, verdict});
    return symbol + u' ' + address + QStringLiteral(": ") + verdict.reason;
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
                           description.left(1).toUpper() + description.mid(1),
                           mapToScene(viewport()->rect()).boundingRect());
}

void GraphView::clearPreview() {
    endDrag();
}

void GraphView::endDrag() {
    m_autoScroll->stop();
    m_previewing = false;
    m_preview.reset();
    m_previewStart = nullptr;
    m_previewCursor = -1;
    m_drag.reset();
    m_hoveredSlot = nullptr;
    m_scene->clearVerdicts();
    QToolTip::hideText();
}

bool GraphView::performDrop(const DragState& state, const SlotVerdict& verdict) {
    const bool done =
        !state.paletteId.isEmpty()
            ? m_context->execute(
                  edits::addPaletteEntry(*m_context, state.paletteId, verdict.address))
            : m_context->execute(edits::moveDevice(*m_context, state.element, verdict.address));
    if (done)
        selectDeviceAt(verdict.address); // the dropped device, ready for the inspector
    return done;
}

void GraphView::selectDeviceAt(const PciAddress& address) {
    m_context->refreshNow(); // the selection is kept by offset in the refreshed text
    for (const Device& device : m_context->topology().inventory().devices)
        if (device.pciAddress && device.pciAddress->sameSlot(address) &&
            device.pciAddress->function == address.function) {
            m_context->select(device.element);
            return;
        }
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
