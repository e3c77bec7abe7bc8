#pragma once

// PNG output of `pcitopo render`: the SVG backend's document drawn by QSvgRenderer into a
// QImage, so the PNG is the SVG picture pixel for pixel. Needs a QGuiApplication for fonts; the
// CLI creates one on the "offscreen" platform for render, so no display is ever needed.

#include <QCoreApplication>
#include <QImage>
#include <memory>

namespace pcitopo::cli {

// The application object of a CLI run: a QGuiApplication on the offscreen platform for
// `render` (text needs fonts), a QCoreApplication for everything else.
std::unique_ptr<QCoreApplication> makeCliApplication(int& argc, char* argv[]);

// width <= 0: the SVG's own width; the height keeps the aspect ratio. A null image when the
// SVG cannot be read or the size is absurd.
QImage rasterizeSvg(const QByteArray& svg, int width);

} // namespace pcitopo::cli
