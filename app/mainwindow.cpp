#include "mainwindow.h"

#include "autoassign/autoassigndialog.h"
#include "common/editorcontext.h"
#include "common/edits.h"
#include "common/guestchangeslabel.h"
#include "common/theme.h"
#include "explain/welcomepanel.h"
#include "graph/graphview.h"
#include "graph/movetodialog.h"
#include "inspector/inspectorview.h"
#include "palette/paletteview.h"
#include "problems/problemsview.h"
#include "session/documentsession.h"
#include "tree/topologytreeview.h"
#include "xmlsource/xmlsourceview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

namespace pcitopo {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(theme::icon(QStringLiteral("pcitopo")));
    setDockNestingEnabled(true);
    m_session = new DocumentSession(this);
    m_context = new EditorContext(this);
    m_graph = new GraphView(m_context, this);
    setCentralWidget(m_graph);
    createDocks();
    createActions();
    createMenus();
    m_headroomLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    connectViews();
    m_headroomLabel->setAccessibleName(tr("Headroom"));
    m_problemsLabel->setAccessibleName(tr("Problem count"));
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_headroomLabel);
    m_guestChanges = new GuestChangesLabel(m_context, this);
    statusBar()->addPermanentWidget(m_guestChanges);
    restoreLayout();
    connect(m_session, &DocumentSession::documentReplaced, this, &MainWindow::documentReplaced);
    connect(m_session, &DocumentSession::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DocumentSession::filePathChanged, this, &MainWindow::updateTitle);
    newFromTemplate(QStringLiteral("q35"));
    m_context->setSession(m_session);
    // The start-up document carries the welcome banner until another is opened or it is edited.
    m_graph->setWelcomeVisible(true);
    connect(m_session, &DocumentSession::documentReplaced, m_graph,
            [this] { m_graph->setWelcomeVisible(false); });
    connect(m_session, &DocumentSession::cleanChanged, m_graph, [this](bool clean) {
        if (!clean)
            m_graph->setWelcomeVisible(false);
    });
}

