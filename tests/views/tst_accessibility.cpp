// Accessibility of the editor: every panel has an accessible name and description; the graph's
// slot cells are accessible children that say "bus 2, pcie-root-port, slot 0, empty,
// hotpluggable"; "Move to…" does what dragging a chip does, with the drag's verdicts and
// colours, as one undoable command.
#include "editortestsupport.h"

#include "common/slotranking.h"

#include "common/theme.h"
#include "graph/graphaccessible.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/movetodialog.h"
#include "graph/slotitem.h"
#include "palette/palettemodel.h"
#include "palette/paletteview.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <cmath>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {
QAccessibleInterface* childNamed(QAccessibleInterface* parent, const QString& name) {
    for (int i = 0; i < parent->childCount(); ++i)
        if (QAccessibleInterface* child = parent->child(i);
            child && child->text(QAccessible::Name) == name)
            return child;
    return nullptr;
}

int virtioNic(const EditorContext& context) {
    return findDevice(context, [](const Device& d) {
        return d.kind == DeviceKind::Interface && d.pciAddress && d.pciAddress->bus == 1;
    });
}

QAction* actionWithShortcut(QWidget* window, const QKeySequence& shortcut) {
    for (QAction* action : window->findChildren<QAction*>())
        if (action->shortcut() == shortcut)
            return action;
    return nullptr;
}
// WCAG 2 contrast ratio of two colours (1 … 21).
double contrast(const QColor& a, const QColor& b) {
    auto luminance = [](const QColor& c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The lightest opaque pixel of an icon, 0 … 255.
int lightestOpaquePixel(const QImage& image) {
    int lightest = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() > 200)
                lightest = std::max(lightest, c.lightness());
    return lightest;
}

// Switches the application palette for one test and back.
struct PaletteScope {
    explicit PaletteScope(const QPalette& palette) : saved(QApplication::palette()) {
        QApplication::setPalette(palette);
    }
    ~PaletteScope() { QApplication::setPalette(saved); }
    QPalette saved;
};
} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private slots:
    void everyPanelHasANameAndADescription();
    void slotCellsAreAccessibleChildren();
    void cellInterfacesFollowEdits();
    void keyboardPlacementMovesTheAccessibleFocus();
    void arrowKeysReadTheGraphCellByCell();
    void moveToListsTheDragVerdictsWithTheirColours();
    void moveToMovesTheDeviceAsOneUndoableCommand();
    void addToPlacesAPaletteEntryAsOneUndoableCommand();
    void graphTextKeepsItsContrastOnBothPalettes();
    void iconsStayVisibleAndSharpOnADarkPalette();
};

void TestAccessibility::everyPanelHasANameAndADescription() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    const QList<QDockWidget*> docks = window->findChildren<QDockWidget*>();
    QVERIFY(docks.size() >= 6); // palette, topology, inspector, XML, problems, history
    for (QDockWidget* dock : docks) {
        QVERIFY2(!dock->accessibleName().isEmpty(), qPrintable(dock->objectName()));
        QVERIFY2(!dock->accessibleDescription().isEmpty(), qPrintable(dock->objectName()));
        QVERIFY2(!dock->widget()->accessibleName().isEmpty(), qPrintable(dock->objectName()));
        QVERIFY2(!dock->widget()->accessibleDescription().isEmpty(),
                 qPrintable(dock->objectName()));
    }
    QVERIFY(!window->graphView()->accessibleName().isEmpty());
    QVERIFY(!window->graphView()->accessibleDescription().isEmpty());
}

