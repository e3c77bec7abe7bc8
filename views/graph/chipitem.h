#pragma once

#include "document/domaindocument.h"
#include "validation/diagnostic.h"

#include <QGraphicsItem>
#include <optional>

namespace pcitopo {

// A device (or controller function) in its slot cell: an icon by class and a short label.
// Placed devices can be dragged to another slot; chipset functions are greyed and fixed.
// A problem on the device colours its border with the severity colour.
class ChipItem final : public QGraphicsItem {
public:
    struct Look {
        QString label;    // "virtio-net 52:54:…:58"
        QString iconName; // resources/icons name
        QString detail;   // a second line for the tooltip
        ElementId element = NoElement;
        bool chipset = false;
        bool conflict = false;
        bool planned = false; // libvirt will assign or add it: drawn dashed
        std::optional<Severity> problem;
        QString problemText;
    };
    ChipItem(const Look& look, const QRectF& rect);

    // The smallest text of the graph (chip labels, bus numbers) at 100 % zoom.
    static constexpr qreal labelPointSize = 7.5;

    enum { Type = UserType + 3 };
    int type() const override { return Type; }
    ElementId element() const { return m_look.element; }
    const Look& look() const { return m_look; }
    bool isMovable() const { return !m_look.chipset && m_look.element != NoElement; }
    void setSelectedElement(bool selected);

    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF m_rect;
    Look m_look;
    bool m_selected = false;
};

} // namespace pcitopo
