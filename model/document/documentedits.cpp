#include "documentdata.h"

namespace pcitopo {

namespace {

bool isBlank(QStringView text) {
    for (const QChar c : text) {
        if (c != u' ' && c != u'\t')
            return false;
    }
    return true;
}

bool isLineBreak(QChar c) {
    return c == u'\n' || c == u'\r';
}

// Lines end at LF, CRLF or a lone CR (issue #18).
int lineStartOf(QStringView text, int offset) {
    while (offset > 0 && !isLineBreak(text[offset - 1]))
        --offset;
    return offset;
}

// The spaces and tabs before `offset` when nothing else precedes it on its line.
std::optional<QString> indentBefore(QStringView text, int offset) {
    const int lineStart = lineStartOf(text, offset);
    const QStringView indent = text.mid(lineStart, offset - lineStart);
    if (!isBlank(indent))
        return std::nullopt;
    return indent.toString();
}

// Splits at LF, CRLF and lone CR.
QStringList linesOf(const QString& text) {
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isLineBreak(text[i]))
            continue;
        lines << text.mid(start, i - start);
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    lines << text.mid(start);
    return lines;
}

// Re-indents continuation lines of `xml` (written as if at column 1) and ends its lines with
// `eol`, the document's own line ending where the element goes.
QString indented(const QString& xml, const QString& indent, const QString& eol) {
    QStringList lines = linesOf(xml);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].isEmpty())
            lines[i].prepend(indent);
    }
    return lines.join(eol);
}

// Offset just after `end` where a new sibling line goes: the end of the line, when only
// blanks or a comment follow on it; `end` itself otherwise.
int afterLine(QStringView text, int end, int limit) {
    int eol = end;
    while (eol < limit && !isLineBreak(text[eol]))
        ++eol;
    if (eol >= limit)
        return end;
    const QStringView rest = text.mid(end, eol - end).trimmed();
    const bool comment = rest.startsWith(u"<!--") && rest.endsWith(u"-->");
    return rest.isEmpty() || comment ? eol : end;
}

void appendCharacterData(QStringView segment, QString& out) {
    qsizetype pos = 0;
    while (pos < segment.size()) {
        const qsizetype lt = segment.indexOf(u'<', pos);
        out += detail::unescapeXml(segment.mid(pos, (lt < 0 ? segment.size() : lt) - pos));
        if (lt < 0)
            return;
        const QStringView rest = segment.mid(lt);
        const QStringView terminator = rest.startsWith(u"<![CDATA[") ? u"]]>"
                                       : rest.startsWith(u"<!--")    ? u"-->"
                                                                     : u"?>";
        qsizetype close = segment.indexOf(terminator, lt);
        if (close < 0)
            close = segment.size();
        if (rest.startsWith(u"<![CDATA["))
            out += segment.mid(lt + 9, close - lt - 9);
        pos = close + terminator.size();
    }
}

} // namespace

QString DomainDocument::text(ElementId id) const {
    if (!d->isValid(id) || d->element(id).selfClosing)
        return {};
    const QStringView source(d->text);
    QString out;
    int pos = d->element(id).contentStart;
    for (const ElementId child : children(id)) {
        appendCharacterData(source.mid(pos, d->element(child).start - pos), out);
        pos = d->element(child).end;
    }
    appendCharacterData(source.mid(pos, d->element(id).contentEnd - pos), out);
    return out.trimmed();
}

QString DomainDocument::domainType() const {
    return attribute(root(), u"type");
}

QString DomainDocument::machine() const {
    return attribute(firstChild(firstChild(root(), u"os"), u"type"), u"machine");
}

QString DomainDocument::arch() const {
    return attribute(firstChild(firstChild(root(), u"os"), u"type"), u"arch");
}

ElementId DomainDocument::devicesElement() const {
    return firstChild(root(), u"devices");
}

QList<ElementId> DomainDocument::deviceElements() const {
    return children(devicesElement());
}

