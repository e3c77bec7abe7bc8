// Drag and drop on the graph, end to end: palette → slot → document, with undo restoring the
// exact bytes; verdicts on every cell while dragging; illegal drops refused; chips moved.
#include "editortestsupport.h"

#include "common/edits.h"
#include "common/mimetypes.h"
#include "common/slotranking.h"
#include "graph/addtargetitem.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/movetodialog.h"
#include "graph/slotitem.h"
#include "palette/palettemodel.h"
#include "palette/paletteview.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <algorithm>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {

// The palette's own drag data for an entry, as a real drag out of the palette carries it.
std::unique_ptr<QMimeData> paletteMime(PaletteView* palette, const QString& entryId) {
    QAbstractItemModel* model = palette->treeView()->model();
    const QModelIndexList found = model->match(model->index(0, 0), PaletteModel::EntryIdRole,
                                               entryId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return nullptr;
    return std::unique_ptr<QMimeData>(model->mimeData({found.first()}));
}

QPoint viewPointOfSlot(GraphView* view, int bus, int slot) {
    SlotItem* item = view->graphScene()->slotItem(bus, slot);
    return item ? view->mapFromScene(item->sceneBoundingRect().center()) : QPoint(-1, -1);
}

struct DragResult {
    bool moveAccepted = false;
    bool dropAccepted = false;
};

// Sends the events a drag over the graph produces: enter, move to `pos`, then drop or leave.
DragResult dragOver(GraphView* view, const QMimeData* mime, const QPoint& pos, bool drop) {
    QWidget* viewport = view->viewport();
    const auto actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    DragResult result;
    result.moveAccepted = move.isAccepted();
    if (drop) {
        QDropEvent dropEvent(QPointF(pos), actions, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropEvent);
        result.dropAccepted = dropEvent.isAccepted();
    }
    return result;
}

} // namespace

class TestGraphDrop : public QObject {
    Q_OBJECT
private slots:
    void paletteDropAddsDeviceAndUndoRestoresBytes();
    void everyCellShowsAVerdictWhileDragging();
    void illegalDropIsRefusedWithAReason();
    void placedChipMovesToAnotherSlot();
    void deletingAControllerTakesItsSubtree();
    void whereNothingFitsTheMissingControllerIsTheDropTarget();
    void keyboardPlacesAnEntryWithoutAMouse();
    void everySlotOfACollapsedRunIsADropTarget();
    void addParentTargetTakesAFreeSlotInView();
    void moveToListsBestFirst();
};

void TestGraphDrop::paletteDropAddsDeviceAndUndoRestoresBytes() {
    auto window = openWindow(); // the q35 template: root ports 1–4, all empty
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    settle();
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();

    auto mime = paletteMime(window->paletteView(), QStringLiteral("net-virtio"));
    QVERIFY(mime);
    const QPoint target = viewPointOfSlot(window->graphView(), 1, 0);
    QVERIFY(target.x() >= 0);
    const DragResult result = dragOver(window->graphView(), mime.get(), target, true);
    QVERIFY(result.moveAccepted);
    QVERIFY(result.dropAccepted);
    settle();

    const int added = findDevice(*context, [](const Device& d) {
        return d.kind == DeviceKind::Interface && d.model == u"virtio";
    });
    QVERIFY2(added >= 0, "the dropped network card is in the document");
    const Device& device = context->topology().inventory().devices.at(added);
    QVERIFY(device.pciAddress);
    QCOMPARE(device.pciAddress->bus, 1);
    QCOMPARE(device.pciAddress->slot, 0);
    QCOMPARE(device.pciAddress->function, 0);
    QCOMPARE(context->undoStack()->count(), 1); // one drop, one undo entry

    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);
}

