#pragma once

#include <QPixmap>
#include <QWidget>

class QGraphicsView;

namespace pcitopo {

// The overview (minimap) in the graph's bottom right corner: the whole scene small, with the
// visible part framed. Click or drag in it to move the view there. Shown only while the graph
// is larger than the view. The scene's picture is drawn once per rebuild, not per paint.
class GraphOverview final : public QWidget {
    Q_OBJECT
public:
    explicit GraphOverview(QGraphicsView* view);

    void sceneRebuilt(); // the picture is redrawn on the next paint
    void place();        // follows the view's size; shows itself only when needed
    QRectF visibleSceneRect() const;
    QPointF sceneAt(const QPoint& point) const; // the scene point under a point of the overview

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF target() const; // where the scene is drawn inside the widget
    QGraphicsView* m_view;
    QPixmap m_picture;
    bool m_dirty = true;
};

} // namespace pcitopo
