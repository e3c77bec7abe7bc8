// Issue #14: a graph you can read and steer at real sizes — readable default zoom, the overview,
// autoscroll while dragging, find, zoom to selection, the zoom indicator, the window's size.
#include "editortestsupport.h"

#include "common/mimetypes.h"
#include "graph/graphfind.h"
#include "graph/graphoverview.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/slotitem.h"
#include "palette/palettemodel.h"
#include "palette/paletteview.h"
#include "tree/topologytreeview.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <algorithm>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {

std::unique_ptr<MainWindow> openGenerated(QTemporaryDir& dir, int ports) {
    const QString path = dir.filePath(QStringLiteral("big.xml"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(q35WithRootPorts(ports));
    file.close();
    auto window = openWindow(path);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    settle();
    return window;
}

QRectF visibleSceneRect(GraphView* view) {
    return view->mapToScene(view->viewport()->rect()).boundingRect();
}

} // namespace

class TestGraphNavigation : public QObject {
    Q_OBJECT
private slots:
    void defaultZoomKeepsTextAtTheFontSize();
    void defaultViewCentresOnTheSelection();
    void overviewShowsAndSteersALargeGraph();
    void draggingAtTheEdgeScrolls();
    void findSelectsInGraphAndTree();
    void zoomToSelectionAndTheIndicator();
    void windowLeavesTheGraphHalf();
    void selectionStaysInSync();
    void contextMenuOnAnEmptySlot();
    void showWhereItFitsMovesFocusIntoTheGraph();
    void zoomedInEveryFreeSlotIsACell();
};

// The smallest graph text (chip labels, 7.5 pt at 100 %) is never smaller than the
// application font at the start zoom, for a small domain and one of 40 buses.
void TestGraphNavigation::defaultZoomKeepsTextAtTheFontSize() {
    QTemporaryDir dir;
    for (int ports : {2, 40}) {
        auto window = openGenerated(dir, ports);
        GraphView* view = window->graphView();
        const qreal pointsOnScreen = 7.5 * view->zoomFactor();
        QVERIFY2(pointsOnScreen >= QApplication::font().pointSizeF() - 0.01,
                 qPrintable(QStringLiteral("%1 buses: %2 pt on screen, font %3 pt")
                                .arg(ports + 1)
                                .arg(pointsOnScreen)
                                .arg(QApplication::font().pointSizeF())));
        QVERIFY(view->zoomFactor() >= GraphView::readableZoom() - 1e-9);
    }
}

void TestGraphNavigation::defaultViewCentresOnTheSelection() {
    QTemporaryDir dir;
    auto window = openGenerated(dir, 120);
    GraphView* view = window->graphView();
    EditorContext* context = window->context();
    const int last = findDevice(*context, [](const Device& d) {
        return d.kind == DeviceKind::Interface && d.pciAddress && d.pciAddress->bus == 120;
    });
    QVERIFY(last >= 0);
    const ElementId element = context->topology().inventory().devices.at(last).element;
    context->select(element);
    view->showDefaultView();
    const QRectF chip = view->graphScene()->rectOfElement(element);
    QVERIFY(visibleSceneRect(view).contains(chip));
}

void TestGraphNavigation::overviewShowsAndSteersALargeGraph() {
    QTemporaryDir dir;
    auto window = openGenerated(dir, 200);
    GraphView* view = window->graphView();
    GraphOverview* overview = view->overview();
    QVERIFY2(overview->isVisible(), "a graph larger than the view has an overview");
    const QRectF before = visibleSceneRect(view);
    const QPoint bottomRight(overview->width() - 4, overview->height() - 4);
    QTest::mouseClick(overview, Qt::LeftButton, Qt::NoModifier, bottomRight);
    const QRectF after = visibleSceneRect(view);
    QVERIFY(after.center().y() > before.center().y());
    QVERIFY(after.contains(overview->sceneAt(bottomRight)) ||
            after.bottom() >= view->sceneRect().bottom() - 1);

    auto small = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    small->resize(1600, 1000);
    small->show();
    QVERIFY(QTest::qWaitForWindowExposed(small.get()));
    small->graphView()->fitAll();
    QVERIFY2(!small->graphView()->overview()->isVisible(), "the whole graph is in view");
}

void TestGraphNavigation::draggingAtTheEdgeScrolls() {
    QTemporaryDir dir;
    auto window = openGenerated(dir, 200);
    GraphView* view = window->graphView();
    QMimeData mime;
    mime.setData(QString(mime::PaletteEntry), QByteArrayLiteral("net-virtio"));
    QWidget* viewport = view->viewport();
    const QPoint edge(viewport->width() / 2, viewport->height() - 3);
    QDragEnterEvent enter(edge, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(edge, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    const int start = view->verticalScrollBar()->value();
    QTRY_VERIFY_WITH_TIMEOUT(view->verticalScrollBar()->value() > start + 20, 2000);
    QDragLeaveEvent leave;
    QApplication::sendEvent(viewport, &leave);
    const int stopped = view->verticalScrollBar()->value();
    QTest::qWait(100);
    QCOMPARE(view->verticalScrollBar()->value(), stopped);
}

void TestGraphNavigation::findSelectsInGraphAndTree() {
    auto window = openShownWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const QList<FindHit> hits = findInTopology(context->topology(), QStringLiteral("virtio-net"));
    QCOMPARE(hits.size(), 1);
    QVERIFY(!findInTopology(context->topology(), QStringLiteral("index 2")).isEmpty());
    QVERIFY(!findInTopology(context->topology(), QStringLiteral("01:00.0")).isEmpty());

    QTest::keySequence(window.get(), QKeySequence::Find);
    QCOMPARE(QApplication::focusWidget(), window->findEdit());
    QTest::keyClicks(window->findEdit(), QStringLiteral("VIRTIO-NET"));
    QTest::keyClick(window->findEdit(), Qt::Key_Return);
    QCOMPARE(context->selection(), hits.first().element);
    const QModelIndex current = window->treeView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(TopologyTreeView::ElementRole).toInt(), int(hits.first().element));
    QVERIFY(window->graphView()->graphScene()->chipOfElement(hits.first().element));
}

void TestGraphNavigation::zoomToSelectionAndTheIndicator() {
    QTemporaryDir dir;
    auto window = openGenerated(dir, 200);
    GraphView* view = window->graphView();
    QVERIFY(window->zoomLabel()->text().contains(QStringLiteral("%")));
    const int before = view->zoomPercent();
    view->zoomIn();
    QVERIFY(view->zoomPercent() > before);
    QVERIFY(window->zoomLabel()->text().contains(QString::number(view->zoomPercent())));

    view->fitAll(); // everything, far too small to read
    QVERIFY(view->zoomPercent() < 100);
    EditorContext* context = window->context();
    const int nic = findDevice(*context, [](const Device& d) {
        return d.kind == DeviceKind::Interface && d.pciAddress && d.pciAddress->bus == 150;
    });
    const ElementId element = context->topology().inventory().devices.at(nic).element;
    context->select(element);
    view->zoomToSelection();
    QVERIFY(view->zoomPercent() >= 100);
    QVERIFY(visibleSceneRect(view).contains(view->graphScene()->rectOfElement(element)));
}

// At 1280×800 the docks leave the graph at least half the window either way.
void TestGraphNavigation::windowLeavesTheGraphHalf() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    settle();
    const QSize graph = window->graphView()->size();
    QVERIFY2(graph.width() >= 640 && graph.height() >= 400,
             qPrintable(QStringLiteral("graph %1×%2").arg(graph.width()).arg(graph.height())));
    QVERIFY(window->frameGeometry().width() <= 1280 || window->width() <= 1280);
}

// A background click clears the selection everywhere, and clicking the row the tree showed
// before selects it again (the issue: the tree kept its highlight and the click did nothing).
void TestGraphNavigation::selectionStaysInSync() {
    auto window = openShownWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    GraphView* view = window->graphView();
    const QList<FindHit> hits = findInTopology(context->topology(), QStringLiteral("virtio-net"));
    QCOMPARE(hits.size(), 1);
    const ElementId nic = hits.first().element;
    context->select(nic);
    TopologyTreeView* tree = window->treeView();
    const QModelIndex row = tree->currentIndex();
    QVERIFY(row.isValid());

    const QPoint background = view->mapFromScene(view->sceneRect().topLeft() + QPointF(5, 5));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, background);
    QCOMPARE(context->selection(), NoElement);
    QVERIFY(!tree->currentIndex().isValid());
    QVERIFY(tree->selectionModel()->selectedIndexes().isEmpty());

    tree->scrollTo(row);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                      tree->visualRect(row).center());
    QCOMPARE(context->selection(), nic);
}

