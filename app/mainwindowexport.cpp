// MainWindow: the graph leaves the editor — Export Graph (SVG through the same renderer as
// `pcitopo render`, PNG as drawn), Print and Print Preview (QPrinter).
#include "mainwindow.h"

#include "common/editorcontext.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "layout/layoutrenderers.h"
#include "layout/topologylayout.h"
#include "session/documentsession.h"

#include <QAction>
#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStatusBar>

namespace pcitopo {

namespace {
void orientFor(QPrinter& printer, const QRectF& graph) {
    printer.setPageOrientation(graph.width() > graph.height() ? QPageLayout::Landscape
                                                              : QPageLayout::Portrait);
}
} // namespace

void MainWindow::createExportActions(QMenu* file) {
    file->addSeparator();
    QAction* exportAction = file->addAction(tr("&Export Graph…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Save the topology graph as SVG or PNG"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportGraphAs);
    QAction* print = file->addAction(tr("&Print…"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, &MainWindow::printWithDialog);
    QAction* preview = file->addAction(tr("Print Previe&w…"));
    connect(preview, &QAction::triggered, this, &MainWindow::printPreview);
}

void MainWindow::exportGraphAs() {
    const QFileInfo document(m_session->filePath());
    const QString suggested =
        m_session->filePath().isEmpty()
            ? QStringLiteral("topology.svg")
            : document.absolutePath() + u'/' + document.completeBaseName() + QStringLiteral(".svg");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), suggested,
                                                      tr("SVG image (*.svg);;PNG image (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportGraph(path, &error))
        QMessageBox::critical(this, tr("Export Graph"), error);
}

bool MainWindow::exportGraph(const QString& path, QString* error) {
    if (!m_context->hasDocument())
        return false;
    const bool png = path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive);
    QByteArray bytes;
    if (png) {
        GraphScene* scene = m_graph->graphScene();
        const QRectF source = scene->itemsBoundingRect().adjusted(-12, -12, 12, 12);
        const qreal scale = GraphView::readableZoom(); // text at the font's size
        QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32);
        image.fill(m_graph->backgroundBrush().color());
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
        painter.end();
        QBuffer buffer(&bytes);
        image.save(&buffer, "PNG");
    } else {
        const TopologyLayout layout = TopologyLayout::compute(m_context->topology());
        bytes = renderSvg(layout, windowTitle().remove(QStringLiteral("[*]"))).toUtf8();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    statusBar()->showMessage(tr("Exported the graph to %1").arg(path), 5000);
    return true;
}

// The whole graph on one page, as large as the page allows, landscape when it is wide.
void MainWindow::printGraph(QPrinter* printer) {
    GraphScene* scene = m_graph->graphScene();
    const QRectF source = scene->itemsBoundingRect().adjusted(-12, -12, 12, 12);
    QPainter painter(printer);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene->render(&painter,
                  printer->pageRect(QPrinter::DevicePixel)
                      .translated(-printer->pageRect(QPrinter::DevicePixel).topLeft()),
                  source, Qt::KeepAspectRatio);
}

void MainWindow::printWithDialog() {
    QPrinter printer(QPrinter::HighResolution);
    orientFor(printer, m_graph->graphScene()->itemsBoundingRect());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printGraph(&printer);
}

void MainWindow::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    orientFor(printer, m_graph->graphScene()->itemsBoundingRect());
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &MainWindow::printGraph);
    preview.exec();
}

} // namespace pcitopo