void TestAccessibility::slotCellsAreAccessibleChildren() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    window->context()->setTopologyView(Topology::View::Written); // bus 2 holds no planned NIC
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    GraphView* view = window->graphView();
    QAccessibleInterface* graph = QAccessible::queryAccessibleInterface(view);
    QVERIFY(graph);
    QVERIFY(dynamic_cast<GraphViewAccessible*>(graph));
    QCOMPARE(graph->text(QAccessible::Name), view->accessibleName());
    QCOMPARE(graph->childCount(), view->graphScene()->slotItemCount());

    QAccessibleInterface* empty =
        childNamed(graph, QStringLiteral("bus 2, pcie-root-port, slot 0, empty, hotpluggable"));
    QVERIFY(empty);
    QCOMPARE(empty->parent(), graph);
    QCOMPARE(empty->role(), QAccessible::ListItem);
    QCOMPARE(graph->indexOfChild(empty),
             view->graphScene()->slotItems().indexOf(view->graphScene()->slotItem(2, 0)));
    QVERIFY(empty->rect().isValid());
    QCOMPARE(graph->childAt(empty->rect().center().x(), empty->rect().center().y()), empty);
    QVERIFY(childNamed(graph, QStringLiteral("bus 0, pcie-root, slot 0, reserved, host bridge")));

    // Every cell reads the same way: bus, model, slot(s), what is in it, its hotplug.
    const QRegularExpression pattern(QStringLiteral(
        "^bus \\d+, [a-z-]+( \\(.*\\))?, slots? \\d+( to \\d+)?, "
        "(reserved(, .+)?|(empty|occupied by .+), (hotpluggable|not hotpluggable|hotplug off))$"));
    bool sawOccupied = false;
    for (int i = 0; i < graph->childCount(); ++i) {
        const QString name = graph->child(i)->text(QAccessible::Name);
        QVERIFY2(pattern.match(name).hasMatch(), qPrintable(name));
        sawOccupied |= name.startsWith(QStringLiteral("bus 1, pcie-root-port, slot 0, occupied by "
                                                      "virtio-net"));
    }
    QVERIFY(sawOccupied);
}

void TestAccessibility::cellInterfacesFollowEdits() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    GraphView* view = window->graphView();
    EditorContext* context = window->context();
    context->setTopologyView(Topology::View::Written);
    QAccessibleInterface* graph = QAccessible::queryAccessibleInterface(view);
    QAccessibleInterface* target =
        childNamed(graph, QStringLiteral("bus 2, pcie-root-port, slot 0, empty, hotpluggable"));
    QVERIFY(target);
    const int nic = virtioNic(*context);
    QVERIFY(nic >= 0);
    QVERIFY(view->dropOnSlot(DropCandidate::existingDevice(nic), QString(), 2, 0));
    settle();
    // The scene was rebuilt; the same interface now reads the new state of its cell.
    QVERIFY(target->isValid());
    QVERIFY2(
        target->text(QAccessible::Name)
            .startsWith(QStringLiteral("bus 2, pcie-root-port, slot 0, occupied by virtio-net")),
        qPrintable(target->text(QAccessible::Name)));
    QVERIFY(
        childNamed(graph, QStringLiteral("bus 1, pcie-root-port, slot 0, empty, hotpluggable")));
}

void TestAccessibility::keyboardPlacementMovesTheAccessibleFocus() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    GraphView* view = window->graphView();
    QAccessibleInterface* graph = QAccessible::queryAccessibleInterface(view);
    QVERIFY(!graph->focusChild());
    const int nic = virtioNic(*window->context());
    view->previewVerdicts(DropCandidate::existingDevice(nic));
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QApplication::sendEvent(view, &right);
    QAccessibleInterface* focused = graph->focusChild();
    QVERIFY(focused);
    QVERIFY(focused->state().focused);
    // While a verdict is shown the cell also says whether the device fits, and why.
    QVERIFY2(focused->text(QAccessible::Name).contains(QStringLiteral("; can take it")),
             qPrintable(focused->text(QAccessible::Name)));
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(view, &escape);
    QVERIFY(!graph->focusChild());
}

