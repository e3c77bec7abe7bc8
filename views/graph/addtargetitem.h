#pragma once

#include <QGraphicsItem>

namespace pcitopo {

// Where no slot takes what is being dragged, the missing controller offered as a drop target of
// its own (ui.md): "＋ pcie-root-port". Dropping there adds the controller and the device.
class AddTargetItem final : public QGraphicsItem {
public:
    AddTargetItem(const QRectF& rect, const QString& label, const QString& description);

    enum { Type = UserType + 4 };
    int type() const override { return Type; }
    void setHovered(bool hovered);

    QRectF boundingRect() const override { return m_rect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF m_rect;
    QString m_label;
    bool m_hovered = false;
};

} // namespace pcitopo
