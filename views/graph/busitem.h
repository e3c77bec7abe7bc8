#pragma once

#include "document/domaindocument.h"

#include <QGraphicsItem>

namespace pcitopo {

// A bus drawn as a box: its title (model) and its two numbers, the XML index and the
// guest-visible bus number, because their difference confuses everyone. The slot cells are
// separate items on top of it. Clicking the title selects the controller.
class BusItem final : public QGraphicsItem {
public:
    struct Look {
        QString title;   // "pcie-root-port"
        QString numbers; // "index 3 · guest bus 0x05"
        bool root = false;
        bool implicit = false; // added by libvirt, not written in the XML
        ElementId element = NoElement;
        int busIndex = 0;
    };
    BusItem(const Look& look, const QRectF& rect);

    enum { Type = UserType + 1 };
    int type() const override { return Type; }
    int busIndex() const { return m_look.busIndex; }
    ElementId element() const { return m_look.element; }
    void setSelectedElement(bool selected);

    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF m_rect;
    Look m_look;
    bool m_selected = false;
};

// A dashed frame around the expander buses of one guest NUMA node.
class NumaFrameItem final : public QGraphicsItem {
public:
    NumaFrameItem(const QRectF& rect, const QString& label);
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF m_rect;
    QString m_label;
};

} // namespace pcitopo
