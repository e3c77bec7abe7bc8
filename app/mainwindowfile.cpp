// MainWindow: menus, toolbar and file handling (New, Open, Open Recent, Save, Save As, Revert,
// the unsaved-changes prompt).
#include "mainwindow.h"

#include "common/editorcontext.h"
#include "common/guestchangesdialog.h"
#include "common/guestchangeslabel.h"
#include "common/theme.h"
#include "explain/learnexamples.h"
#include "graph/graphview.h"
#include "libvirt/libvirtsaver.h"
#include "session/documentsession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace pcitopo {

namespace {
constexpr int MaxRecentFiles = 8;
const QString RecentKey = QStringLiteral("files/recent");

QAction* addMenuAction(QMenu* menu, const QString& icon, const QString& text,
                       const QKeySequence& shortcut) {
    QAction* action =
        icon.isEmpty() ? menu->addAction(text) : menu->addAction(theme::icon(icon), text);
    action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QMenu* newMenu = file->addMenu(theme::icon(QStringLiteral("document-new")), tr("&New"));
    QAction* newQ35 =
        addMenuAction(newMenu, QString(), tr("&q35 (PCI Express) domain"), QKeySequence::New);
    connect(newQ35, &QAction::triggered, this, [this] {
        if (maybeSave())
            newFromTemplate(QStringLiteral("q35"));
    });
    QAction* newPc = addMenuAction(newMenu, QString(), tr("&pc (i440fx, PCI) domain"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newPc, &QAction::triggered, this, [this] {
        if (maybeSave())
            newFromTemplate(QStringLiteral("pc"));
    });
    QAction* openAction =
        addMenuAction(file, QStringLiteral("document-open"), tr("&Open…"), QKeySequence::Open);
    connect(openAction, &QAction::triggered, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    QMenu* learn = file->addMenu(tr("&Learn from an Example"));
    for (const LearnExample& example : learnExamples())
        connect(learn->addAction(example.title), &QAction::triggered, this, [this, example] {
            if (maybeSave())
                openExample(example.resourcePath);
        });
    createLibvirtActions(file);
    createExportActions(file);
    file->addSeparator();
    m_saveAction =
        addMenuAction(file, QStringLiteral("document-save"), tr("&Save"), QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    QAction* saveAsAction = addMenuAction(file, QString(), tr("Save &As…"), QKeySequence::SaveAs);
    connect(saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_revertAction = addMenuAction(file, QString(), tr("Re&vert"), QKeySequence(Qt::Key_F5));
    connect(m_revertAction, &QAction::triggered, this, &MainWindow::revert);
    file->addSeparator();
    QAction* quit = addMenuAction(file, QString(), tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addAction(m_autoAssignAction);
    edit->addAction(m_whereAction);
    edit->addAction(m_moveToAction);
    edit->addAction(m_addToAction);
    edit->addAction(m_unaddressAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn =
        addMenuAction(view, QStringLiteral("zoom-in"), tr("Zoom &In"), QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, m_graph, &GraphView::zoomIn);
    QAction* zoomOut =
        addMenuAction(view, QStringLiteral("zoom-out"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, m_graph, &GraphView::zoomOut);
    QAction* fit = addMenuAction(view, QStringLiteral("zoom-fit"), tr("&Fit to Window"),
                                 QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, m_graph, &GraphView::fitAll);
    QAction* actual =
        addMenuAction(view, QString(), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(actual, &QAction::triggered, m_graph, &GraphView::resetZoom);
    QAction* focusGraph =
        addMenuAction(view, QString(), tr("Focus &Graph"), QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(focusGraph, &QAction::triggered, m_graph, [this] { m_graph->setFocus(); });
    view->addSeparator();
    // The graph and the tree as libvirt will define the domain (its addresses and controllers
    // drawn dashed) or as written; a file with unaddressed devices opens in the first.
    QAction* defined = view->addAction(tr("As libvirt &Will Define It"));
    defined->setCheckable(true);
    defined->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    defined->setToolTip(tr("Show the addresses libvirt assigns and the controllers it adds"));
    connect(defined, &QAction::toggled, m_context, [this](bool on) {
        m_context->setTopologyView(on ? Topology::View::Defined : Topology::View::Written);
    });
    connect(m_context, &EditorContext::refreshed, defined, [this, defined] {
        const QSignalBlocker block(defined);
        defined->setChecked(m_context->topologyView() == Topology::View::Defined);
    });
    view->addSeparator();
    m_viewMenu = view->addMenu(tr("&Panels"));
    int key = Qt::Key_1;
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(key++)));
        m_viewMenu->addAction(toggle);
        connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
            if (shown)
                dock->widget()->setFocus();
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About pcitopo"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About pcitopo"),
                           tr("<b>pcitopo %1</b><p>An editor for the PCI topology of libvirt "
                              "domains.</p>")
                               .arg(QStringLiteral(PCITOPO_VERSION)));
    });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setIconSize(QSize(20, 20));
    newQ35->setIcon(theme::icon(QStringLiteral("document-new")));
    newQ35->setIconText(tr("New"));
    toolbar->addAction(newQ35);
    toolbar->addAction(openAction);
    toolbar->addAction(m_saveAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_autoAssignAction);
    toolbar->addSeparator();
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);
    createNavigation(view, toolbar);
}

void MainWindow::documentReplaced() {
    updateTitle();
}

bool MainWindow::newFromTemplate(const QString& machine) {
    QFile file(QStringLiteral(":/templates/%1.xml").arg(machine));
    DocumentError error;
    if (!file.open(QIODevice::ReadOnly) ||
        !m_session->openBytes(file.readAll(), QString(), &error)) {
        QMessageBox::critical(this, tr("New"), tr("The %1 template is missing.").arg(machine));
        return false;
    }
    return true;
}

bool MainWindow::openExample(const QString& resourcePath) {
    QFile file(resourcePath);
    DocumentError error;
    if (!file.open(QIODevice::ReadOnly) ||
        !m_session->openBytes(file.readAll(), QString(), &error)) {
        QMessageBox::critical(this, tr("Open Example"),
                              tr("The example %1 cannot be read.").arg(resourcePath));
        return false;
    }
    statusBar()->showMessage(tr("Opened the example %1 (untitled: Save As keeps a copy)")
                                 .arg(QFileInfo(resourcePath).fileName()),
                             8000);
    return true;
}

bool MainWindow::openFile(const QString& path, QString* errorText) {
    DocumentError error;
    if (!m_session->open(QFileInfo(path).absoluteFilePath(), &error)) {
        if (errorText)
            *errorText = error.toString();
        else
            QMessageBox::critical(this, tr("Open"), error.toString());
        return false;
    }
    addRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

void MainWindow::open() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open domain XML"), openDialogFolder(), tr("Domain XML (*.xml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveTo(const QString& path, QString* errorText) {
    QString error;
    if (!m_session->save(path, &error)) {
        if (errorText)
            *errorText = error;
        else
            QMessageBox::critical(this, tr("Save"), tr("Could not save %1: %2").arg(path, error));
        return false;
    }
    addRecentFile(QFileInfo(path).absoluteFilePath());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::reviewAndSaveTo(const QString& path) {
    QString kept;
    if (const DomainDocument* baseline = m_guestChanges->baseline()) {
        const DomainDocument before = *baseline; // the review's own edit may retake the baseline
        if (!GuestChangesDialog::review(m_context, before, this, &kept)) {
            statusBar()->showMessage(kept.isEmpty() ? tr("Not saved.") : kept, 8000);
            return false;
        }
    }
    if (!saveTo(path))
        return false;
    if (!kept.isEmpty())
        statusBar()->showMessage(tr("Saved %1. %2").arg(path, kept), 10000);
    return true;
}

bool MainWindow::save() {
    const QString path = m_session->filePath();
    return path.isEmpty() ? saveAs() : reviewAndSaveTo(path);
}

bool MainWindow::saveAs() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save domain XML"), m_session->filePath(),
                                     tr("Domain XML (*.xml);;All files (*)"));
    return !path.isEmpty() && reviewAndSaveTo(path);
}

void MainWindow::revert() {
    const QString path = m_session->filePath();
    if (path.isEmpty() || m_session->isClean())
        return;
    if (QMessageBox::question(this, tr("Revert"),
                              tr("Discard every change since %1 was saved?").arg(path)) ==
        QMessageBox::Yes)
        openFile(path);
}

bool MainWindow::maybeSave() {
    if (m_session->isClean())
        return true;
    const auto answer =
        QMessageBox::warning(this, tr("Unsaved changes"),
                             tr("The domain has been modified.\nDo you want to save your changes?"),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

// The Open dialog starts where the current document lives, else by the most recent file.
QString MainWindow::openDialogFolder() const {
    if (const QString path = m_session->filePath(); !path.isEmpty())
        return QFileInfo(path).absolutePath();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    return recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
}

QStringList MainWindow::recentFileTexts() const {
    QStringList texts;
    for (const QAction* action : m_recentMenu->actions())
        texts << action->text();
    return texts;
}

void MainWindow::addRecentFile(const QString& path) {
    QSettings settings;
    QStringList files = settings.value(RecentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(RecentKey, files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = QSettings().value(RecentKey).toStringList();
    QHash<QString, int> sameName; // two files called domain.xml show their folders
    for (const QString& path : files)
        ++sameName[QFileInfo(path).fileName()];
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QFileInfo info(path);
        const QString name =
            sameName.value(info.fileName()) > 1
                ? tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()))
                : info.fileName();
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(name));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateTitle() {
    const QString path = m_session->filePath();
    const LibvirtOrigin origin = m_libvirt ? m_libvirt->origin() : LibvirtOrigin();
    QString name = path.isEmpty() ? tr("untitled.xml") : QFileInfo(path).fileName();
    if (path.isEmpty() && origin.isValid()) // opened from libvirt: say which domain, on which URI
        name = tr("%1 on %2").arg(origin.domain, origin.uri);
    setWindowTitle(tr("%1[*] — pcitopo").arg(name));
    const bool modified = !m_session->isClean();
    setWindowModified(modified);
    m_revertAction->setEnabled(modified && !path.isEmpty());
}

} // namespace pcitopo
