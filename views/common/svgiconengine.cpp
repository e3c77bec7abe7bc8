#include "svgiconengine.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

namespace pcitopo {

void SvgIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                          QIcon::State state) {
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap image = pixmap(rect.size() * ratio, mode, state);
    image.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, image);
}

QPixmap SvgIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) {
    QPixmap image(size);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        QSvgRenderer(m_svg).render(&painter, QRectF(QPointF(0, 0), size));
    }
    if (mode == QIcon::Normal || mode == QIcon::Active)
        return image;
    // Disabled and selected looks come from the style, as for file-based icons.
    QStyleOption option;
    option.palette = QApplication::palette();
    return QApplication::style()->generatedIconPixmap(mode, image, &option);
}

} // namespace pcitopo