void TestAccessibility::arrowKeysReadTheGraphCellByCell() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    GraphView* view = window->graphView();
    EditorContext* context = window->context();
    QAccessibleInterface* graph = QAccessible::queryAccessibleInterface(view);
    auto press = [view](Qt::Key key) {
        QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier);
        QApplication::sendEvent(view, &event);
    };
    press(Qt::Key_Right);
    QCOMPARE(graph->focusChild(), graph->child(0));
    press(Qt::Key_Right);
    QCOMPARE(graph->focusChild(), graph->child(1));
    QVERIFY(graph->child(1)->state().focused);
    press(Qt::Key_Left);
    QCOMPARE(graph->focusChild(), graph->child(0));
    // Walk to the NIC's cell; Enter selects the device in it.
    const QString nicCell = QStringLiteral("bus 1, pcie-root-port, slot 0, occupied by virtio-net");
    for (int i = 0; i < graph->childCount() &&
                    !graph->focusChild()->text(QAccessible::Name).startsWith(nicCell);
         ++i)
        press(Qt::Key_Right);
    QVERIFY(graph->focusChild()->text(QAccessible::Name).startsWith(nicCell));
    press(Qt::Key_Return);
    const int nic = virtioNic(*context);
    QCOMPARE(context->selection(), context->topology().inventory().devices.at(nic).element);
    // The cursor survives the scene's rebuild after an edit.
    QAccessibleInterface* before = graph->focusChild();
    context->refreshNow();
    settle();
    QCOMPARE(graph->focusChild(), before);
    press(Qt::Key_Escape);
    QVERIFY(!graph->focusChild());
}

void TestAccessibility::moveToListsTheDragVerdictsWithTheirColours() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    // A device that some slots refuse and others take (a virtio device fits everywhere on q35).
    QList<CellVerdict> verdicts;
    int device = -1;
    for (int i = 0; i < context->topology().inventory().devices.size() && device < 0; ++i) {
        verdicts = allVerdicts(context->topology(), DropCandidate::existingDevice(i));
        const auto legal = std::count_if(verdicts.begin(), verdicts.end(),
                                         [](const CellVerdict& c) { return c.verdict.isLegal(); });
        if (legal > 0 && legal < verdicts.size())
            device = i;
    }
    QVERIFY(device >= 0);
    sortBestFirst(context->topology(), verdicts); // the dialog lists the best slots first
    MoveToDialog dialog(context, device, window.get());
    QTreeWidget* list = dialog.slotList();
    QCOMPARE(list->topLevelItemCount(), int(verdicts.size()));
    int illegal = 0;
    for (int i = 0; i < verdicts.size(); ++i) {
        const SlotVerdict& verdict = verdicts.at(i).verdict;
        const QTreeWidgetItem* row = list->topLevelItem(i);
        const QColor expected = verdict.verdict == Verdict::LegalHotpluggable ? theme::LegalGreen
                                : verdict.verdict == Verdict::LegalNotHotpluggable
                                    ? theme::WarningAmber
                                    : theme::ErrorRed;
        QCOMPARE(row->background(0).color().rgb(), expected.rgb());
        QCOMPARE(row->text(0), cellAddressText(verdicts.at(i)));
        QVERIFY2(row->text(2).endsWith(verdict.reason), qPrintable(row->text(2)));
        illegal += !verdict.isLegal();
    }
    QVERIFY(illegal > 0);
    // The best cell is chosen to begin with; an illegal one cannot be chosen.
    QVERIFY(dialog.chosenCell());
    QPushButton* move = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(move->isEnabled());
    const auto firstIllegal =
        std::find_if(verdicts.begin(), verdicts.end(),
                     [](const CellVerdict& c) { return !c.verdict.isLegal(); });
    QVERIFY(dialog.selectCell(firstIllegal->bus, firstIllegal->slot));
    QVERIFY(!dialog.chosenCell());
    QVERIFY(!move->isEnabled());
    QVERIFY(dialog.whyLabel()->text().contains(firstIllegal->verdict.reason));
    dialog.hideIllegalBox()->setChecked(true);
    int shown = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        shown += !list->topLevelItem(i)->isHidden();
    QCOMPARE(shown, int(verdicts.size()) - illegal);
}