void TestGraphDrop::everyCellShowsAVerdictWhileDragging() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    GraphScene* scene = window->graphView()->graphScene();
    auto mime = paletteMime(window->paletteView(), QStringLiteral("net-e1000"));
    QVERIFY(mime);
    QWidget* viewport = window->graphView()->viewport();
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());

    const QList<CellVerdict> expected =
        allVerdicts(context->topology(), DropCandidate::paletteEntry(QStringLiteral("net-e1000")));
    QVERIFY(!expected.isEmpty());
    int tinted = 0;
    for (const CellVerdict& cell : expected) {
        SlotItem* item = scene->slotItem(cell.bus, cell.slot);
        QVERIFY2(item,
                 qPrintable(QStringLiteral("cell %1:%2 is drawn").arg(cell.bus).arg(cell.slot)));
        if (item->look().slot != cell.slot)
            continue; // inside a collapsed run: the run shows its first cell's verdict
        QVERIFY(item->verdict());
        QCOMPARE(item->verdict()->verdict, cell.verdict.verdict);
        ++tinted;
    }
    QVERIFY(tinted > 0);

    QDragLeaveEvent leave;
    QApplication::sendEvent(viewport, &leave);
    for (const CellVerdict& cell : expected)
        QVERIFY(!scene->slotItem(cell.bus, cell.slot)->verdict());
}

void TestGraphDrop::illegalDropIsRefusedWithAReason() {
    auto window = openWindow();
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    const QString rootPort =
        paletteIdFor(context->rules(), QStringLiteral("controller-pci:pcie-root-port"));
    QVERIFY(!rootPort.isEmpty());
    // A root port cannot sit in a root port's slot (pci-rules.md §2.1).
    const SlotVerdict verdict =
        verdictForDrop(context->topology(), DropCandidate::paletteEntry(rootPort), 1, 0);
    QCOMPARE(verdict.verdict, Verdict::Illegal);

    QSignalSpy messages(window->graphView(), &GraphView::statusMessage);
    auto mime = paletteMime(window->paletteView(), rootPort);
    QVERIFY(mime);
    const DragResult result =
        dragOver(window->graphView(), mime.get(), viewPointOfSlot(window->graphView(), 1, 0), true);
    QVERIFY(!result.moveAccepted);
    QVERIFY(!result.dropAccepted);
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.last().first().toString().contains(verdict.reason));
    settle();
    QCOMPARE(context->document().toBytes(), before);
    QCOMPARE(context->undoStack()->count(), 0);
}

void TestGraphDrop::placedChipMovesToAnotherSlot() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    const int nic = findDevice(*context, [](const Device& d) {
        return d.kind == DeviceKind::Interface && d.pciAddress && d.pciAddress->bus == 1;
    });
    QVERIFY(nic >= 0);
    const ElementId element = context->topology().inventory().devices.at(nic).element;
    QMimeData mime;
    mime.setData(QString(mime::DeviceElement), QByteArray::number(element));
    const DragResult result =
        dragOver(window->graphView(), &mime, viewPointOfSlot(window->graphView(), 2, 0), true);
    QVERIFY(result.dropAccepted);
    settle();
    const Device& moved = context->topology().inventory().devices.at(nic);
    QVERIFY(moved.pciAddress);
    QCOMPARE(moved.pciAddress->bus, 2);
    QCOMPARE(moved.pciAddress->slot, 0);
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);
}

void TestGraphDrop::deletingAControllerTakesItsSubtree() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    const int port = findDevice(
        *context, [](const Device& d) { return d.isController(u"pci") && d.index == 1; });
    QVERIFY(port >= 0);
    const ElementId element = context->topology().inventory().devices.at(port).element;
    QString refusal;
    QVERIFY(edits::subtreeSize(*context, element) >= 1); // the virtio NIC sits below it
    QVERIFY(context->execute(edits::removeDevice(*context, element, true, &refusal)));
    settle();
    QCOMPARE(findDevice(*context,
                        [](const Device& d) {
                            return d.kind == DeviceKind::Interface && d.model == u"virtio";
                        }),
             -1);
    QVERIFY(!context->topology().bus(1) || context->topology().bus(1)->implicit);
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);

    // The root bus is refused with a reason, before any command exists.
    const int root = findDevice(
        *context, [](const Device& d) { return d.isController(u"pci") && d.index == 0; });
    QVERIFY(root >= 0);
    refusal.clear();
    QVERIFY(!edits::removeDevice(*context, context->topology().inventory().devices.at(root).element,
                                 true, &refusal));
    QVERIFY(!refusal.isEmpty());
}

