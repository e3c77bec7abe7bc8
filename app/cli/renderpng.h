#pragma once

// PNG output of `pcitopo render`, in pcitopo-png-helper only: the SVG backend's document drawn
// by QSvgRenderer into a QImage, so the PNG is the SVG picture pixel for pixel. Needs a
// QGuiApplication for fonts, on the "offscreen" platform, so no display is ever needed.

#include <QCoreApplication>
#include <QImage>
#include <memory>

namespace pcitopo::cli {

// The helper's application object: a QGuiApplication on the offscreen platform (text needs
// fonts).
std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char* argv[]);

// width <= 0: the SVG's own width; the height keeps the aspect ratio. A null image when the
// SVG cannot be read or the size is absurd.
QImage rasterizeSvg(const QByteArray& svg, int width);
// The same image as PNG bytes; empty when it cannot be drawn.
QByteArray svgToPng(const QByteArray& svg, int width);

} // namespace pcitopo::cli