void TestAccessibility::moveToMovesTheDeviceAsOneUndoableCommand() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    const int nic = virtioNic(*context);
    context->select(context->topology().inventory().devices.at(nic).element);
    settle();
    QAction* moveTo = actionWithShortcut(window.get(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(moveTo);
    QVERIFY(moveTo->isEnabled());
    const int undoCount = context->undoStack()->count();
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&sawDialog] {
        auto* dialog = qobject_cast<MoveToDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        if (dialog->selectCell(2, 0))
            dialog->accept();
        else
            dialog->reject();
    });
    moveTo->trigger();
    settle();
    QVERIFY(sawDialog);
    const Device& moved = context->topology().inventory().devices.at(nic);
    QVERIFY(moved.pciAddress);
    QCOMPARE(moved.pciAddress->bus, 2);
    QCOMPARE(moved.pciAddress->slot, 0);
    QCOMPARE(context->undoStack()->count(), undoCount + 1);
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);
}

void TestAccessibility::addToPlacesAPaletteEntryAsOneUndoableCommand() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    const int devices = int(context->topology().inventory().devices.size());
    QTreeView* palette = window->paletteView()->treeView();
    const QModelIndexList found = palette->model()->match(
        palette->model()->index(0, 0), PaletteModel::EntryIdRole, QStringLiteral("net-e1000"), 1,
        Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!found.isEmpty());
    palette->setCurrentIndex(found.first());
    QAction* addTo =
        actionWithShortcut(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QVERIFY(addTo);
    QString title;
    const SlotVerdict expected = verdictForDrop(
        context->topology(), DropCandidate::paletteEntry(QStringLiteral("net-e1000")), 2, 0);
    QVERIFY(expected.isLegal());
    QTimer::singleShot(0, this, [&title, &expected] {
        auto* dialog = qobject_cast<MoveToDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        // The empty root port: the dialog shows the drop's own verdict for it.
        if (dialog->selectCell(2, 0) && dialog->chosenCell() &&
            dialog->chosenCell()->verdict.verdict == expected.verdict &&
            dialog->chosenCell()->verdict.reason == expected.reason)
            dialog->accept();
        else
            dialog->reject();
    });
    addTo->trigger();
    settle();
    QCOMPARE(title, QStringLiteral("Add Intel e1000 (PCI) to…"));
    QCOMPARE(int(context->topology().inventory().devices.size()), devices + 1);
    const int added = findDevice(*context, [](const Device& d) {
        return d.kind == DeviceKind::Interface && d.pciAddress && d.pciAddress->bus == 2;
    });
    QVERIFY(added >= 0);
    QCOMPARE(context->topology().inventory().devices.at(added).model, QStringLiteral("e1000"));
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);
}

// The graph's text on its boxes and cells reads at WCAG AA contrast in light and dark.
void TestAccessibility::graphTextKeepsItsContrastOnBothPalettes() {
    for (const bool dark : {false, true}) {
        PaletteScope scope(dark ? theme::darkPalette() : QApplication::style()->standardPalette());
        QCOMPARE(theme::isDarkPalette(QApplication::palette()), dark);
        const theme::GraphColours colours = theme::graphColours();
        for (const QColor& fill : {colours.busFill, colours.rootFill, colours.cellFill,
                                   colours.chipFill, colours.background})
            QVERIFY2(contrast(colours.text, fill) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: %3")
                                    .arg(colours.text.name(), fill.name())
                                    .arg(contrast(colours.text, fill))));
        QVERIFY(contrast(colours.textMuted, colours.cellFill) >= 3.0);
        auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
        QCOMPARE(window->graphView()->backgroundBrush().color(), colours.background);
    }
}

// Dark grey strokes are redrawn light on a dark palette, and icons are drawn at the device
// pixel ratio asked for (QT_SCALE_FACTOR=2) instead of being scaled up.
void TestAccessibility::iconsStayVisibleAndSharpOnADarkPalette() {
    const QImage light =
        theme::icon(QStringLiteral("document-open")).pixmap(QSize(24, 24)).toImage();
    QVERIFY(lightestOpaquePixel(light) < 100);
    PaletteScope scope(theme::darkPalette());
    const QIcon icon = theme::icon(QStringLiteral("document-open"));
    QVERIFY(lightestOpaquePixel(icon.pixmap(QSize(24, 24)).toImage()) > 200);
    const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(sharp.size(), QSize(32, 32));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