void TestGraphDrop::whereNothingFitsTheMissingControllerIsTheDropTarget() {
    auto window = openWindow(); // q35 template: root ports, no switch
    EditorContext* context = window->context();
    const QString downstream = paletteIdFor(
        context->rules(), QStringLiteral("controller-pci:pcie-switch-downstream-port"));
    QVERIFY(!downstream.isEmpty());
    const QList<CellVerdict> verdicts =
        allVerdicts(context->topology(), DropCandidate::paletteEntry(downstream));
    QVERIFY2(std::none_of(verdicts.begin(), verdicts.end(),
                          [](const CellVerdict& v) { return v.verdict.isLegal(); }),
             "a downstream port needs a switch upstream port, and there is none");
    const QByteArray before = context->document().toBytes();

    auto mime = paletteMime(window->paletteView(), downstream);
    GraphView* view = window->graphView();
    QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY2(view->graphScene()->addTarget(), "the missing upstream port is offered");
    QVERIFY(view->graphScene()->addTarget()->toolTip().contains(
        QStringLiteral("pcie-switch-upstream-port")));
    const QPoint target =
        view->mapFromScene(view->graphScene()->addTarget()->sceneBoundingRect().center());
    const DragResult result = dragOver(view, mime.get(), target, true);
    QVERIFY(result.moveAccepted);
    QVERIFY(result.dropAccepted);
    settle();
    QCOMPARE(context->undoStack()->count(), 1); // one transaction for both controllers
    const int upstream = findDevice(*context, [](const Device& d) {
        return d.isController(u"pci") && d.model == u"pcie-switch-upstream-port";
    });
    QVERIFY(upstream >= 0);
    const int upstreamIndex = *context->topology().inventory().devices.at(upstream).index;
    QVERIFY(findDevice(*context, [upstreamIndex](const Device& d) {
                return d.model == u"pcie-switch-downstream-port" && d.pciAddress &&
                       d.pciAddress->bus == upstreamIndex;
            }) >= 0);
    QVERIFY(!hasErrors(context->diagnostics()));
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);
}

void TestGraphDrop::keyboardPlacesAnEntryWithoutAMouse() {
    auto window = openWindow(); // q35 template
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    GraphView* view = window->graphView();
    const DropCandidate nic = DropCandidate::paletteEntry(QStringLiteral("net-virtio"));
    view->previewVerdicts(nic);
    QVERIFY(view->isPreviewing());
    QTest::keyClick(view, Qt::Key_Right); // the best cell: a free hotpluggable root port
    QVERIFY(view->keyboardSlot() && view->keyboardSlot()->verdict());
    QCOMPARE(view->keyboardSlot()->verdict()->verdict, Verdict::LegalHotpluggable);
    QTest::keyClick(view, Qt::Key_Up); // out of the root port's bus, to its slot on the root
    QCOMPARE(view->keyboardSlot()->look().bus, 0);
    QTest::keyClick(view, Qt::Key_Down); // and back into the first root port's bus
    QVERIFY(view->keyboardSlot()->look().bus > 0);
    QTest::keyClick(view, Qt::Key_Right); // the next cell: the next root port's
    QVERIFY(view->keyboardSlot()->verdict() && view->keyboardSlot()->verdict()->isLegal());
    const PciAddress expected = view->keyboardSlot()->verdict()->address;
    QTest::keyClick(view, Qt::Key_Return);
    settle();
    QVERIFY(!view->isPreviewing());
    QCOMPARE(context->undoStack()->count(), 1);
    QVERIFY(findDevice(*context, [&expected](const Device& d) {
                return d.kind == DeviceKind::Interface && d.pciAddress &&
                       d.pciAddress->sameSlot(expected) &&
                       d.pciAddress->function == expected.function;
            }) >= 0);
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);

    view->previewVerdicts(nic); // Escape ends a preview without any edit
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->isPreviewing());
    QCOMPARE(context->undoStack()->index(), 0);
}

