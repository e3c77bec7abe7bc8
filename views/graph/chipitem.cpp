#include "chipitem.h"

#include "common/theme.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pcitopo {

namespace {
QColor severityColour(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return theme::ErrorRed;
    case Severity::Warning:
        return theme::WarningAmber;
    case Severity::Info:
        break;
    }
    return theme::InfoBlue;
}
} // namespace

ChipItem::ChipItem(const Look& look, const QRectF& rect) : m_rect(rect), m_look(look) {
    setZValue(2);
    QString tip = look.label;
    if (!look.detail.isEmpty())
        tip += QStringLiteral("\n") + look.detail;
    if (look.chipset)
        tip += QObject::tr(" — built into the machine");
    if (look.conflict)
        tip += QObject::tr(" — another device claims the same address");
    if (!look.problemText.isEmpty())
        tip += QStringLiteral("\n") + look.problemText;
    setToolTip(tip);
    if (isMovable())
        setCursor(Qt::OpenHandCursor);
}

void ChipItem::setSelectedElement(bool selected) {
    if (selected == m_selected)
        return;
    m_selected = selected;
    update();
}

void ChipItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const theme::GraphColours colours = theme::graphColours();
    QColor border = m_look.chipset ? colours.busBorder : colours.chipBorder;
    qreal width = 1;
    if (m_look.problem) {
        border = severityColour(*m_look.problem);
        width = 2;
    }
    if (m_look.conflict) {
        border = theme::ErrorRed;
        width = 2;
    }
    if (m_selected) {
        border = colours.selection;
        width = 2.5;
    }
    painter->setPen(QPen(border, width, m_look.planned ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(m_look.chipset || m_look.planned ? colours.cellReserved : colours.chipFill);
    painter->drawRoundedRect(m_rect, 4, 4);
    // Zoomed far out, text would be grey mush: the chip is a coloured block.
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < 0.35)
        return;

    const qreal iconSize = std::min<qreal>(16, m_rect.height() - 4);
    const QRectF iconRect(m_rect.left() + 3, m_rect.center().y() - iconSize / 2, iconSize,
                          iconSize);
    theme::icon(m_look.iconName)
        .paint(painter, iconRect.toRect(), Qt::AlignCenter,
               m_look.chipset ? QIcon::Disabled : QIcon::Normal);
    QFont font = painter->font();
    font.setPointSizeF(labelPointSize);
    painter->setFont(font);
    painter->setPen(m_look.chipset ? colours.textMuted : colours.text);
    const QRectF textRect = m_rect.adjusted(iconSize + 6, 0, -3, 0);
    const QString elided =
        QFontMetricsF(font).elidedText(m_look.label, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, elided);
    if (m_look.problem && m_rect.width() > 30) {
        const QString name = *m_look.problem == Severity::Error ? QStringLiteral("severity-error")
                             : *m_look.problem == Severity::Warning
                                 ? QStringLiteral("severity-warning")
                                 : QStringLiteral("severity-info");
        theme::icon(name).paint(painter,
                                QRectF(m_rect.right() - 11, m_rect.top() - 4, 12, 12).toRect());
    }
}

} // namespace pcitopo
