#include "graphoverview.h"

#include "common/theme.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>

namespace pcitopo {

namespace {
constexpr int kMaxSide = 200;
constexpr int kMargin = 12;
} // namespace

GraphOverview::GraphOverview(QGraphicsView* view) : QWidget(view), m_view(view) {
    setObjectName(QStringLiteral("GraphOverview"));
    setAccessibleName(tr("Overview"));
    setAccessibleDescription(tr("The whole graph small; click to show that part"));
    setToolTip(tr("Overview: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    hide();
}

void GraphOverview::sceneRebuilt() {
    m_dirty = true;
    place();
}

QRectF GraphOverview::visibleSceneRect() const {
    return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
}

void GraphOverview::place() {
    const QRectF scene = m_view->scene()->sceneRect();
    const QRectF visible = visibleSceneRect();
    // The scene rect has a margin of 40 around the graph: hidden margins do not count.
    const bool needed = !scene.isEmpty() && (scene.width() > visible.width() + 80 ||
                                             scene.height() > visible.height() + 80);
    if (!needed) {
        hide();
        return;
    }
    const qreal ratio = scene.width() / scene.height();
    const QSize size = ratio >= 1 ? QSize(kMaxSide, std::max(40, int(kMaxSide / ratio)))
                                  : QSize(std::max(40, int(kMaxSide * ratio)), kMaxSide);
    const QRect viewport = m_view->viewport()->geometry();
    setGeometry(QRect(viewport.right() - size.width() - kMargin,
                      viewport.bottom() - size.height() - kMargin, size.width(), size.height()));
    show();
    raise();
    update();
}

QRectF GraphOverview::target() const {
    return QRectF(rect()).adjusted(2, 2, -2, -2);
}

QPointF GraphOverview::sceneAt(const QPoint& point) const {
    const QRectF scene = m_view->scene()->sceneRect();
    const QRectF t = target();
    return QPointF(scene.left() + (point.x() - t.left()) * scene.width() / t.width(),
                   scene.top() + (point.y() - t.top()) * scene.height() / t.height());
}

void GraphOverview::paintEvent(QPaintEvent*) {
    const theme::GraphColours colours = theme::graphColours();
    const QRectF scene = m_view->scene()->sceneRect();
    const QRectF t = target();
    if (m_dirty || m_picture.size() != t.size().toSize() * devicePixelRatioF()) {
        m_picture = QPixmap(t.size().toSize() * devicePixelRatioF());
        m_picture.setDevicePixelRatio(devicePixelRatioF());
        m_picture.fill(colours.background);
        QPainter picture(&m_picture);
        m_view->scene()->render(&picture, QRectF(QPointF(0, 0), t.size()), scene);
        m_dirty = false;
    }
    QPainter painter(this);
    painter.fillRect(rect(), colours.background);
    painter.drawPixmap(t.topLeft(), m_picture);
    painter.setPen(QPen(colours.busBorder, 1));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    const QRectF visible = visibleSceneRect().intersected(scene);
    const QRectF frame(t.left() + (visible.left() - scene.left()) * t.width() / scene.width(),
                       t.top() + (visible.top() - scene.top()) * t.height() / scene.height(),
                       visible.width() * t.width() / scene.width(),
                       visible.height() * t.height() / scene.height());
    painter.setPen(QPen(colours.selection, 2));
    painter.setBrush(
        QColor(colours.selection.red(), colours.selection.green(), colours.selection.blue(), 40));
    painter.drawRect(frame);
}

void GraphOverview::mousePressEvent(QMouseEvent* event) {
    m_view->centerOn(sceneAt(event->position().toPoint()));
    event->accept();
}

void GraphOverview::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(sceneAt(event->position().toPoint()));
    event->accept();
}

} // namespace pcitopo
