#pragma once

#include "document/domaindocument.h"
#include "topology/dropverdict.h"

#include <QGraphicsView>
#include <optional>

class QAction;
class QMimeData;
class QTimer;

namespace pcitopo {

class EditorContext;
class GraphOverview;
class GraphScene;
class SlotItem;
class WelcomePanel;

// The topology graph: a QGraphicsView over a scene rebuilt from the model after every change
// (the scene is never the document). Zoom (Ctrl+wheel, keys), fit, pan (drag the background).
// Drag and drop: palette entries and placed chips are dropped on slot cells; while dragging,
// every cell shows its verdict and the one under the cursor says why.
class GraphView final : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(EditorContext* context, QWidget* parent = nullptr);

    GraphScene* graphScene() const { return m_scene; }
    qreal zoomFactor() const;
    // The zoom at which the graph's smallest chip and bus text is as large as the application
    // font: the view never starts below it.
    static qreal readableZoom();

    // The drag gesture without a mouse (tests and keyboard users): what a drop of `candidate`
    // on the cell of `bus`/`slot` does. Returns false when the cell refuses it.
    bool dropOnSlot(const DropCandidate& candidate, const QString& mimeId, int bus, int slot);

    // Tints every cell as a drag of `candidate` would, until Escape, the next change or the
    // next drag: "where does this fit?" without a mouse.
    void previewVerdicts(const DropCandidate& candidate);
    void clearPreview();
    bool isPreviewing() const { return m_previewing; }
    // The cell the keyboard is on: the one keyboard placement has reached (arrow keys during
    // a preview), else the one the arrow keys browse to outside a preview; nullptr when none.
    SlotItem* keyboardSlot() const;

    // "Why?": explains the slot under the context-menu click, else the selected device's slot
    // (graphviewwhy.cpp). The main window puts it in its context menu.
    QAction* whyAction() const { return m_whyAction; }
    struct SlotRef {
        int bus = -1;
        int slot = -1;
        int function = -1; // the chip's function; -1: the slot itself
        bool isValid() const { return bus >= 0 && slot >= 0; }
    };
    // What whyAction() explains now.
    SlotRef whySubject() const;
    // The slot under the open context menu's click (invalid outside a context menu).
    SlotRef contextSlot() const { return m_contextSlot; }
    // The welcome banner over the top of the graph (new, open, learn from an example): the main
    // window shows it on the start-up document and hides it once the user opens or edits one.
    WelcomePanel* welcomePanel() const { return m_welcome; }
    GraphOverview* overview() const { return m_overview; }
    // Zoom relative to readableZoom(): 100 % is text at the application font's size.
    int zoomPercent() const;
    void setWelcomeVisible(bool visible);

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll(); // the whole graph, however small
    void resetZoom();
    // The start view: the whole graph if it fits readably, else readable and centred on the
    // selection, else on the most severe problem, else on the root complex.
    void showDefaultView();
    void zoomToSelection(); // the selected device or bus (else the worst problem), readable

signals:
    void statusMessage(const QString& message);
    void zoomChanged(qreal zoom);
    // Right click (or the menu key) on the graph, after the element under it was selected.
    void contextMenuRequested(const QPoint& globalPos);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;

private:
    struct DragState {
        DropCandidate candidate;
        QString paletteId;             // set for palette drags
        ElementId element = NoElement; // set for moves
        QString addModel;              // the controller offered when no cell is legal
    };
    std::optional<DragState> dragStateFor(const QMimeData* mime) const;
    void rebuild();
    void scaleBy(qreal factor);
    void startChipDrag(ElementId element);
    bool performDrop(const DragState& state, const SlotVerdict& verdict);
    void selectDeviceAt(const PciAddress& address);
    void endDrag();
    bool handlePreviewKey(QKeyEvent* event);
    bool handleBrowseKey(QKeyEvent* event); // arrows walk every cell, Enter selects its device
    void setBrowseCell(SlotItem* cell);
    SlotItem* neighbourCell(SlotItem* from, int key) const;
    QString verdictText(const SlotVerdict& verdict) const;
    void offerMissingController(DragState& state, const QList<CellVerdict>& verdicts);
    void notifyKeyboardSlot(); // tells assistive technology which cell has the keyboard
    void announce(const QList<CellVerdict>& verdicts, const DropCandidate& candidate,
                  const QString& hint);
    void createWhyAction();
    void showWhy();
    SlotRef slotRefAt(const QPointF& scenePos) const;
    void updateWelcome();
    QRectF focusRect() const;
    bool relayoutForShape();       // rebuilds when the view's shape changed much since the layout
    void expandRunsWhenZoomedIn(); // at twice the readable zoom every free slot is a cell
    void autoScrollDuringDrag(const QPoint& pos); // near an edge: scroll until the cursor leaves it
    void autoScrollStep();

    EditorContext* m_context;
    GraphScene* m_scene = nullptr;
    std::optional<DragState> m_drag;
    SlotItem* m_hoveredSlot = nullptr;
    QPoint m_pressPos;
    ElementId m_pressedChip = NoElement;
    bool m_fitPending = true;
    bool m_previewing = false;
    std::optional<DragState> m_preview;
    SlotItem* m_previewStart = nullptr; // where keyboard placement starts (the scene owns it)
    int m_previewCursor = -1;
    bool m_autoFit = true; // until the user zooms, a resize refits the graph
    // The browsed cell as (bus, first slot): the scene's items do not survive a rebuild.
    std::optional<std::pair<int, int>> m_browseCell;
    QAction* m_whyAction = nullptr;
    SlotRef m_contextSlot; // set while the context menu of a graph click is open
    WelcomePanel* m_welcome = nullptr;
    GraphOverview* m_overview = nullptr;
    QTimer* m_autoScroll = nullptr;
    QPoint m_autoScrollPos; // the drag's last position in the viewport
};

} // namespace pcitopo
