#include "xmlhighlighter.h"

#include "common/theme.h"

#include <QGuiApplication>
#include <QRegularExpression>

namespace pcitopo {

namespace {
enum BlockState { Normal = 0, InComment = 1 };
} // namespace

XmlHighlighter::XmlHighlighter(QTextDocument* parent) : QSyntaxHighlighter(parent) {
    // The dark palette (--dark or the platform's) gets light counterparts of the same hues.
    const bool dark = theme::isDarkPalette(QGuiApplication::palette());
    m_tag.setForeground(dark ? QColor(0x9f, 0xa8, 0xda) : QColor(0x1a, 0x23, 0x7e));
    m_tag.setFontWeight(QFont::DemiBold);
    m_attribute.setForeground(dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a));
    m_value.setForeground(dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32));
    m_comment.setForeground(dark ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
}

void XmlHighlighter::highlightBlock(const QString& text) {
    int pos = 0;
    if (previousBlockState() == InComment) {
        const int end = text.indexOf(QStringLiteral("-->"));
        if (end < 0) {
            setFormat(0, text.size(), m_comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(0, end + 3, m_comment);
        pos = end + 3;
    }
    setCurrentBlockState(Normal);
    while (pos < text.size()) {
        const int start = text.indexOf(QStringLiteral("<!--"), pos);
        if (start < 0) {
            highlightTags(text, pos, text.size());
            return;
        }
        highlightTags(text, pos, start);
        const int end = text.indexOf(QStringLiteral("-->"), start + 4);
        if (end < 0) {
            setFormat(start, text.size() - start, m_comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(start, end + 3 - start, m_comment);
        pos = end + 3;
    }
}

void XmlHighlighter::highlightTags(const QString& text, int from, int to) {
    static const QRegularExpression tagName(QStringLiteral(R"(</?[\w:.-]+|/?>|\?>|<\?[\w:.-]+)"));
    static const QRegularExpression attribute(
        QStringLiteral(R"(([\w:.-]+)\s*=\s*('[^']*'|"[^"]*"))"));
    const QString part = text.mid(from, to - from);
    for (auto it = tagName.globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        setFormat(from + m.capturedStart(), m.capturedLength(), m_tag);
    }
    for (auto it = attribute.globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        setFormat(from + m.capturedStart(1), m.capturedLength(1), m_attribute);
        setFormat(from + m.capturedStart(2), m.capturedLength(2), m_value);
    }
}

} // namespace pcitopo
