// The editor's views follow the model: problems update after every command and their fix is
// one command; inspector edits are commands; undo and redo move the graph, the tree, the XML
// source and the history together; activating a problem selects its element everywhere; the
// window renders something that is not blank.
#include "editortestsupport.h"

#include "autoassign/autoassigndialog.h"
#include "common/edits.h"
#include "common/guestchangeslabel.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "inspector/inspectorview.h"
#include "problems/problemsview.h"
#include "tree/topologytreeview.h"
#include "xmlsource/xmlsourceview.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {
int rowWithFix(const EditorContext& context, FixKind kind) {
    const QList<Diagnostic>& diagnostics = context.diagnostics();
    for (int i = 0; i < diagnostics.size(); ++i)
        if (diagnostics.at(i).fix.kind == kind)
            return i;
    return -1;
}

int countControllers(const EditorContext& context, QStringView model) {
    int count = 0;
    for (const Device& device : context.topology().inventory().devices)
        count += device.isController(u"pci") && device.model == model;
    return count;
}

// Every view shows the current document: the XML text, a chip per placed device element, the
// tree rows for the same elements.
void verifyViewsMatchModel(MainWindow& window) {
    EditorContext* context = window.context();
    QCOMPARE(window.xmlView()->toPlainText(), context->document().text());
    for (const Device& device : context->topology().inventory().devices) {
        if (!context->topology().placementOf(context->topology().deviceIndexOf(device.element)))
            continue;
        QVERIFY2(window.graphView()->graphScene()->chipOfElement(device.element),
                 qPrintable(device.elementName));
        QVERIFY2(window.treeView()->indexOfElement(device.element).isValid(),
                 qPrintable(device.elementName));
    }
}
} // namespace

class TestEditorViews : public QObject {
    Q_OBJECT
private slots:
    void viewsFollowUndoAndRedo();
    void problemsUpdateAfterAnInspectorEdit();
    void fixAppliesAsOneCommand();
    void activatingAProblemSelectsItsElementEverywhere();
    void windowRendersTheDomain();
    void layoutIsKeptInSettings();
    void autoAssignShowsChangesBeforeApplying();
    void viewsRebuildOncePerBatchOfChanges();
    void inspectorHotplugAndMultifunctionAreCommands();
    void inspectorShowsTheGuestAddressAndLinuxName();
    void inspectorEditsTheNumaNodeOfAnExpanderBus();
    void saveWritesTheDocumentLosslessly();
};

void TestEditorViews::viewsFollowUndoAndRedo() {
    auto window = openWindow(); // q35 template
    QVERIFY(window->newFromTemplate(QStringLiteral("pc")));
    settle();
    EditorContext* context = window->context();
    const int chipsBefore = window->graphView()->graphScene()->chipCount();
    const QString textBefore = context->document().text();
    QVERIFY(
        window->graphView()->dropOnSlot(DropCandidate::paletteEntry(QStringLiteral("disk-virtio")),
                                        QStringLiteral("disk-virtio"), 0, 5));
    settle();
    QCOMPARE(window->graphView()->graphScene()->chipCount(), chipsBefore + 1);
    QCOMPARE(window->historyView()->stack()->count(), 1);
    verifyViewsMatchModel(*window);

    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().text(), textBefore);
    QCOMPARE(window->graphView()->graphScene()->chipCount(), chipsBefore);
    verifyViewsMatchModel(*window);

    context->undoStack()->redo();
    settle();
    QCOMPARE(window->graphView()->graphScene()->chipCount(), chipsBefore + 1);
    verifyViewsMatchModel(*window);
    if (qEnvironmentVariableIsSet("PCITOPO_GRAB_DIR")) { // for looking at it while developing
        window->historyView()->parentWidget()->raise();
        window->show();
        settle();
        window->grab().save(qEnvironmentVariable("PCITOPO_GRAB_DIR") +
                            QStringLiteral("/history.png"));
    }
}

void TestEditorViews::problemsUpdateAfterAnInspectorEdit() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    QVERIFY(!hasErrors(context->diagnostics()));
    const int e1000e = findDevice(*context, [](const Device& d) { return d.model == u"e1000e"; });
    QVERIFY(e1000e >= 0);
    context->select(context->topology().inventory().devices.at(e1000e).element);
    settle();
    // The virtio NIC already sits at 01:00.0: the inspector's edit must produce an error.
    QLineEdit* address = window->inspectorView()->addressField();
    QVERIFY(address->isEnabled());
    address->setText(QStringLiteral("01:00.0"));
    emit address->returnPressed();
    settle();
    QCOMPARE(context->undoStack()->count(), 1);
    QVERIFY(hasErrors(context->diagnostics()));
    QCOMPARE(window->problemsView()->problemCount(), int(context->diagnostics().size()));
    QCOMPARE(window->problemsView()->treeView()->model()->rowCount(),
             int(context->diagnostics().size()));

    context->undoStack()->undo();
    settle();
    QVERIFY(!hasErrors(context->diagnostics()));
    QCOMPARE(window->problemsView()->problemCount(), int(context->diagnostics().size()));
}

