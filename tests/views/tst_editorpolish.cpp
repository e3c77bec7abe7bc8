// Issue #14's "Missing" list, each as a behaviour: tooltips on cut labels, export and print,
// the dropped device selected, problems selecting on a single click, the Open dialog's folder,
// recent files with the same name, disk defaults, the connection label's mnemonic.
#include "editortestsupport.h"

#include "graph/chipitem.h"
#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "libvirt/libvirtopendialog.h"
#include "problems/problemsview.h"
#include "tree/topologytreeview.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPrinter>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>

using namespace pcitopo;
using namespace pcitopo::testing;

class TestEditorPolish : public QObject {
    Q_OBJECT
private slots:
    void cutLabelsHaveTooltips();
    void exportsTheGraphAsSvgAndPng();
    void printsTheGraph();
    void theDroppedDeviceIsSelected();
    void aProblemSelectsItsElementOnASingleClick();
    void openDialogStartsInTheDocumentsFolder();
    void recentFilesTellSameNamesApart();
    void addedDisksGetTheNextFreeName();
    void connectionLabelIsAMnemonic();
};

void TestEditorPolish::cutLabelsHaveTooltips() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    int chips = 0;
    for (QGraphicsItem* item : window->graphView()->graphScene()->items())
        if (item->type() == ChipItem::Type) {
            const auto* chip = static_cast<ChipItem*>(item);
            QVERIFY2(chip->toolTip().startsWith(chip->look().label), qPrintable(chip->toolTip()));
            ++chips;
        }
    QVERIFY(chips > 3);
    const QAbstractItemModel* tree = window->treeView()->model();
    const QModelIndex root = tree->index(0, 0);
    QVERIFY(root.isValid());
    QCOMPARE(root.data(Qt::ToolTipRole).toString(), root.data().toString());
}

void TestEditorPolish::exportsTheGraphAsSvgAndPng() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("graph.svg"));
    QVERIFY(window->exportGraph(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("id=\"bus-1-slot-0\""));
    const QString png = dir.filePath(QStringLiteral("graph.png"));
    QVERIFY(window->exportGraph(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 200);
}

void TestEditorPolish::printsTheGraph() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("graph.pdf")));
    window->printGraph(&printer);
    QFile pdf(printer.outputFileName());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 2000);
}

void TestEditorPolish::theDroppedDeviceIsSelected() {
    auto window = openWindow();
    EditorContext* context = window->context();
    QVERIFY(
        window->graphView()->dropOnSlot(DropCandidate::paletteEntry(QStringLiteral("net-virtio")),
                                        QStringLiteral("net-virtio"), 2, 0));
    settle();
    const int nic = findDevice(*context, [](const Device& d) {
        return d.kind == DeviceKind::Interface && d.pciAddress && d.pciAddress->bus == 2;
    });
    QVERIFY(nic >= 0);
    QCOMPARE(context->selection(), context->topology().inventory().devices.at(nic).element);
}

void TestEditorPolish::aProblemSelectsItsElementOnASingleClick() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    EditorContext* context = window->context();
    QTreeView* list = window->problemsView()->findChild<QTreeView*>();
    QVERIFY(list);
    int row = -1;
    for (int i = 0; i < context->diagnostics().size() && row < 0; ++i)
        if (context->diagnostics().at(i).element != NoElement)
            row = i;
    QVERIFY(row >= 0);
    context->select(NoElement);
    const QModelIndex index = list->model()->index(row, 1);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualRect(index).center());
    QVERIFY(context->selection() != NoElement);
}

void TestEditorPolish::openDialogStartsInTheDocumentsFolder() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml")));
    QCOMPARE(window->openDialogFolder(),
             QFileInfo(examplePath(QStringLiteral("q35-desktop.xml"))).absolutePath());
}

void TestEditorPolish::recentFilesTellSameNamesApart() {
    auto window = openWindow();
    window->addRecentFile(QStringLiteral("/srv/vms/a/domain.xml"));
    window->addRecentFile(QStringLiteral("/srv/vms/b/domain.xml"));
    const QStringList texts = window->recentFileTexts();
    QVERIFY(texts.size() >= 2);
    QVERIFY2(texts.at(0) != texts.at(1), qPrintable(texts.join(u'|')));
    QVERIFY(texts.at(0).contains(QStringLiteral("b")));
}

// The palette's disk is the next free virtio name (vdb after vda), with an image named after it.
void TestEditorPolish::addedDisksGetTheNextFreeName() {
    auto window = openWindow(examplePath(QStringLiteral("q35-desktop.xml"))); // has vda
    EditorContext* context = window->context();
    QVERIFY(
        window->graphView()->dropOnSlot(DropCandidate::paletteEntry(QStringLiteral("disk-virtio")),
                                        QStringLiteral("disk-virtio"), 2, 0));
    settle();
    const int disk = findDevice(*context, [](const Device& d) { return d.targetDev == u"vdb"; });
    QVERIFY2(disk >= 0, "the new disk is vdb");
    QVERIFY(context->document().text().contains(QStringLiteral("/vdb.qcow2'")));
    QVERIFY(!context->document().text().contains(QStringLiteral("vdz")));
}

void TestEditorPolish::connectionLabelIsAMnemonic() {
    LibvirtOpenDialog dialog;
    QLabel* connection = nullptr;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->text() == QObject::tr("&Connection:"))
            connection = label;
    QVERIFY(connection);
    QVERIFY2(connection->buddy(), "with a buddy the '&' is a mnemonic, not a literal");
}

QTEST_MAIN(TestEditorPolish)
#include "tst_editorpolish.moc"
