#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace pcitopo {

// Paints an SVG held in memory at whatever size and device pixel ratio is asked, so icons stay
// sharp at QT_SCALE_FACTOR=2. theme::icon() uses it on a dark palette for icons whose dark
// strokes it has recoloured (QIcon cannot load an SVG from bytes by itself).
class SvgIconEngine final : public QIconEngine {
public:
    explicit SvgIconEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override { return new SvgIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("pcitopo-svg"); }

private:
    QByteArray m_svg;
};

} // namespace pcitopo
