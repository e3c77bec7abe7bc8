// Screenshots of the real window (offscreen): the graph's text at the default zoom is measured
// in pixels against the application font; a large domain opens readable.
// With PCITOPO_SCREENSHOT_DIR set, the shots are written there (docs/screenshot-*.png).
#include "editortestsupport.h"

#include "graph/chipitem.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {

// Rows of `area` holding dark (text) pixels: the ink height of one line of text.
int inkHeight(const QImage& image, const QRect& area) {
    int top = -1;
    int bottom = -1;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(image.pixel(x, y)) < 110) {
                if (top < 0)
                    top = y;
                bottom = y;
                break;
            }
    return top < 0 ? 0 : bottom - top + 1;
}

int referenceInkHeight(const QString& text) {
    QImage image(800, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(QApplication::font());
    painter.setPen(Qt::black);
    painter.drawText(QRect(10, 0, 780, 80), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter.end();
    return inkHeight(image, image.rect());
}

void saveShot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("PCITOPO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name);
}

} // namespace

class TestGraphScreenshots : public QObject {
    Q_OBJECT
private slots:
    void textAtTheDefaultZoomIsAsLargeAsTheFont();
    void aLargeDomainAt1280x800();
};

void TestGraphScreenshots::textAtTheDefaultZoomIsAsLargeAsTheFont() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    settle();
    GraphView* view = window->graphView();
    view->showDefaultView();
    const QImage shot = view->viewport()->grab().toImage();
    saveShot(window.get(), QStringLiteral("screenshot-1280x800.png"));
    int measured = 0;
    for (QGraphicsItem* item : view->graphScene()->items()) {
        if (item->type() != ChipItem::Type)
            continue;
        const auto* chip = static_cast<ChipItem*>(item);
        if (!chip->look().label.startsWith(QStringLiteral("virtio-net")))
            continue;
        const QRectF scene = chip->sceneBoundingRect().adjusted(2 + 22, 2, -2 - 3, -2);
        const QRect area = view->mapFromScene(scene).boundingRect().adjusted(0, 3, 0, -3);
        QVERIFY2(shot.rect().contains(area), "the NIC's chip is in view");
        const int ink = inkHeight(shot, area);
        const int reference = referenceInkHeight(chip->look().label);
        qInfo("chip text %d px high on screen, the application font's %d px", ink, reference);
        // One pixel of hinting: the scene scales a 7.5 pt font, the reference is drawn unscaled.
        QVERIFY2(ink >= reference - 1,
                 qPrintable(QStringLiteral("%1 < %2").arg(ink).arg(reference)));
        ++measured;
    }
    QCOMPARE(measured, 1);
}

void TestGraphScreenshots::aLargeDomainAt1280x800() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(q35WithRootPorts(233, 5)); // every fifth port free
    file.close();
    auto window = openWindow(path);
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    settle();
    GraphView* view = window->graphView();
    QVERIFY(view->zoomFactor() >= GraphView::readableZoom() - 1e-9);
    QVERIFY(view->graphScene()->chipCount() > 400);
    saveShot(window.get(), QStringLiteral("screenshot-large.png"));
}

QTEST_MAIN(TestGraphScreenshots)
#include "tst_graphscreenshots.moc"
