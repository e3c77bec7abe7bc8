#include "busitem.h"

#include "common/theme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace pcitopo {

BusItem::BusItem(const Look& look, const QRectF& rect) : m_rect(rect), m_look(look) {
    setZValue(0);
    setToolTip(look.implicit
                   ? QObject::tr("%1 — added by libvirt (not written in the XML)").arg(look.title)
                   : look.title + QStringLiteral(" — ") + look.numbers);
}

void BusItem::setSelectedElement(bool selected) {
    if (selected == m_selected)
        return;
    m_selected = selected;
    update();
}

void BusItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const theme::GraphColours colours = theme::graphColours();
    QPen border(m_selected ? colours.selection : colours.busBorder, m_selected ? 2.5 : 1.2);
    if (m_look.implicit)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(m_look.root ? colours.rootFill : colours.busFill);
    painter->drawRoundedRect(m_rect, 6, 6);

    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(colours.text);
    // Two lines, as `pcitopo render` writes them: the model, then "index N · guest bus 0xNN".
    const QRectF titleRect(m_rect.left() + 6, m_rect.top() + 2, m_rect.width() - 12, 14);
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(font).elidedText(m_look.title, Qt::ElideRight, titleRect.width()));
    font.setBold(false);
    font.setPointSizeF(7.5);
    painter->setFont(font);
    painter->setPen(colours.textMuted);
    const QRectF numbersRect = titleRect.translated(0, 13);
    painter->drawText(
        numbersRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(font).elidedText(m_look.numbers, Qt::ElideRight, numbersRect.width()));
}

NumaFrameItem::NumaFrameItem(const QRectF& rect, const QString& label)
    : m_rect(rect), m_label(label) {
    setZValue(-1);
}

void NumaFrameItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const theme::GraphColours colours = theme::graphColours();
    QPen pen(colours.numaFrame, 1.5, Qt::DashLine);
    painter->setPen(pen);
    QColor fill = colours.numaFrame;
    fill.setAlpha(14);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 10, 10);
    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(colours.numaFrame);
    painter->drawText(m_rect.adjusted(10, 4, -10, 0), Qt::AlignLeft | Qt::AlignTop, m_label);
}

} // namespace pcitopo