void TestEditorViews::fixAppliesAsOneCommand() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    const int e1000e = findDevice(*context, [](const Device& d) { return d.model == u"e1000e"; });
    QVERIFY(context->execute(
        edits::moveDevice(*context, context->topology().inventory().devices.at(e1000e).element,
                          PciAddress{0, 1, 0, 0, std::nullopt})));
    settle();
    // The undo text names the element and where it went.
    QCOMPARE(context->undoStack()->text(0), QStringLiteral("Move e1000e to 01:00.0"));
    int row = -1;
    for (int i = 0; i < context->diagnostics().size(); ++i)
        if (context->diagnostics().at(i).isError() && !context->diagnostics().at(i).fix.isNone())
            row = i;
    QVERIFY2(row >= 0, "a double use of 01:00.0 is an error with a fix");
    QVERIFY(window->problemsView()->applyFix(row));
    settle();
    QCOMPARE(context->undoStack()->count(), 2); // the move, then the fix: one entry each
    QVERIFY(!hasErrors(context->diagnostics()));
    context->undoStack()->undo();
    settle();
    QVERIFY(hasErrors(context->diagnostics()));
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);

    // "Add pcie-root-ports": one click adds the ports its label says, and its warning is gone
    // (libvirt fills written ports with the devices it places before it adds its own).
    const int addRow = rowWithFix(*context, FixKind::AddController);
    QVERIFY(addRow >= 0);
    const int ports = countControllers(*context, u"pcie-root-port");
    const SuggestedFix fix = context->diagnostics().at(addRow).fix;
    QVERIFY(window->problemsView()->applyFix(addRow));
    settle();
    QCOMPARE(countControllers(*context, u"pcie-root-port"), ports + fix.count);
    QVERIFY(std::none_of(context->diagnostics().begin(), context->diagnostics().end(),
                         [](const Diagnostic& d) { return d.code == u"pci.hotplug.no-headroom"; }));
    QCOMPARE(context->analysis()->headroom().pciePorts, 1);
    QCOMPARE(window->problemsView()->problemCount(), int(context->diagnostics().size()));
}

void TestEditorViews::activatingAProblemSelectsItsElementEverywhere() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const int row = rowWithFix(*context, FixKind::AddController);
    QVERIFY(row >= 0);
    const ElementId element = context->diagnostics().at(row).element;
    QVERIFY(element != NoElement);
    QTreeView* problems = window->problemsView()->treeView();
    emit problems->activated(problems->model()->index(row, 1));
    settle();
    QCOMPARE(context->selection(), element);
    const DomainDocument& document = context->document();
    QCOMPARE(window->xmlView()->selectedSourceText(),
             document.text().mid(document.startOffset(element),
                                 document.endOffset(element) - document.startOffset(element)));
    if (window->treeView()->indexOfElement(element).isValid())
        QCOMPARE(window->treeView()->currentIndex().data(TopologyTreeView::ElementRole).toInt(),
                 element);

    // And the other way: a chip clicked in the graph selects its device in the tree and XML.
    const int nic = findDevice(*context, [](const Device& d) { return d.model == u"virtio"; });
    const ElementId nicElement = context->topology().inventory().devices.at(nic).element;
    context->select(nicElement);
    settle();
    QCOMPARE(window->treeView()->currentIndex().data(TopologyTreeView::ElementRole).toInt(),
             nicElement);
    QVERIFY(window->xmlView()->selectedSourceText().startsWith(QStringLiteral("<interface")));
}

void TestEditorViews::windowRendersTheDomain() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    settle();
    const QImage image = window->grab().toImage();
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));

    // The graph itself draws the domain: many pixels differ from its background.
    GraphView* graph = window->graphView();
    const QImage graphImage = graph->viewport()->grab().toImage();
    const QRgb background = graph->backgroundBrush().color().rgb();
    int drawn = 0;
    for (int y = 0; y < graphImage.height(); y += 2)
        for (int x = 0; x < graphImage.width(); x += 2)
            drawn += graphImage.pixel(x, y) != background;
    QVERIFY2(drawn > graphImage.width() * graphImage.height() / 200,
             qPrintable(QString::number(drawn)));
    QVERIFY(graph->graphScene()->chipCount() >= 4);
}