// Right click on an empty slot: nothing is selected (Delete has nothing to delete), the
// palette entry can be added right there, and no two Edit actions share a mnemonic.
void TestGraphNavigation::contextMenuOnAnEmptySlot() {
    auto window = openShownWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    GraphView* view = window->graphView();
    PaletteView* palette = window->paletteView();
    QAbstractItemModel* model = palette->treeView()->model();
    const QModelIndexList entry =
        model->match(model->index(0, 0), PaletteModel::EntryIdRole, QStringLiteral("net-virtio"), 1,
                     Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!entry.isEmpty());
    palette->treeView()->setCurrentIndex(entry.first());
    // As written (libvirt would fill root port 2 with the unaddressed e1000e), root port 2 is free.
    context->setTopologyView(Topology::View::Written);
    settle();
    SlotItem* empty = view->graphScene()->slotItem(2, 0);
    QVERIFY(empty && !empty->look().occupied);
    view->centerOn(empty);
    const QPoint at = view->mapFromScene(empty->sceneBoundingRect().center());
    QStringList texts;
    QTimer::singleShot(50, this, [&texts] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* action : menu->actions())
                texts << action->text();
            const QList<QAction*> actions = menu->actions();
            for (QAction* action : actions)
                if (action->text().startsWith(QStringLiteral("Add ")) &&
                    action->text().endsWith(QStringLiteral("&Here")))
                    action->trigger();
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    settle();
    QVERIFY2(!texts.isEmpty(), "the context menu opened");
    QVERIFY2(std::any_of(texts.begin(), texts.end(),
                         [](const QString& t) { return t.endsWith(QStringLiteral("&Here")); }),
             qPrintable(texts.join(u'|')));
    QVERIFY(findDevice(*context, [](const Device& d) {
                return d.kind == DeviceKind::Interface && d.pciAddress && d.pciAddress->bus == 2;
            }) >= 0);
    context->undoStack()->undo();
    settle();
    QContextMenuEvent again(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QTimer::singleShot(50, this, [] {
        if (QWidget* menu = QApplication::activePopupWidget())
            menu->close();
    });
    QApplication::sendEvent(view->viewport(), &again);
    QCOMPARE(context->selection(), NoElement);

    for (QAction* top : window->menuBar()->actions()) {
        QSet<QChar> mnemonics;
        for (QAction* action : top->menu()->actions()) {
            const qsizetype amp = action->text().indexOf(u'&');
            if (action->isSeparator() || amp < 0 || amp + 1 >= action->text().size())
                continue;
            const QChar key = action->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(top->text() + u' ' + action->text()));
            mnemonics.insert(key);
        }
    }
}

