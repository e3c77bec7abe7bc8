#include "slotitem.h"

#include "common/theme.h"
#include "slotdescription.h"

#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace pcitopo {

namespace {
QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

QColor verdictColour(Verdict verdict) {
    switch (verdict) {
    case Verdict::LegalHotpluggable:
        return theme::LegalGreen;
    case Verdict::LegalNotHotpluggable:
        return theme::WarningAmber;
    case Verdict::Illegal:
        break;
    }
    return theme::ErrorRed;
}

QString verdictIconName(Verdict verdict) {
    switch (verdict) {
    case Verdict::LegalHotpluggable:
        return QStringLiteral("verdict-ok");
    case Verdict::LegalNotHotpluggable:
        return QStringLiteral("verdict-warn");
    case Verdict::Illegal:
        break;
    }
    return QStringLiteral("verdict-bad");
}
} // namespace

SlotItem::SlotItem(const Look& look, const QRectF& rect) : m_rect(rect), m_look(look) {
    setZValue(1);
    setToolTip(baseToolTip());
    setAcceptHoverEvents(isCollapsed());
}

void SlotItem::setRunVerdicts(const QHash<int, SlotVerdict>& verdicts) {
    m_runVerdicts = verdicts;
    if (m_pointed >= 0 && m_runVerdicts.contains(m_pointed))
        setVerdict(m_runVerdicts.value(m_pointed));
}

QRectF SlotItem::subSlotRect(int slot) const {
    const int count = m_look.lastSlot - m_look.slot + 1;
    const qreal width = m_rect.width() / count;
    return QRectF(m_rect.left() + (slot - m_look.slot) * width, m_rect.top(), width,
                  m_rect.height());
}

int SlotItem::pointAt(const QPointF& scenePos) {
    if (!isCollapsed())
        return m_look.slot;
    const int count = m_look.lastSlot - m_look.slot + 1;
    const QPointF local = mapFromScene(scenePos);
    const int slot =
        m_look.slot +
        std::clamp(int((local.x() - m_rect.left()) * count / m_rect.width()), 0, count - 1);
    if (slot != m_pointed) {
        m_pointed = slot;
        if (m_runVerdicts.contains(slot))
            setVerdict(m_runVerdicts.value(slot));
        setToolTip(m_verdict
                       ? m_verdict->reason
                       : QObject::tr("Slot 0x%1 of bus %2: free").arg(hex2(slot)).arg(m_look.bus));
        update();
    }
    return slot;
}

void SlotItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event) {
    pointAt(event->scenePos());
    QGraphicsItem::hoverMoveEvent(event);
}

void SlotItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    if (!m_hovered) {
        m_pointed = -1;
        setToolTip(m_verdict ? m_verdict->reason : baseToolTip());
        update();
    }
    QGraphicsItem::hoverLeaveEvent(event);
}

// The pointed slot of a run, drawn as a cell of its own with its number.
void SlotItem::paintPointedSlot(QPainter* painter) const {
    const theme::GraphColours colours = theme::graphColours();
    const QRectF band = subSlotRect(m_pointed).adjusted(1, 1, -1, -1);
    painter->setPen(QPen(colours.selection, 1.5));
    painter->setBrush(colours.cellFill);
    painter->drawRoundedRect(band, 2, 2);
    painter->setPen(colours.text);
    painter->drawText(band.adjusted(-12, 0, 12, 0), Qt::AlignCenter, hex2(m_pointed));
}

QString SlotItem::baseToolTip() const {
    QString text = isCollapsed()
                       ? QObject::tr("Slots 0x%1–0x%2 of bus %3: free")
                             .arg(hex2(m_look.slot), hex2(m_look.lastSlot))
                             .arg(m_look.bus)
                       : QObject::tr("Slot 0x%1 of bus %2").arg(hex2(m_look.slot)).arg(m_look.bus);
    if (!m_look.usable)
        return text + QStringLiteral(" — ") + m_look.reason;
    switch (m_look.hotplug) {
    case HotplugState::Hotpluggable:
        return text + QObject::tr(" — hotpluggable");
    case HotplugState::HotplugOff:
        return text + QObject::tr(" — hotplug='off'");
    case HotplugState::NotHotpluggable:
        break;
    }
    return text + QObject::tr(" — not hotpluggable");
}