void TestEditorViews::layoutIsKeptInSettings() {
    {
        auto window = openWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->close();
    }
    QSettings settings;
    QVERIFY(!settings.value(QStringLiteral("window/state")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
}

void TestEditorViews::autoAssignShowsChangesBeforeApplying() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    QVERIFY(!context->topology().unplaced().isEmpty());
    AutoAssignDialog dialog(context);
    const AutoAssignPreview& preview = dialog.preview();
    QVERIFY(preview.errors.isEmpty());
    QVERIFY(preview.canApply());
    bool e1000eListed = false;
    for (const AutoAssignPreview::Row& row : preview.rows)
        e1000eListed |= row.device.contains(QStringLiteral("e1000e")) && row.before == u"none" &&
                        row.after != u"none";
    QVERIFY2(e1000eListed, "the unaddressed e1000e is listed with its new address");
    QCOMPARE(context->document().toBytes(), before); // a preview changes nothing

    // reserve:N plans spare ports on top of libvirt's layout: more rows than libvirt alone.
    const int libvirtRows = int(preview.rows.size());
    dialog.policyField()->setCurrentIndex(3);
    QVERIFY(dialog.preview().rows.size() > libvirtRows);
    dialog.policyField()->setCurrentIndex(0);

    dialog.show();
    if (qEnvironmentVariableIsSet("PCITOPO_GRAB_DIR")) // for looking at it while developing
        dialog.grab().save(qEnvironmentVariable("PCITOPO_GRAB_DIR") +
                           QStringLiteral("/autoassign.png"));
    QVERIFY(dialog.apply());
    settle();
    QCOMPARE(context->undoStack()->count(), 1);
    QVERIFY(context->topology().unplaced().isEmpty());
    verifyViewsMatchModel(*window);
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);
}

void TestEditorViews::viewsRebuildOncePerBatchOfChanges() {
    auto window = openWindow(); // q35 template
    EditorContext* context = window->context();
    QSignalSpy refreshed(context, &EditorContext::refreshed);
    QVERIFY(context->execute(edits::addPaletteEntry(*context, QStringLiteral("net-virtio"),
                                                    PciAddress{0, 1, 0, 0, {}})));
    QVERIFY(context->execute(edits::addPaletteEntry(*context, QStringLiteral("disk-virtio"),
                                                    PciAddress{0, 2, 0, 0, {}})));
    context->undoStack()->undo();
    QCOMPARE(refreshed.count(), 0); // nothing rebuilt while the changes arrive
    settle();
    QCOMPARE(refreshed.count(), 1); // one rebuild for three document changes
    verifyViewsMatchModel(*window);
}

void TestEditorViews::inspectorShowsTheGuestAddressAndLinuxName() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    EditorContext* context = window->context();
    const int e1000e = findDevice(*context, [](const Device& d) { return d.model == u"e1000e"; });
    QVERIFY(e1000e >= 0);
    context->select(context->topology().inventory().devices.at(e1000e).element);
    settle();
    const QString before = window->inspectorView()->guestAddressLabel()->text();
    QVERIFY2(before.contains(QStringLiteral(" · Linux enp")), qPrintable(before));
    // Move it to an integrated slot of pcie-root: the label follows the edit.
    QLineEdit* address = window->inspectorView()->addressField();
    address->setText(QStringLiteral("00:0c.0"));
    emit address->returnPressed();
    settle();
    QCOMPARE(window->inspectorView()->guestAddressLabel()->text(),
             QStringLiteral("0000:00:0c.0 · Linux enp0s12"));
    // The status bar says what the guest will notice, before Save.
    const auto* changes = window->findChild<GuestChangesLabel*>();
    QVERIFY(changes && changes->isVisibleTo(window.get()));
    // (It no longer needs the root port libvirt added for it: later devices move up too.)
    QVERIFY(changes->changeCount() >= 1);
    QVERIFY2(changes->toolTip().contains(QStringLiteral("Linux renames ") +
                                         before.section(QStringLiteral("Linux "), 1) +
                                         QStringLiteral(" → enp0s12")),
             qPrintable(changes->toolTip()));
    context->undoStack()->undo();
    settle();
    QVERIFY(!changes->isVisibleTo(window.get()));
}