QString DomainDocument::indentUnit() const {
    if (d->index.elements.empty())
        return QStringLiteral("  ");
    const QStringView source(d->text);
    const QString rootIndent = indentBefore(source, d->element(root()).start).value_or(QString());
    for (const ElementId child : children(root())) {
        const auto indent = indentBefore(source, d->element(child).start);
        if (indent && indent->size() > rootIndent.size() && indent->startsWith(rootIndent))
            return indent->mid(rootIndent.size());
    }
    return QStringLiteral("  ");
}

QString DomainDocument::lineEndingAt(int offset) const {
    const QStringView text(d->text);
    offset = qBound(0, offset, int(text.size()));
    const auto endingAt = [&](qsizetype i) {
        return text[i] == u'\n'                              ? QStringLiteral("\n")
               : i + 1 < text.size() && text[i + 1] == u'\n' ? QStringLiteral("\r\n")
                                                             : QStringLiteral("\r");
    };
    for (qsizetype i = offset; i < text.size(); ++i) {
        if (isLineBreak(text[i]))
            return endingAt(i);
    }
    for (qsizetype i = offset - 1; i >= 0; --i) {
        if (isLineBreak(text[i]))
            return endingAt(text[i] == u'\n' && i > 0 && text[i - 1] == u'\r' ? i - 1 : i);
    }
    return QStringLiteral("\n");
}

// --- edits ----------------------------------------------------------------------------------

bool DomainDocument::apply(const TextSplice& splice) {
    if (splice.isNoop()) {
        const int end = splice.offset + int(splice.removed.size());
        return splice.offset >= 0 && end <= d->text.size() &&
               QStringView(d->text).mid(splice.offset, splice.removed.size()) == splice.removed;
    }
    if (detail::spliceAndReindex(d->text, d->index, splice, d->limits.maxDepth))
        return false;
    d->invalidateLines();
    return true;
}

// Applies a splice made by one of the edits; a failed one becomes a no-op.
static TextSplice applied(DomainDocument& document, const TextSplice& splice) {
    return document.apply(splice) ? splice : TextSplice{};
}

TextSplice DomainDocument::setPciAddress(ElementId device, const PciAddress& address) {
    if (!d->isValid(device))
        return {};
    const ElementId existing = firstChild(device, u"address");
    QString tag = address.toXmlElement();
    const auto quoteOf = [&](ElementId id) {
        const auto& e = d->element(id);
        return e.attributeCount > 0          ? d->index.attributes[size_t(e.attributeBegin)].quote
               : d->index.attributes.empty() ? QChar(u'\'')
                                             : d->index.attributes.front().quote;
    };
    if (quoteOf(existing != NoElement ? existing : device) == u'"')
        tag.replace(u'\'', u'"');
    if (existing == NoElement)
        return insertElement(device, tag);
    const auto& e = d->element(existing);
    if (!e.selfClosing) // keep its children (e.g. <zpci>): replace the start tag only
        tag = tag.chopped(2) + u'>';
    const int end = e.selfClosing ? e.end : e.contentStart;
    return applied(*this, {e.start, d->text.mid(e.start, end - e.start), tag});
}

TextSplice DomainDocument::removeAddress(ElementId device) {
    const ElementId address = firstChild(device, u"address");
    return address == NoElement ? TextSplice{} : removeElement(address);
}

