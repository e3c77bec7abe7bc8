#pragma once

#include <QColor>
#include <QList>
#include <QPlainTextEdit>

namespace pcitopo {

class XmlHighlighter;

// The document's exact text, read-only, with line numbers, the selected element highlighted and
// problem lines marked in their severity colour. Offsets are DomainDocument::text() offsets.
class XmlSourceView final : public QPlainTextEdit {
    Q_OBJECT
public:
    struct LineMarker {
        int line = 0; // 1-based
        QColor colour;
        QString toolTip;
    };

    explicit XmlSourceView(QWidget* parent = nullptr);

    // Replaces the text only when it differs, so the scroll position survives no-op refreshes.
    void setSourceText(const QString& text);
    // Highlights [start, end) and scrolls it into view; start < 0 clears the highlight.
    void setHighlight(int start, int end);
    void setLineMarkers(const QList<LineMarker>& markers);
    QString selectedSourceText() const; // the highlighted range, for tests and copy

    int lineNumberAreaWidth() const;
    void paintLineNumberArea(QPaintEvent* event);

signals:
    // The user clicked in the text: the document offset under the click.
    void offsetActivated(int offset);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    bool replaceChangedRegion(const QString& text);
    int toPosition(int offset) const;
    int toOffset(int position) const;
    void updateExtraSelections();
    void updateLineNumberArea(const QRect& rect, int dy);

    QWidget* m_lineNumberArea = nullptr;
    XmlHighlighter* m_highlighter = nullptr;
    QString m_text;
    QList<int> m_carriageReturns; // offsets of '\r' in "\r\n": QTextDocument drops them
    int m_highlightStart = -1;
    int m_highlightEnd = -1;
    QList<LineMarker> m_markers;
};

} // namespace pcitopo