MainWindow::~MainWindow() {
    // The views read the session through the context until they are gone.
    m_context->setSession(nullptr);
}

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    dock->setAccessibleName(title);
    dock->setAccessibleDescription(widget->accessibleDescription());
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks() {
    m_palette = new PaletteView(RuleTable::builtin(), this);
    m_tree = new TopologyTreeView(m_context, this);
    m_inspector = new InspectorView(m_context, this);
    m_problems = new ProblemsView(m_context, this);
    m_xml = new XmlSourceView(this);
    m_history = new QUndoView(this);
    m_history->setEmptyLabel(tr("<opened>"));
    m_history->setAccessibleName(tr("Edit history"));
    m_history->setAccessibleDescription(tr("Every edit in order; choose one to go back to it"));

    QDockWidget* palette =
        addDock(m_palette, tr("Palette"), QStringLiteral("PaletteDock"), Qt::LeftDockWidgetArea);
    QDockWidget* tree =
        addDock(m_tree, tr("Topology"), QStringLiteral("TreeDock"), Qt::LeftDockWidgetArea);
    splitDockWidget(palette, tree, Qt::Vertical);
    QDockWidget* inspector = addDock(m_inspector, tr("Inspector"), QStringLiteral("InspectorDock"),
                                     Qt::RightDockWidgetArea);
    QDockWidget* xml =
        addDock(m_xml, tr("XML Source"), QStringLiteral("XmlDock"), Qt::RightDockWidgetArea);
    splitDockWidget(inspector, xml, Qt::Vertical);
    QDockWidget* problems = addDock(m_problems, tr("Problems"), QStringLiteral("ProblemsDock"),
                                    Qt::BottomDockWidgetArea);
    QDockWidget* history =
        addDock(m_history, tr("History"), QStringLiteral("HistoryDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problems, history);
    problems->raise();
}

void MainWindow::createActions() {
    auto* undoGroup = new QUndoGroup(this);
    m_history->setGroup(undoGroup);
    m_undoAction = undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(theme::icon(QStringLiteral("edit-undo")));
    m_redoAction = undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(theme::icon(QStringLiteral("edit-redo")));
    connect(m_context, &EditorContext::sessionChanged, undoGroup, [this, undoGroup] {
        for (QUndoStack* stack : undoGroup->stacks())
            undoGroup->removeStack(stack);
        if (QUndoStack* stack = m_context->undoStack()) {
            undoGroup->addStack(stack);
            undoGroup->setActiveStack(stack);
        }
    });
    m_deleteAction = new QAction(theme::icon(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Remove the selected device, or a controller with its bus"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelection);
    m_autoAssignAction =
        new QAction(theme::icon(QStringLiteral("auto-assign")), tr("&Auto-assign…"), this);
    m_autoAssignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_autoAssignAction->setStatusTip(tr("Give addresses the way libvirt would, after a preview"));
    connect(m_autoAssignAction, &QAction::triggered, this, &MainWindow::showAutoAssign);
    m_whereAction = new QAction(tr("Show Where It &Fits"), this);
    m_whereAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_whereAction->setStatusTip(tr("Tint every slot for the palette entry or the selected device, "
                                   "as a drag would"));
    connect(m_whereAction, &QAction::triggered, this, &MainWindow::showWhereItFits);
    m_unaddressAction = new QAction(tr("&Let libvirt Assign the Address"), this);
    m_unaddressAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    m_unaddressAction->setStatusTip(tr("Remove the selected device's <address>"));
    connect(m_unaddressAction, &QAction::triggered, this, [this] {
        if (m_context->hasDocument())
            m_context->execute(edits::removeAddress(*m_context, m_context->selection()));
    });
    m_moveToAction = new QAction(tr("&Move To…"), this);
    m_moveToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_moveToAction->setStatusTip(tr("Choose the selected device's slot from a list, with the "
                                    "verdicts a drag shows"));
    connect(m_moveToAction, &QAction::triggered, this, &MainWindow::showMoveTo);
    m_addToAction = new QAction(tr("Add &To…"), this);
    m_addToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_addToAction->setStatusTip(tr("Choose the slot for the current palette entry from a list, "
                                   "with the verdicts a drag shows"));
    connect(m_addToAction, &QAction::triggered, this, &MainWindow::showAddTo);
}

void MainWindow::showContextMenu(const QPoint& globalPos) {
    QMenu menu(this);
    addPaletteEntryHere(menu);
    menu.addAction(m_graph->whyAction());
    menu.addAction(m_whereAction);
    menu.addAction(m_moveToAction);
    menu.addAction(m_addToAction);
    menu.addAction(m_unaddressAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_autoAssignAction);
    menu.exec(globalPos);
}

// Actions that need a selected device are enabled only when one is selected.
void MainWindow::updateActions() {
    const int device =
        m_context->hasDocument() ? m_context->topology().deviceIndexOf(m_context->selection()) : -1;
    const Device* selected =
        device >= 0 ? &m_context->topology().inventory().devices.at(device) : nullptr;
    m_deleteAction->setEnabled(selected != nullptr);
    m_moveToAction->setEnabled(selected != nullptr);
    m_unaddressAction->setEnabled(selected && selected->pciAddress.has_value());
}

void MainWindow::connectViews() {
    connect(m_context, &EditorContext::refreshed, this, [this] {
        updateXmlView();
        updateStatus();
        updateTitle();
        m_palette->setMachine(m_context->machine());
    });
    connect(m_context, &EditorContext::selectionChanged, this, &MainWindow::updateXmlView);
    connect(m_context, &EditorContext::selectionChanged, this, &MainWindow::updateActions);
    connect(m_context, &EditorContext::refreshed, this, &MainWindow::updateActions);
    connect(m_graph, &GraphView::contextMenuRequested, this, &MainWindow::showContextMenu);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { showContextMenu(m_tree->viewport()->mapToGlobal(pos)); });
    connect(m_problems, &ProblemsView::summaryChanged, m_problemsLabel, &QLabel::setText);
    connect(m_xml, &XmlSourceView::offsetActivated, m_context,
            &EditorContext::selectElementAtOffset);
    connect(m_context, &EditorContext::commandRefused, this, [this](const QString& reason) {
        statusBar()->showMessage(tr("Refused: %1").arg(reason), 10000);
    });
    connect(m_palette, &PaletteView::entryActivated, this, &MainWindow::addPaletteEntry);
    connect(m_graph, &GraphView::statusMessage, statusBar(),
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    WelcomePanel* welcome = m_graph->welcomePanel();
    connect(welcome, &WelcomePanel::newRequested, this, &MainWindow::newFromTemplate);
    connect(welcome, &WelcomePanel::openRequested, this, &MainWindow::open);
    connect(welcome, &WelcomePanel::exampleRequested, this, &MainWindow::openExample);
}

void MainWindow::updateXmlView() {
    if (!m_context->hasDocument())
        return;
    const DomainDocument& document = m_context->document();
    m_xml->setSourceText(document.text());
    const ElementId selected = m_context->selection();
    if (selected == NoElement)
        m_xml->setHighlight(-1, -1);
    else
        m_xml->setHighlight(document.startOffset(selected), document.endOffset(selected));
    QList<XmlSourceView::LineMarker> markers;
    for (const Diagnostic& diagnostic : m_context->diagnostics()) {
        if (diagnostic.location.line <= 0)
            continue;
        const QColor colour = diagnostic.severity == Severity::Error     ? theme::ErrorRed
                              : diagnostic.severity == Severity::Warning ? theme::WarningAmber
                                                                         : theme::InfoBlue;
        markers.append({diagnostic.location.line, colour, diagnostic.message});
    }
    m_xml->setLineMarkers(markers);
}

void MainWindow::updateStatus() {
    if (!m_context->hasDocument())
        return;
    const Headroom headroom = m_context->analysis()->headroom();
    m_headroomLabel->setText(tr("headroom: %n PCIe port(s)", nullptr, headroom.pciePorts) +
                             QStringLiteral(", ") +
                             tr("%n PCI slot(s)", nullptr, headroom.pciSlots));
    m_headroomLabel->setToolTip(tr("Empty hotpluggable places left for devices added while the "
                                   "guest runs"));
}

void MainWindow::deleteSelection() {
    if (!m_context->hasDocument() || m_context->selection() == NoElement)
        return;
    const ElementId selected = m_context->selection();
    const int below = edits::subtreeSize(*m_context, selected);
    if (below > 0 &&
        QMessageBox::question(this, tr("Delete controller"),
                              tr("%n device(s) and controller(s) sit below this controller. "
                                 "Delete them as well?",
                                 nullptr, below)) != QMessageBox::Yes)
        return;
    QString refusal;
    auto command = edits::removeDevice(*m_context, selected, below > 0, &refusal);
    if (!command) {
        QMessageBox::information(this, tr("Cannot delete"), refusal);
        return;
    }
    m_context->execute(std::move(command));
}

// "Add ⟨palette entry⟩ here" on a slot that takes the current palette entry.
void MainWindow::addPaletteEntryHere(QMenu& menu) {
    const GraphView::SlotRef slot = m_graph->contextSlot();
    const QString entry = m_palette->currentEntryId();
    if (!slot.isValid() || entry.isEmpty() || !m_context->hasDocument())
        return;
    const DropCandidate candidate = DropCandidate::paletteEntry(entry);
    if (!verdictForDrop(m_context->topology(), candidate, slot.bus, slot.slot).isLegal())
        return;
    const QString name = m_palette->treeView()->currentIndex().siblingAtColumn(0).data().toString();
    QAction* add = menu.addAction(tr("Add %1 &Here").arg(name));
    connect(add, &QAction::triggered, this, [this, candidate, entry, slot] {
        m_graph->dropOnSlot(candidate, entry, slot.bus, slot.slot);
    });
    menu.addSeparator();
}

void MainWindow::showWhereItFits() {
    if (!m_context->hasDocument())
        return;
    const QString entry = m_palette->currentEntryId();
    const int device = m_context->topology().deviceIndexOf(m_context->selection());
    if (!entry.isEmpty() && (m_palette->isAncestorOf(focusWidget()) || device < 0))
        m_graph->previewVerdicts(DropCandidate::paletteEntry(entry));
    else if (device >= 0)
        m_graph->previewVerdicts(DropCandidate::existingDevice(device));
    else
        statusBar()->showMessage(tr("Choose a palette entry or select a device first."), 5000);
    if (m_graph->isPreviewing())
        m_graph->setFocus(Qt::ShortcutFocusReason); // the arrow keys choose a slot now
}

void MainWindow::addPaletteEntry(const QString& entryId) {
    if (m_context->hasDocument())
        m_context->execute(edits::addPaletteEntry(*m_context, entryId, std::nullopt));
}

void MainWindow::showAutoAssign() {
    if (!m_context->hasDocument())
        return;
    AutoAssignDialog dialog(m_context, this);
    dialog.exec();
}

void MainWindow::showMoveTo() {
    const int device =
        m_context->hasDocument() ? m_context->topology().deviceIndexOf(m_context->selection()) : -1;
    if (device < 0) {
        statusBar()->showMessage(tr("Select a device first."), 5000);
        return;
    }
    MoveToDialog dialog(m_context, device, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The drop's own path: the same verdict check and the same single undoable command.
    if (const std::optional<CellVerdict> cell = dialog.chosenCell())
        m_graph->dropOnSlot(DropCandidate::existingDevice(device), QString(), cell->bus,
                            cell->slot);
}

void MainWindow::showAddTo() {
    const QString entry = m_palette->currentEntryId();
    if (!m_context->hasDocument() || entry.isEmpty()) {
        statusBar()->showMessage(tr("Choose a palette entry first."), 5000);
        return;
    }
    const QString name = m_palette->treeView()->currentIndex().siblingAtColumn(0).data().toString();
    const DropCandidate candidate = DropCandidate::paletteEntry(entry);
    MoveToDialog dialog(m_context, candidate, name, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<CellVerdict> cell = dialog.chosenCell())
        m_graph->dropOnSlot(candidate, entry, cell->bus, cell->slot);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        sizeToScreen();
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace pcitopo
