#include "addtargetitem.h"

#include "common/theme.h"

#include <QPainter>

namespace pcitopo {

AddTargetItem::AddTargetItem(const QRectF& rect, const QString& label, const QString& description)
    : m_rect(rect), m_label(label) {
    setZValue(4);
    setToolTip(description);
}

void AddTargetItem::setHovered(bool hovered) {
    if (hovered == m_hovered)
        return;
    m_hovered = hovered;
    update();
}

void AddTargetItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const theme::GraphColours colours = theme::graphColours();
    QColor fill = theme::LegalGreen;
    fill.setAlpha(m_hovered ? 110 : 40);
    painter->setPen(QPen(theme::LegalGreen, m_hovered ? 3 : 2, Qt::DashLine));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 6, 6);
    const QRectF mark(m_rect.left() + 8, m_rect.center().y() - 9, 18, 18);
    theme::icon(QStringLiteral("verdict-ok")).paint(painter, mark.toRect());
    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(colours.text);
    painter->drawText(m_rect.adjusted(32, 0, -6, 0),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_label);
}

} // namespace pcitopo
