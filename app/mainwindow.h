#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QPrinter;
class QMenu;
class QToolBar;
class QUndoView;

namespace pcitopo {

class DocumentSession;
class EditorContext;
class GraphView;
class InspectorView;
class LibvirtSaver;
class GuestChangesLabel;
struct LibvirtOrigin;
class PaletteView;
class ProblemsView;
class TopologyTreeView;
class XmlSourceView;

// The editor's main window: the graph in the centre and movable docks for the palette, tree,
// inspector, problems, history and XML source. Layout, window state and recent files live in
// QSettings. File handling is in mainwindowfile.cpp.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // File operations; each reports failures in a message box (or `error` when given).
    bool openFile(const QString& path, QString* error = nullptr);
    bool newFromTemplate(const QString& machine); // "q35" or "pc"
    // Opens a compiled-in example (":/examples/learn-….xml") as an untitled document.
    bool openExample(const QString& resourcePath);
    bool saveTo(const QString& path, QString* error = nullptr);
    // What File › Save and Save As do: the guest-visible changes review (GuestChangesDialog),
    // then saveTo(). False when the user cancels or the save fails.
    bool reviewAndSaveTo(const QString& path);

    EditorContext* context() const { return m_context; }
    DocumentSession* session() const { return m_session; }
    GraphView* graphView() const { return m_graph; }
    PaletteView* paletteView() const { return m_palette; }
    ProblemsView* problemsView() const { return m_problems; }
    InspectorView* inspectorView() const { return m_inspector; }
    TopologyTreeView* treeView() const { return m_tree; }
    XmlSourceView* xmlView() const { return m_xml; }
    QUndoView* historyView() const { return m_history; }
    LibvirtSaver* libvirtSaver() const { return m_libvirt; }
    QAction* saveToLibvirtAction() const { return m_saveToLibvirtAction; }
    QLineEdit* findEdit() const { return m_findEdit; }
    QString openDialogFolder() const;    // where File → Open starts
    QStringList recentFileTexts() const; // File → Open Recent, as shown
    void addRecentFile(const QString& path);
    // File → Export Graph: SVG (the CLI's renderer) or PNG (the graph as drawn), by suffix.
    bool exportGraph(const QString& path, QString* error = nullptr);
    // File → Print: the whole graph on one page of `printer`.
    void printGraph(QPrinter* printer);
    QLabel* zoomLabel() const { return m_zoomLabel; }
    // Opens a domain's XML read from libvirt (what Open from libvirt… does after its dialog).
    bool openFromLibvirt(const QByteArray& xml, const LibvirtOrigin& origin);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // mainwindow.cpp
    void createDocks();
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName,
                         Qt::DockWidgetArea area);
    void createActions();
    void createMenus();
    void connectViews();
    void restoreLayout();
    void saveLayout() const;
    void updateStatus();
    void updateXmlView();
    void deleteSelection();
    void showWhereItFits();
    void showContextMenu(const QPoint& globalPos);
    void addPaletteEntryHere(QMenu& menu);
    void updateActions();
    void addPaletteEntry(const QString& entryId);
    void showAutoAssign();
    void showMoveTo(); // "Move to…": the drag of a chip as a dialog
    void showAddTo();  // "Add to…": the drag of a palette entry as a dialog

    // mainwindowfile.cpp
    void documentReplaced();
    bool maybeSave();
    bool save();
    bool saveAs();
    void open();
    void revert();
    void updateRecentMenu();
    void updateTitle();

    // mainwindownavigate.cpp
    void createNavigation(QMenu* view, QToolBar* toolbar);
    void findNext();
    void sizeToScreen();
    void fitDocksToWindow(const QSize& size);

    // mainwindowexport.cpp
    void createExportActions(QMenu* file);
    void exportGraphAs();
    void printWithDialog();
    void printPreview();

    // mainwindowlibvirt.cpp
    void createLibvirtActions(QMenu* file);
    void showOpenFromLibvirt();
    void updateLibvirtActions();

    DocumentSession* m_session = nullptr; // a QObject child
    EditorContext* m_context = nullptr;
    GraphView* m_graph = nullptr;
    PaletteView* m_palette = nullptr;
    TopologyTreeView* m_tree = nullptr;
    InspectorView* m_inspector = nullptr;
    ProblemsView* m_problems = nullptr;
    XmlSourceView* m_xml = nullptr;
    QUndoView* m_history = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_headroomLabel = nullptr;
    QLabel* m_problemsLabel = nullptr;
    GuestChangesLabel* m_guestChanges = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QLineEdit* m_findEdit = nullptr;
    int m_findIndex = -1;
    QAction* m_saveAction = nullptr;
    QAction* m_revertAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_autoAssignAction = nullptr;
    QAction* m_whereAction = nullptr;
    QAction* m_unaddressAction = nullptr;
    QAction* m_moveToAction = nullptr;
    QAction* m_addToAction = nullptr;
    LibvirtSaver* m_libvirt = nullptr;
    QAction* m_saveToLibvirtAction = nullptr;
};

} // namespace pcitopo