void TestGraphNavigation::showWhereItFitsMovesFocusIntoTheGraph() {
    auto window = openShownWindow();
    PaletteView* palette = window->paletteView();
    QAbstractItemModel* model = palette->treeView()->model();
    const QModelIndexList entry =
        model->match(model->index(0, 0), PaletteModel::EntryIdRole, QStringLiteral("net-virtio"), 1,
                     Qt::MatchExactly | Qt::MatchRecursive);
    palette->treeView()->setCurrentIndex(entry.first());
    palette->treeView()->setFocus();
    QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QVERIFY(window->graphView()->isPreviewing());
    QCOMPARE(QApplication::focusWidget(), window->graphView());
}

// Zoomed in to twice the readable size, "slots 03–1e free" opens into one cell per slot; zoomed
// back out it collapses again.
void TestGraphNavigation::zoomedInEveryFreeSlotIsACell() {
    auto window = openShownWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    GraphView* view = window->graphView();
    QVERIFY(view->graphScene()->slotItem(0, 7)->isCollapsed());
    while (view->zoomPercent() < 200)
        view->zoomIn();
    SlotItem* seven = view->graphScene()->slotItem(0, 7);
    QVERIFY(seven && !seven->isCollapsed());
    QCOMPARE(seven->look().slot, 7);
    view->resetZoom();
    QVERIFY(view->graphScene()->slotItem(0, 7)->isCollapsed());
}

QTEST_MAIN(TestGraphNavigation)
#include "tst_graphnavigation.moc"
