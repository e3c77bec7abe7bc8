// The reader DomainDocument used before the byte scanner (issue #15): QXmlStreamReader decides
// well-formedness and a UTF-16 lexer records the spans. Kept here, for the tests only, as the
// reference of tst_bytescanner's differential test.
#include "referencereader.h"

#include <QXmlStreamReader>

namespace pcitopo::reference {

using detail::AttributeSpan;
using detail::ElementIndex;
using detail::ElementRecord;
using detail::ScanFailure;

namespace {

const QString fragmentOpen = QStringLiteral("<pcitopo-fragment>");
const QString fragmentClose = QStringLiteral("</pcitopo-fragment>");

bool isXmlSpace(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// The '<' of the tag QXmlStreamReader just read: '<' cannot occur inside a tag, so it is the
// last one before the reader's offset.
int tagStartBefore(QStringView text, int offset) {
    int lt = text.left(qBound(0, offset, int(text.size()))).lastIndexOf(u'<');
    return qMax(lt, 0);
}

int doctypeStartBefore(QStringView text, int offset) {
    const auto at = text.left(qBound(0, offset, int(text.size()))).lastIndexOf(u"<!DOCTYPE");
    return at < 0 ? 0 : int(at);
}

bool declaresEntities(const QXmlStreamReader& reader) {
    return !reader.entityDeclarations().isEmpty() ||
           reader.text().contains(QLatin1String("<!ENTITY"));
}

std::optional<ScanFailure> readAll(QXmlStreamReader& reader, QStringView text, int maxDepth) {
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (++depth > maxDepth)
                return ScanFailure{
                    tagStartBefore(text, int(reader.characterOffset())),
                    QStringLiteral("elements nest deeper than %1 levels; refused").arg(maxDepth)};
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::DTD:
            if (declaresEntities(reader))
                return ScanFailure{doctypeStartBefore(text, int(reader.characterOffset())),
                                   QStringLiteral("the DOCTYPE declares entities; entity "
                                                  "declarations are refused (entity expansion "
                                                  "and external entities are unsafe)")};
            break;
        case QXmlStreamReader::EntityReference:
            return ScanFailure{
                int(reader.characterOffset()),
                QStringLiteral("reference to the undeclared entity '&%1;'").arg(reader.name())};
        default:
            break;
        }
    }
    if (reader.hasError())
        return ScanFailure{int(reader.characterOffset()), reader.errorString()};
    return std::nullopt;
}

int skipPast(QStringView text, int from, QStringView terminator) {
    int at = text.indexOf(terminator, from);
    return at < 0 ? int(text.size()) : at + int(terminator.size());
}

// Skips <!DOCTYPE ...>, including an internal subset with quoted strings and comments.
int skipDoctype(QStringView text, int lt) {
    const int n = int(text.size());
    int brackets = 0;
    QChar quote;
    for (int i = lt + 2; i < n; ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'<' && text.mid(i).startsWith(u"<!--")) {
            i = skipPast(text, i + 4, u"-->") - 1;
        } else if (c == u'[') {
            ++brackets;
        } else if (c == u']') {
            --brackets;
        } else if (c == u'>' && brackets <= 0) {
            return i + 1;
        }
    }
    return n;
}

int skipSpaces(QStringView text, int i) {
    while (i < text.size() && isXmlSpace(text[i]))
        ++i;
    return i;
}

// Lexes the attributes of a start tag from `i`; returns the offset after the tag.
int scanAttributes(QStringView text, int i, ElementRecord& element, ElementIndex& out) {
    const int n = int(text.size());
    while (true) {
        i = skipSpaces(text, i);
        if (i >= n)
            return n;
        if (text[i] == u'/') {
            element.selfClosing = true;
            return qMin(i + 2, n);
        }
        if (text[i] == u'>')
            return i + 1;
        AttributeSpan span;
        const int nameStart = i;
        while (i < n && !isXmlSpace(text[i]) && text[i] != u'=')
            ++i;
        span.nameOffset = nameStart - element.start;
        span.nameLength = i - nameStart;
        i = skipSpaces(text, i) + 1; // past '='
        i = skipSpaces(text, i);
        if (i >= n)
            return n;
        span.quote = text[i];
        const int valueStart = i + 1;
        int valueEnd = text.indexOf(span.quote, valueStart);
        if (valueEnd < 0)
            valueEnd = n;
        span.valueOffset = valueStart - element.start;
        span.valueLength = valueEnd - valueStart;
        out.attributes.push_back(span);
        ++element.attributeCount;
        i = valueEnd + 1;
    }
}

int scanStartTag(QStringView text, int lt, std::vector<ElementId>& open, ElementIndex& out) {
    const int n = int(text.size());
    ElementRecord element;
    element.start = lt;
    element.parent = open.empty() ? NoElement : open.back();
    element.depth = int(open.size());
    int i = lt + 1;
    while (i < n && !isXmlSpace(text[i]) && text[i] != u'/' && text[i] != u'>')
        ++i;
    element.nameLength = i - lt - 1;
    element.attributeBegin = int(out.attributes.size());
    i = scanAttributes(text, i, element, out);
    const auto id = ElementId(out.elements.size());
    if (element.selfClosing) {
        element.contentStart = element.contentEnd = element.end = i;
        element.subtreeEnd = id + 1;
    } else {
        element.contentStart = i;
        open.push_back(id);
    }
    out.elements.push_back(element);
    return i;
}

void closeElement(ElementIndex& out, std::vector<ElementId>& open, int lt, int end) {
    if (open.empty())
        return;
    ElementRecord& element = out.elements[size_t(open.back())];
    element.contentEnd = lt;
    element.end = end;
    element.subtreeEnd = ElementId(out.elements.size());
    open.pop_back();
}

} // namespace

std::optional<ScanFailure> validateXml(const QString& text, bool fragment, int maxDepth) {
    if (!fragment) {
        QXmlStreamReader reader(text);
        reader.setNamespaceProcessing(false);
        return readAll(reader, text, maxDepth);
    }
    const QString wrapped = fragmentOpen + text + fragmentClose;
    QXmlStreamReader reader(wrapped);
    reader.setNamespaceProcessing(false);
    auto failure = readAll(reader, wrapped, maxDepth + 1);
    if (failure)
        failure->offset = qBound(0, failure->offset - int(fragmentOpen.size()), int(text.size()));
    return failure;
}

void scanElements(QStringView text, ElementIndex& out) {
    std::vector<ElementId> open;
    int pos = 0;
    while (pos < text.size()) {
        const int lt = text.indexOf(u'<', pos);
        if (lt < 0)
            break;
        const QStringView rest = text.mid(lt);
        if (rest.startsWith(u"<!--")) {
            pos = skipPast(text, lt + 4, u"-->");
        } else if (rest.startsWith(u"<![CDATA[")) {
            pos = skipPast(text, lt + 9, u"]]>");
        } else if (rest.startsWith(u"<?")) {
            pos = skipPast(text, lt + 2, u"?>");
        } else if (rest.startsWith(u"<!")) {
            pos = skipDoctype(text, lt);
        } else if (rest.startsWith(u"</")) {
            pos = skipPast(text, lt + 2, u">");
            closeElement(out, open, lt, pos);
        } else {
            pos = scanStartTag(text, lt, open, out);
        }
    }
}

} // namespace pcitopo::reference
