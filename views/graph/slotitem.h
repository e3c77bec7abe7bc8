#pragma once

#include "topology/dropverdict.h"

#include <QGraphicsItem>
#include <QHash>
#include <optional>

namespace pcitopo {

// One slot cell of a bus: its number, a hotplug mark (struck through for hotplug='off'),
// greyed when reserved or outside the bus's range, and during a drag the verdict tint with its
// icon (✓ green, ⚠ amber, ✕ red: never colour alone). A collapsed run of free cells
// ("slots 5–31 free") is one SlotItem with lastSlot > slot.
class SlotItem final : public QGraphicsItem {
public:
    struct Look {
        int bus = 0;
        int slot = 0;
        int lastSlot = 0; // > slot for a collapsed run of free cells
        bool usable = true;
        bool occupied = false;
        QString label;  // "02", or "slots 05–1f free" for a collapsed run
        QString reason; // why it is unusable ("host bridge", "LPC/SATA/SMBus")
        HotplugState hotplug = HotplugState::NotHotpluggable;
        QString description; // in words, for screen readers (SlotDescription::describe)
    };
    SlotItem(const Look& look, const QRectF& rect);

    enum { Type = UserType + 2 };
    int type() const override { return Type; }
    const Look& look() const { return m_look; }
    bool isCollapsed() const { return m_look.lastSlot > m_look.slot; }

    void setVerdict(const std::optional<SlotVerdict>& verdict);
    // The verdict of the slot the pointer is on (a collapsed run: of the pointed slot).
    const std::optional<SlotVerdict>& verdict() const { return m_verdict; }
    // A collapsed run expands under the pointer: each slot of it owns an equal part of its
    // width, so every slot is a drop target. Keeps the verdict of every slot of the run.
    void setRunVerdicts(const QHash<int, SlotVerdict>& verdicts);
    int pointAt(const QPointF& scenePos); // the slot under the pointer, and shows it
    int pointedSlot() const { return m_pointed; }
    QRectF subSlotRect(int slot) const; // the part of a run's rect slot `slot` owns
    void setHovered(bool hovered);
    // A focus ring: the cell the keyboard browses to (GraphView's arrow keys).
    void setKeyboardFocus(bool focused);
    // What a screen reader says: the description, and the verdict while one is shown.
    QString accessibleText() const;

    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void paintVerdict(QPainter* painter) const;
    QString baseToolTip() const;
    void paintPointedSlot(QPainter* painter) const;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QRectF m_rect;
    Look m_look;
    std::optional<SlotVerdict> m_verdict;
    bool m_hovered = false;
    bool m_keyboardFocus = false;
    QHash<int, SlotVerdict> m_runVerdicts;
    int m_pointed = -1; // in a collapsed run: the slot under the pointer
};

} // namespace pcitopo
