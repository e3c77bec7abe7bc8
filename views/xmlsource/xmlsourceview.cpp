#include "xmlsourceview.h"

#include "common/theme.h"
#include "xmlhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <algorithm>

namespace pcitopo {

namespace {
class LineNumberArea final : public QWidget {
public:
    explicit LineNumberArea(XmlSourceView* view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_view->paintLineNumberArea(event); }

private:
    XmlSourceView* m_view;
};
} // namespace

XmlSourceView::XmlSourceView(QWidget* parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("XML source"));
    setAccessibleDescription(tr("The exact text of the domain XML; the selected element is "
                                "highlighted"));
    m_highlighter = new XmlHighlighter(document());
    m_lineNumberArea = new LineNumberArea(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &XmlSourceView::updateLineNumberArea);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void XmlSourceView::setSourceText(const QString& text) {
    if (text == m_text)
        return;
    if (m_text.isEmpty() || !replaceChangedRegion(text)) {
        const int scroll = verticalScrollBar()->value();
        setPlainText(text);
        verticalScrollBar()->setValue(scroll);
    }
    m_text = text;
    m_carriageReturns.clear();
    for (int i = int(text.indexOf(u'\r')); i >= 0; i = int(text.indexOf(u'\r', i + 1)))
        if (i + 1 < text.size() && text.at(i + 1) == u'\n')
            m_carriageReturns.append(i);
    updateExtraSelections();
}

// An edit changes one region of the text: replacing just that region keeps the scroll position
// and re-highlights a few lines instead of the whole file (a 1000-device domain has 10k lines).
bool XmlSourceView::replaceChangedRegion(const QString& text) {
    const qsizetype shorter = std::min(m_text.size(), text.size());
    qsizetype prefix = 0;
    while (prefix < shorter && m_text.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           m_text.at(m_text.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    QString inserted = text.mid(prefix, text.size() - suffix - prefix);
    if (inserted.contains(u'\r') || m_text.at(std::max<qsizetype>(0, prefix - 1)) == u'\r')
        return false; // CR line ends: let setPlainText decide how they show
    QTextCursor cursor(document());
    cursor.setPosition(toPosition(int(prefix)));
    cursor.setPosition(toPosition(int(m_text.size() - suffix)), QTextCursor::KeepAnchor);
    cursor.insertText(inserted);
    return true;
}

void XmlSourceView::setHighlight(int start, int end) {
    m_highlightStart = start;
    m_highlightEnd = end;
    updateExtraSelections();
    if (start < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(toPosition(std::min(end, int(m_text.size()))));
    setTextCursor(cursor);
    ensureCursorVisible();
    cursor.setPosition(toPosition(start));
    setTextCursor(cursor);
    ensureCursorVisible();
}

void XmlSourceView::setLineMarkers(const QList<LineMarker>& markers) {
    m_markers = markers;
    updateExtraSelections();
    m_lineNumberArea->update();
}

QString XmlSourceView::selectedSourceText() const {
    if (m_highlightStart < 0)
        return {};
    return m_text.mid(m_highlightStart, m_highlightEnd - m_highlightStart);
}

int XmlSourceView::toPosition(int offset) const {
    const auto before =
        std::lower_bound(m_carriageReturns.begin(), m_carriageReturns.end(), offset);
    return offset - int(before - m_carriageReturns.begin());
}

int XmlSourceView::toOffset(int position) const {
    int offset = position;
    for (int cr : m_carriageReturns) {
        if (cr >= offset)
            break;
        ++offset;
    }
    return offset;
}

void XmlSourceView::updateExtraSelections() {
    QList<QTextEdit::ExtraSelection> selections;
    for (const LineMarker& marker : std::as_const(m_markers)) {
        const QTextBlock block = document()->findBlockByNumber(marker.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection line;
        line.cursor = QTextCursor(block);
        line.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        line.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        line.format.setUnderlineColor(marker.colour);
        selections.append(line);
    }
    if (m_highlightStart >= 0) {
        QTextEdit::ExtraSelection element;
        element.cursor = QTextCursor(document());
        element.cursor.setPosition(toPosition(m_highlightStart));
        element.cursor.setPosition(toPosition(std::min(m_highlightEnd, int(m_text.size()))),
                                   QTextCursor::KeepAnchor);
        element.format.setBackground(theme::isDarkPalette(palette()) ? QColor(0x1f, 0x3a, 0x5c)
                                                                     : QColor(0xd6, 0xe9, 0xff));
        selections.append(element);
    }
    setExtraSelections(selections);
}

int XmlSourceView::lineNumberAreaWidth() const {
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 14 + fontMetrics().horizontalAdvance(u'9') * std::max(3, digits);
}

void XmlSourceView::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void XmlSourceView::updateLineNumberArea(const QRect& rect, int dy) {
    if (dy)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
}

void XmlSourceView::paintLineNumberArea(QPaintEvent* event) {
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int height = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        const auto marker = std::find_if(m_markers.begin(), m_markers.end(),
                                         [line](const LineMarker& m) { return m.line == line; });
        if (marker != m_markers.end())
            painter.fillRect(0, top, 5, height, marker->colour);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(0, top, m_lineNumberArea->width() - 4, height, Qt::AlignRight,
                         QString::number(line));
        block = block.next();
        top += qRound(blockBoundingRect(block.previous()).height());
    }
}

void XmlSourceView::mouseReleaseEvent(QMouseEvent* event) {
    QPlainTextEdit::mouseReleaseEvent(event);
    if (!textCursor().hasSelection())
        emit offsetActivated(toOffset(textCursor().position()));
}

bool XmlSourceView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
        const int line = cursorForPosition(inViewport).blockNumber() + 1;
        QStringList tips;
        for (const LineMarker& marker : std::as_const(m_markers))
            if (marker.line == line)
                tips.append(marker.toolTip);
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(u'\n'), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace pcitopo
