// The XML source view shows the document's exact text: edits replace only the changed region,
// CRLF files map document offsets to the right characters, and the highlight covers exactly
// the selected element's range.
#include "xmlsource/xmlsourceview.h"

#include <QTest>
#include <QTextBlock>

using namespace pcitopo;

namespace {
QString highlighted(const XmlSourceView& view) {
    const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
    return selections.isEmpty()
               ? QString()
               : selections.last().cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
}
} // namespace

class TestXmlSourceView : public QObject {
    Q_OBJECT
private slots:
    void editsReplaceOnlyTheChangedRegion();
    void crlfOffsetsMapToTheRightCharacters();
    void problemLinesAreMarked();
};

void TestXmlSourceView::editsReplaceOnlyTheChangedRegion() {
    XmlSourceView view;
    QString text;
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("  <disk index='%1'/>\n").arg(i);
    view.setSourceText(text);
    QTextBlock untouched = view.document()->findBlockByNumber(150);
    const int revision = untouched.revision();
    QString edited = text;
    edited.insert(text.indexOf(QStringLiteral("<disk index='3'/>")), QStringLiteral("<!-- x -->"));
    view.setSourceText(edited);
    QCOMPARE(view.toPlainText(), edited);
    QCOMPARE(view.document()->findBlockByNumber(150).revision(), revision);
    edited.remove(0, 40);
    view.setSourceText(edited);
    QCOMPARE(view.toPlainText(), edited);
}

void TestXmlSourceView::crlfOffsetsMapToTheRightCharacters() {
    XmlSourceView view;
    const QString text = QStringLiteral("<a>\r\n  <b x='1'/>\r\n  <c/>\r\n</a>\r\n");
    view.setSourceText(text);
    const int start = int(text.indexOf(QStringLiteral("<c/>")));
    view.setHighlight(start, start + 4);
    QCOMPARE(view.selectedSourceText(), QStringLiteral("<c/>"));
    QCOMPARE(highlighted(view), QStringLiteral("<c/>"));
    QString edited = text;
    edited.replace(QStringLiteral("x='1'"), QStringLiteral("x='22'"));
    view.setSourceText(edited);
    const int moved = int(edited.indexOf(QStringLiteral("<c/>")));
    view.setHighlight(moved, moved + 4);
    QCOMPARE(highlighted(view), QStringLiteral("<c/>"));
}

void TestXmlSourceView::problemLinesAreMarked() {
    XmlSourceView view;
    view.setSourceText(QStringLiteral("<a>\n<b/>\n</a>\n"));
    view.setLineMarkers({{2, Qt::red, QStringLiteral("bad b")}});
    const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
    QCOMPARE(selections.size(), 1);
    QCOMPARE(selections.first().cursor.block().blockNumber(), 1);
    QCOMPARE(selections.first().format.underlineColor(), QColor(Qt::red));
}

QTEST_MAIN(TestXmlSourceView)
#include "tst_xmlsourceview.moc"
