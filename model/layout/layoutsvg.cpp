#include "layoutrenderers.h"

#include <QTextStream>
#include <cmath>

namespace pcitopo {

namespace {

// Approximate advance of one character at the stylesheet's 10px sans-serif.
constexpr qreal kCharWidth = 5.6;

const char* const kStyle = R"(
  .pcitopo text { font-family: sans-serif; font-size: 10px; fill: #1d2733; }
  .pcitopo .detail { fill: #5a6675; }
  .bus > rect { fill: #f3f5f8; stroke: #6b7a8c; rx: 4px; }
  .bus.root-complex > rect { fill: #dfe8f2; stroke: #3d5a80; stroke-width: 2px; }
  .bus.implicit > rect, .bus.detached > rect { stroke-dasharray: 5 3; }
  .slot > rect, .slots > rect { fill: #ffffff; stroke: #a7b3c2; }
  .slot.unusable > rect { fill: #d9dde3; }
  .slots > rect { fill: #fafbfc; stroke-dasharray: 3 2; }
  .chip > rect { fill: #cfe3d2; stroke: #4f7a55; rx: 3px; }
  .chip.controller > rect { fill: #d7dcf5; stroke: #4a56a0; }
  .chip.chipset > rect { fill: #e2e2e2; stroke: #9a9a9a; }
  .chip.conflict > rect { stroke: #c0392b; stroke-width: 2px; }
  .chip.unplaced > rect { fill: #f6e7c8; stroke: #a57c1b; }
  .hotplug-mark { fill: #2e7d32; }
  .hotplug-off .hotplug-mark { fill: #9e9e9e; text-decoration: line-through; }
  .link { stroke: #6b7a8c; stroke-width: 1.5px; fill: none; }
  .planned > rect, .link.planned { stroke-dasharray: 4 3; }
  .chip.planned > rect { fill-opacity: 0.55; }
  .numa-node > rect { fill: #fff8e6; stroke: #c9a227; stroke-dasharray: 6 3; }
  .unplaced-tray > rect { fill: #fffdf5; stroke: #a57c1b; stroke-dasharray: 4 2; }
)";

QString number(qreal value) {
    return std::abs(value - std::round(value)) < 1e-6 ? QString::number(qint64(std::round(value)))
                                                      : QString::number(value, 'f', 1);
}

QString escaped(const QString& text) {
    QString out = text;
    out.replace(u'&', QStringLiteral("&amp;"));
    out.replace(u'<', QStringLiteral("&lt;"));
    out.replace(u'>', QStringLiteral("&gt;"));
    out.replace(u'"', QStringLiteral("&quot;"));
    return out;
}

QString fitted(const QString& text, qreal width) {
    const int maxChars = std::max(1, int(width / kCharWidth));
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QStringLiteral("…");
}

QString textElement(qreal x, qreal y, const QString& text, qreal width, const char* cls) {
    const QString attr = cls ? QStringLiteral(" class=\"%1\"").arg(QLatin1String(cls)) : QString();
    return QStringLiteral("<text x=\"%1\" y=\"%2\"%3>%4</text>")
        .arg(number(x), number(y), attr, escaped(fitted(text, width)));
}

QString rectElement(const QRectF& r) {
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\"/>")
        .arg(number(r.x()), number(r.y()), number(r.width()), number(r.height()));
}

// The texts of an item: where each line goes depends on its kind.
QString textsOf(const LayoutItem& item) {
    const QRectF& r = item.rect;
    const qreal w = r.width() - 8;
    switch (item.kind) {
    case LayoutItemKind::BusBox:
        return textElement(r.x() + 6, r.y() + 13, item.label, w, nullptr) +
               textElement(r.x() + 6, r.y() + 26, item.detail, w, "detail");
    case LayoutItemKind::Cell: {
        QString texts = textElement(r.x() + 3, r.y() + 10, item.label, 24, "detail");
        if (!item.detail.isEmpty())
            texts += textElement(r.x() + 24, r.y() + 10, item.detail, w - 24, "detail");
        if (item.hotplug != HotplugState::NotHotpluggable)
            texts += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"hotplug-mark\">HP</text>")
                         .arg(number(r.right() - 16), number(r.y() + 10));
        return texts;
    }
    case LayoutItemKind::CollapsedCells:
        return textElement(r.x() + 4, r.y() + 13, item.label, w - 16, nullptr) +
               (item.hotplug != HotplugState::NotHotpluggable
                    ? QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"hotplug-mark\">HP</text>")
                          .arg(number(r.right() - 16), number(r.y() + 10))
                    : QString());
    case LayoutItemKind::Chip:
    case LayoutItemKind::UnplacedTray:
    case LayoutItemKind::NumaFrame:
        return textElement(r.x() + 4, r.y() + 13, item.label, w, nullptr);
    case LayoutItemKind::Link:
        break;
    }
    return QString();
}

QString elementOf(const LayoutItem& item) {
    const QString head = QStringLiteral("id=\"%1\" class=\"%2\"")
                             .arg(escaped(item.id), escaped(item.classes.join(u' ')));
    if (item.kind == LayoutItemKind::Link) {
        QStringList points;
        for (const QPointF& point : item.path)
            points << number(point.x()) + u',' + number(point.y());
        return QStringLiteral("<polyline %1 points=\"%2\"/>").arg(head, points.join(u' '));
    }
    QString tooltip;
    if (!item.detail.isEmpty() && item.kind == LayoutItemKind::Chip)
        tooltip = QStringLiteral("<title>%1</title>").arg(escaped(item.detail));
    return QStringLiteral("<g %1>%2%3%4</g>")
        .arg(head, tooltip, rectElement(item.rect), textsOf(item));
}

} // namespace

QString renderSvg(const TopologyLayout& layout, const QString& title) {
    const qreal margin = 12;
    const QSizeF size = layout.size() + QSizeF(2 * margin, 2 * margin);
    QString svg;
    QTextStream out(&svg);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pcitopo\" width=\""
        << number(size.width()) << "\" height=\"" << number(size.height()) << "\" viewBox=\"0 0 "
        << number(size.width()) << ' ' << number(size.height()) << "\">\n"
        << "<title>" << escaped(title) << "</title>\n"
        << "<style>" << kStyle << "</style>\n"
        << "<g transform=\"translate(" << number(margin) << ',' << number(margin) << ")\">\n";
    for (const LayoutItem& item : layout.items())
        out << elementOf(item) << '\n';
    out << "</g>\n</svg>\n";
    return svg;
}

} // namespace pcitopo
