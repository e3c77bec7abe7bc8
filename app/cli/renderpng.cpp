#include "renderpng.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QSvgRenderer>

namespace pcitopo::cli {

namespace {

QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform warns when XDG_RUNTIME_DIR is unset (CI, cron, containers): noise on a
// headless tool's stderr, where users read only pcitopo's own messages.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context,
                           const QString& message) {
    if (message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_previousHandler(type, context, message);
}

} // namespace

std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char* argv[]) {
    // Forced, not defaulted: a user's QT_QPA_PLATFORM=xcb without a display would abort, and
    // rendering never shows a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    return app;
}

QImage rasterizeSvg(const QByteArray& svg, int width) {
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return QImage();
    const QSizeF natural = renderer.viewBoxF().size();
    if (natural.isEmpty())
        return QImage();
    const qreal scale = width > 0 ? width / natural.width() : 1.0;
    const QSize size(qRound(natural.width() * scale), qRound(natural.height() * scale));
    constexpr int kMaxSide = 32768; // QImage refuses larger; a domain never needs it
    if (size.width() < 1 || size.height() < 1 || size.width() > kMaxSide ||
        size.height() > kMaxSide)
        return QImage();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

QByteArray svgToPng(const QByteArray& svg, int width) {
    const QImage image = rasterizeSvg(svg, width);
    QByteArray png;
    QBuffer buffer(&png);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return QByteArray();
    return png;
}

} // namespace pcitopo::cli
