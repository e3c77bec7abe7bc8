#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace pcitopo {

// Colours the XML source: tags, attribute names, values and comments. Purely visual; the text
// itself is the document's exact bytes.
class XmlHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit XmlHighlighter(QTextDocument* parent);

protected:
    void highlightBlock(const QString& text) override;

private:
    void highlightTags(const QString& text, int from, int to);
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_value;
    QTextCharFormat m_comment;
};

} // namespace pcitopo
