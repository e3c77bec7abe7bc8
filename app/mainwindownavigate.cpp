// MainWindow: finding and showing things in a large graph — Find (Ctrl+F) over devices and
// buses, Zoom to Selection, the zoom indicator — and the window's first size.
#include "mainwindow.h"

#include "common/editorcontext.h"
#include "graph/graphfind.h"
#include "graph/graphview.h"

#include <QAction>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

namespace pcitopo {

void MainWindow::createNavigation(QMenu* view, QToolBar* toolbar) {
    QAction* zoomSelection = view->addAction(tr("Zoom to &Selection"));
    zoomSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    zoomSelection->setStatusTip(tr("Show the selected device or bus at a readable size"));
    connect(zoomSelection, &QAction::triggered, m_graph, &GraphView::zoomToSelection);
    toolbar->addAction(zoomSelection);

    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(QStringLiteral("FindEdit"));
    m_findEdit->setPlaceholderText(tr("Find device or bus (Ctrl+F)"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMaximumWidth(260);
    m_findEdit->setAccessibleName(tr("Find"));
    m_findEdit->setAccessibleDescription(
        tr("Type part of a device, model, bus or address; Enter selects the next match"));
    toolbar->addSeparator();
    toolbar->addWidget(m_findEdit);
    QAction* find = view->addAction(tr("Fin&d…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    QAction* findNext = view->addAction(tr("Find &Next"));
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, &MainWindow::findNext);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &MainWindow::findNext);
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { m_findIndex = -1; });

    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    m_zoomLabel->setToolTip(
        tr("Zoom; 100 % shows the graph's text at the application's font size"));
    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_graph, &GraphView::zoomChanged, this,
            [this] { m_zoomLabel->setText(tr("Zoom %1 %").arg(m_graph->zoomPercent())); });
}

// Enter in the find box: the next match, selected everywhere (graph, tree, inspector, XML).
void MainWindow::findNext() {
    if (!m_context->hasDocument())
        return;
    const QList<FindHit> hits = findInTopology(m_context->topology(), m_findEdit->text());
    if (hits.isEmpty()) {
        statusBar()->showMessage(tr("Nothing matches “%1”.").arg(m_findEdit->text()), 5000);
        return;
    }
    m_findIndex = (m_findIndex + 1) % int(hits.size());
    const FindHit& hit = hits.at(m_findIndex);
    m_context->select(hit.element);
    statusBar()->showMessage(tr("%1 of %2: %3").arg(m_findIndex + 1).arg(hits.size()).arg(hit.text),
                             8000);
}

// First start: most of the screen (the window never starts larger than the screen); later
// starts restore the saved geometry. The docks get a share of the width that leaves the graph
// at least half the window.
void MainWindow::sizeToScreen() {
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1500, 940);
    const QSize size(std::min(available.width(), std::max(960, available.width() * 9 / 10)),
                     std::min(available.height(), std::max(640, available.height() * 9 / 10)));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    fitDocksToWindow(size);
}

void MainWindow::fitDocksToWindow(const QSize& size) {
    const auto dock = [this](const char* name) {
        return findChild<QDockWidget*>(QString::fromLatin1(name));
    };
    QDockWidget* palette = dock("PaletteDock");
    QDockWidget* inspector = dock("InspectorDock");
    QDockWidget* problems = dock("ProblemsDock");
    if (palette && inspector)
        resizeDocks({palette, inspector}, {size.width() * 2 / 9, size.width() / 4}, Qt::Horizontal);
    if (problems)
        resizeDocks({problems}, {std::min(190, size.height() / 5)}, Qt::Vertical);
}

} // namespace pcitopo