// "slots 03–1e free" is one cell until the pointer is over it: then each slot owns a part of
// it, so a drop can reach 00:07.0 (issue #14), not only the run's first slot.
void TestGraphDrop::everySlotOfACollapsedRunIsADropTarget() {
    auto window = openShownWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    GraphView* view = window->graphView();
    SlotItem* run = view->graphScene()->slotItem(0, 7);
    QVERIFY(run && run->isCollapsed());
    QVERIFY(run->look().slot < 7 && run->look().lastSlot > 7);
    view->centerOn(run);
    const QPoint target = view->mapFromScene(run->subSlotRect(7).center());
    auto mime = paletteMime(window->paletteView(), QStringLiteral("net-e1000e"));
    QVERIFY(mime);
    const DragResult result = dragOver(view, mime.get(), target, true);
    QVERIFY(result.dropAccepted);
    settle();
    QVERIFY2(findDevice(*context,
                        [](const Device& d) {
                            return d.kind == DeviceKind::Interface && d.model == u"e1000e" &&
                                   d.pciAddress && d.pciAddress->bus == 0 &&
                                   d.pciAddress->slot == 7;
                        }) >= 0,
             "the NIC sits at 00:07.0, where it was dropped");
}

// Issue #14: with a NIC on root port 1 and root port 2 free, the upstream port the add-parent
// target creates goes to 02:00.0, not beside the NIC at 01:00.1; and the target is in view.
void TestGraphDrop::addParentTargetTakesAFreeSlotInView() {
    auto window = openWindow(); // q35 template: root ports 1–4, empty
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    settle();
    EditorContext* context = window->context();
    GraphView* view = window->graphView();
    QVERIFY(view->dropOnSlot(DropCandidate::paletteEntry(QStringLiteral("net-virtio")),
                             QStringLiteral("net-virtio"), 1, 0));
    settle();
    const QString downstream = paletteIdFor(
        context->rules(), QStringLiteral("controller-pci:pcie-switch-downstream-port"));
    auto mime = paletteMime(window->paletteView(), downstream);
    QVERIFY(mime);
    view->centerOn(view->sceneRect().bottomRight()); // the root complex is out of view
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    AddTargetItem* target = view->graphScene()->addTarget();
    QVERIFY(target);
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY2(visible.contains(target->sceneBoundingRect()), "the add-parent target is in view");
    const DragResult result =
        dragOver(view, mime.get(), view->mapFromScene(target->sceneBoundingRect().center()), true);
    QVERIFY(result.dropAccepted);
    settle();
    const int upstream = findDevice(
        *context, [](const Device& d) { return d.model == u"pcie-switch-upstream-port"; });
    QVERIFY(upstream >= 0);
    const PciAddress at = *context->topology().inventory().devices.at(upstream).pciAddress;
    QCOMPARE(at.bus, 2);
    QCOMPARE(at.slot, 0);
    QCOMPARE(at.function, 0);
    QVERIFY(findDevice(*context, [](const Device& d) {
                return d.kind == DeviceKind::Interface && d.pciAddress && d.pciAddress->bus == 1 &&
                       d.pciAddress->function == 0;
            }) >= 0); // the NIC did not move
}

// Move To lists the best slots first, labels full slots without a function and starts on the
// best row.
void TestGraphDrop::moveToListsBestFirst() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const int nic = findDevice(*context, [](const Device& d) {
        return d.kind == DeviceKind::Interface && d.pciAddress && d.pciAddress->bus == 1;
    });
    QVERIFY(nic >= 0);
    MoveToDialog dialog(context, nic);
    QTreeWidget* list = dialog.slotList();
    QVERIFY(list->topLevelItemCount() > 3);
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    const std::optional<CellVerdict> chosen = dialog.chosenCell();
    QVERIFY(chosen);
    QCOMPARE(chosen->verdict.verdict, Verdict::LegalHotpluggable);
    int previous = 0;
    QList<CellVerdict> verdicts =
        allVerdicts(context->topology(), DropCandidate::existingDevice(nic));
    sortBestFirst(context->topology(), verdicts);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QVERIFY2(!list->topLevelItem(i)->text(0).contains(QStringLiteral("-1")),
                 qPrintable(list->topLevelItem(i)->text(0)));
        const int rank = placementRank(context->topology(), verdicts.at(i));
        QVERIFY(rank >= previous);
        previous = rank;
        QCOMPARE(list->topLevelItem(i)->text(0), cellAddressText(verdicts.at(i)));
    }
    QVERIFY(list->wordWrap()); // the whole verdict, not a cut one
}

QTEST_MAIN(TestGraphDrop)
#include "tst_graphdrop.moc"