TextSplice DomainDocument::insertElement(ElementId parent, const QString& elementXml,
                                         ElementId before) {
    if (!d->isValid(parent) || (before != NoElement && this->parent(before) != parent))
        return {};
    const QStringView source(d->text);
    const auto& p = d->element(parent);
    const QList<ElementId> siblings = children(parent);
    const QString eol = lineEndingAt(siblings.isEmpty()    ? p.start
                                     : before != NoElement ? d->element(before).start
                                                           : d->element(siblings.last()).start);
    if (!siblings.isEmpty()) {
        const ElementId reference = before != NoElement ? before : siblings.last();
        const int refStart = d->element(reference).start;
        const int refEnd = d->element(reference).end;
        const auto indent = indentBefore(source, refStart);
        if (!indent) // siblings share a line: put it right next to them
            return applied(*this, {before != NoElement ? refStart : refEnd, {}, elementXml});
        const QString body = indented(elementXml, *indent, eol);
        if (before != NoElement)
            return applied(*this, {lineStartOf(source, refStart), {}, *indent + body + eol});
        return applied(*this, {afterLine(source, refEnd, p.contentEnd), {}, eol + *indent + body});
    }
    const QString parentIndent = indentBefore(source, p.start).value_or(QString());
    const QString childIndent = parentIndent + indentUnit();
    const QString body = indented(elementXml, childIndent, eol);
    if (p.selfClosing)
        return applied(*this, {p.end - 2, QStringLiteral("/>"),
                               QStringLiteral(">") + eol + childIndent + body + eol + parentIndent +
                                   QStringLiteral("</") + name(parent) + u'>'});
    const QString content = d->text.mid(p.contentStart, p.contentEnd - p.contentStart);
    if (content.trimmed().isEmpty())
        return applied(*this,
                       {p.contentStart, content, eol + childIndent + body + eol + parentIndent});
    if (indentBefore(source, p.contentEnd))
        return applied(*this, {lineStartOf(source, p.contentEnd), {}, childIndent + body + eol});
    return applied(*this, {p.contentEnd, {}, eol + childIndent + body + eol + parentIndent});
}

TextSplice DomainDocument::removeElement(ElementId id) {
    if (!d->isValid(id) || id == root())
        return {};
    const QStringView source(d->text);
    const auto& e = d->element(id);
    const int lineStart = lineStartOf(source, e.start);
    int after = e.end;
    while (after < source.size() && (source[after] == u' ' || source[after] == u'\t'))
        ++after;
    const bool lineEndsAfter = after == source.size() || isLineBreak(source[after]);
    if (!indentBefore(source, e.start) || !lineEndsAfter)
        return applied(*this, {e.start, d->text.mid(e.start, e.end - e.start), {}});
    const int end = after == source.size()                  ? after
                    : source.mid(after).startsWith(u"\r\n") ? after + 2
                                                            : after + 1;
    return applied(*this, {lineStart, d->text.mid(lineStart, end - lineStart), {}});
}

TextSplice DomainDocument::setAttribute(ElementId id, const QString& name, const QString& value) {
    if (!d->isValid(id))
        return {};
    const auto& e = d->element(id);
    if (const auto* span = d->findAttribute(id, name)) {
        const int start = e.start + span->valueOffset;
        return applied(*this, {start, d->text.mid(start, span->valueLength),
                               detail::escapeAttributeValue(value, span->quote)});
    }
    QChar quote = u'\'';
    int insertAt = e.start + 1 + e.nameLength;
    if (e.attributeCount > 0) {
        const auto& last = d->index.attributes[size_t(e.attributeBegin + e.attributeCount - 1)];
        quote = last.quote;
        insertAt = e.start + last.valueOffset + last.valueLength + 1;
    } else if (!d->index.attributes.empty()) {
        quote = d->index.attributes.front().quote;
    }
    return applied(
        *this, {insertAt,
                {},
                u' ' + name + u'=' + quote + detail::escapeAttributeValue(value, quote) + quote});
}

TextSplice DomainDocument::removeAttribute(ElementId id, const QString& name) {
    if (!d->isValid(id))
        return {};
    const auto* span = d->findAttribute(id, name);
    if (!span)
        return {};
    const int start = d->element(id).start;
    int from = start + span->nameOffset;
    while (from > start && d->text[from - 1].isSpace())
        --from;
    const int to = start + span->valueOffset + span->valueLength + 1;
    return applied(*this, {from, d->text.mid(from, to - from), {}});
}

} // namespace pcitopo