void SlotItem::setVerdict(const std::optional<SlotVerdict>& verdict) {
    m_verdict = verdict;
    setZValue(verdict || m_keyboardFocus ? 3 : 1); // the tint lies over the chips in a drag
    setToolTip(verdict ? verdict->reason : baseToolTip());
    update();
}

QString SlotItem::accessibleText() const {
    if (!m_verdict)
        return m_look.description;
    return m_look.description + QStringLiteral("; ") + SlotDescription::describeVerdict(*m_verdict);
}

void SlotItem::setKeyboardFocus(bool focused) {
    if (focused == m_keyboardFocus)
        return;
    m_keyboardFocus = focused;
    setZValue(focused || m_verdict ? 3 : 1); // the ring lies over the chips
    update();
}

void SlotItem::setHovered(bool hovered) {
    if (hovered == m_hovered)
        return;
    m_hovered = hovered;
    if (!hovered)
        m_pointed = -1;
    update();
}

void SlotItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const theme::GraphColours colours = theme::graphColours();
    painter->setPen(QPen(colours.busBorder, 0.8));
    // While tinted the cell lies above its chips (see setVerdict): no opaque fill then.
    if ((m_verdict || m_keyboardFocus) && m_look.occupied)
        painter->setBrush(Qt::NoBrush);
    else
        painter->setBrush(m_look.usable ? colours.cellFill : colours.cellReserved);
    painter->drawRoundedRect(m_rect, 3, 3);

    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) < 0.35) {
        if (m_verdict) // too small to read: the tint and the icon are what matter
            paintVerdict(painter);
        return;
    }
    QFont font = painter->font();
    font.setPointSizeF(7);
    painter->setFont(font);
    painter->setPen(m_look.usable ? colours.textMuted : colours.textMuted.lighter(120));
    const QRectF inner = m_rect.adjusted(3, 1, -3, -1);
    if (isCollapsed()) {
        painter->drawText(inner, Qt::AlignCenter, m_look.label);
    } else {
        painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop, m_look.label);
        if (!m_look.usable && !m_look.occupied && m_rect.width() > 40)
            painter->drawText(inner, Qt::AlignHCenter | Qt::AlignBottom, m_look.reason);
    }
    if (m_look.usable && m_look.hotplug != HotplugState::NotHotpluggable) {
        const QString name = m_look.hotplug == HotplugState::Hotpluggable
                                 ? QStringLiteral("hotplug")
                                 : QStringLiteral("hotplug-off");
        const QRectF mark(m_rect.right() - 12, m_rect.top() + 1, 11, 11);
        theme::icon(name).paint(painter, mark.toRect());
    }
    if (m_verdict)
        paintVerdict(painter);
    if (isCollapsed() && m_pointed >= 0)
        paintPointedSlot(painter);
    if (m_keyboardFocus) {
        painter->setPen(QPen(colours.selection, 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(-1, -1, 1, 1), 3, 3);
    }
}

void SlotItem::paintVerdict(QPainter* painter) const {
    QColor tint = verdictColour(m_verdict->verdict);
    tint.setAlpha(m_hovered ? 150 : 80);
    painter->setPen(QPen(verdictColour(m_verdict->verdict), m_hovered ? 3 : 1.5));
    painter->setBrush(tint);
    painter->drawRoundedRect(m_rect, 3, 3);
    // An occupied cell keeps its chips readable under the tint: the icon goes in its header.
    // Chips and the "slots 05–1f free" label stay readable: their icon goes in the header.
    const bool inHeader = m_look.occupied || isCollapsed();
    const qreal size = inHeader ? 12 : std::min<qreal>(18, m_rect.height() - 4);
    const QRectF mark = inHeader ? QRectF(m_rect.center().x() - 6, m_rect.top() + 1, 12, 12)
                                 : QRectF(m_rect.center().x() - size / 2,
                                          m_rect.center().y() - size / 2, size, size);
    theme::icon(verdictIconName(m_verdict->verdict)).paint(painter, mark.toRect());
}

} // namespace pcitopo