void TestEditorViews::inspectorHotplugAndMultifunctionAreCommands() {
    auto window = openWindow(); // q35 template: root port 1 at 00:02.0, multifunction='on'
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    const int port = findDevice(
        *context, [](const Device& d) { return d.isController(u"pci") && d.index == 1; });
    QVERIFY(port >= 0);
    context->select(context->topology().inventory().devices.at(port).element);
    settle();

    QComboBox* hotplug = window->inspectorView()->hotplugField();
    QVERIFY(hotplug->isEnabled());
    const int off = hotplug->findData(QStringLiteral("off"));
    hotplug->setCurrentIndex(off);
    emit hotplug->activated(off);
    settle();
    QCOMPARE(context->undoStack()->count(), 1);
    QVERIFY(context->topology().bus(1)->hotplugOff);
    QCOMPARE(context->topology().bus(1)->slot(0)->hotplug, HotplugState::HotplugOff);
    QCOMPARE(hotplug->currentData().toString(), QStringLiteral("off")); // it follows the model

    QComboBox* multifunction = window->inspectorView()->multifunctionField();
    QCOMPARE(multifunction->currentData().toString(), QStringLiteral("on"));
    const int unset = multifunction->findData(QString());
    multifunction->setCurrentIndex(unset);
    emit multifunction->activated(unset);
    settle();
    QCOMPARE(context->undoStack()->count(), 2);
    const Device& edited = context->topology().inventory().devices.at(port);
    QVERIFY(edited.pciAddress);
    QVERIFY(!edited.pciAddress->multifunction.has_value());

    context->undoStack()->undo();
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);
    QCOMPARE(window->inspectorView()->multifunctionField()->currentData().toString(),
             QStringLiteral("on"));
}

void TestEditorViews::inspectorEditsTheNumaNodeOfAnExpanderBus() {
    // pc-server: pci-expander-bus index 2 with <node>1</node>, and a pci-bridge below pci-root.
    auto window = openWindow(examplePath(QStringLiteral("pc-server.xml")));
    EditorContext* context = window->context();
    const QByteArray before = context->document().toBytes();
    const QByteArray written = "<target busNr=\"254\">\n        <node>1</node>\n      </target>";
    QVERIFY(before.contains(written));
    const int pxb = findDevice(
        *context, [](const Device& d) { return d.isController(u"pci") && d.index == 2; });
    QVERIFY(pxb >= 0);
    context->select(context->topology().inventory().devices.at(pxb).element);
    settle();

    QComboBox* node = window->inspectorView()->numaNodeField();
    QVERIFY(node->isEnabled());
    QCOMPARE(node->currentData().toInt(), 1);
    const int zero = node->findData(0);
    QVERIFY(zero >= 0);
    node->setCurrentIndex(zero);
    emit node->activated(zero);
    settle();
    QCOMPARE(context->undoStack()->count(), 1);
    QByteArray expected = before;
    expected.replace("<node>1</node>", "<node>0</node>");
    QCOMPARE(context->document().toBytes(), expected);
    QCOMPARE(context->topology().bus(2)->numaNode, std::optional<int>(0));
    QCOMPARE(window->inspectorView()->numaNodeField()->currentData().toInt(), 0);

    const int none = node->findData(-1);
    node->setCurrentIndex(none);
    emit node->activated(none);
    settle();
    QCOMPARE(context->undoStack()->count(), 2);
    expected.replace("<target busNr=\"254\">\n        <node>0</node>\n      </target>",
                     "<target busNr=\"254\"/>");
    QCOMPARE(context->document().toBytes(), expected);

    context->undoStack()->undo();
    context->undoStack()->undo();
    settle();
    QCOMPARE(context->document().toBytes(), before);

    // Any other controller shows its node read-only.
    const int root = findDevice(
        *context, [](const Device& d) { return d.isController(u"pci") && d.index == 0; });
    context->select(context->topology().inventory().devices.at(root).element);
    settle();
    QVERIFY(!window->inspectorView()->numaNodeField()->isEnabled());
}

void TestEditorViews::saveWritesTheDocumentLosslessly() {
    const QString example = examplePath(QStringLiteral("q35-desktop.xml"));
    QFile original(example);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray originalBytes = original.readAll();
    auto window = openWindow(example);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.xml"));
    QString error;
    QVERIFY2(window->saveTo(copy, &error), qPrintable(error));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), originalBytes); // comments, namespaces, quoting: all kept
    saved.close();

    EditorContext* context = window->context();
    const int e1000e = findDevice(*context, [](const Device& d) { return d.model == u"e1000e"; });
    QVERIFY(context->execute(
        edits::moveDevice(*context, context->topology().inventory().devices.at(e1000e).element,
                          PciAddress{0, 2, 0, 0, std::nullopt})));
    settle();
    QVERIFY(window->isWindowModified());
    QVERIFY2(window->saveTo(copy, &error), qPrintable(error));
    QVERIFY(!window->isWindowModified());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), context->document().toBytes());
    QVERIFY(window->windowTitle().contains(QStringLiteral("copy.xml")));
}

QTEST_MAIN(TestEditorViews)
#include "tst_editorviews.moc"
