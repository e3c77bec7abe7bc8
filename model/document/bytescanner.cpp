#include "bytescanner.h"
#include "utf16offsets.h"
#include "xmlcharacters.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_set>

namespace pcitopo::detail {

namespace {
class Scanner {
public:
    Scanner(std::string_view bytes, ScanMode mode, int maxDepth, ElementIndex& out)
        : s(bytes), p(bytes.data()), n(int(bytes.size())), mode(mode), maxDepth(maxDepth),
          out(out) {}

    std::optional<ScanFailure> run() {
        while (i < n && !failure) {
            if (p[i] == '<')
                markup();
            else
                text();
        }
        if (!failure && !open.empty())
            fail(n, QStringLiteral("the document ends before <%1> (line %2) is closed")
                        .arg(nameOf(open.back()))
                        .arg(byteLocation(s, out.elements[size_t(open.back())].start).line));
        if (!failure && mode == ScanMode::Document && !rootClosed)
            fail(n, QStringLiteral("no root element"));
        return failure;
    }

private:
    std::string_view s;
    const char* p;
    int n;
    ScanMode mode;
    int maxDepth;
    ElementIndex& out;
    int i = 0;
    std::vector<ElementId> open;
    bool rootSeen = false;
    bool rootClosed = false;
    std::optional<ScanFailure> failure;
    std::unordered_set<std::string_view> attributeNames; // only for tags with many attributes

    void fail(int offset, const QString& message) {
        if (!failure)
            failure = ScanFailure{offset, printable(message)};
    }
    bool startsWith(int at, std::string_view prefix) const {
        return s.substr(size_t(at), prefix.size()) == prefix;
    }
    int find(std::string_view needle, int from) const {
        const size_t at = s.find(needle, size_t(from));
        return at == std::string_view::npos ? -1 : int(at);
    }
    int skipSpaces(int j) const {
        while (j < n && isSpace(p[j]))
            ++j;
        return j;
    }
    QString nameOf(ElementId id) const {
        const auto& e = out.elements[size_t(id)];
        return latin1(s.substr(size_t(e.start + 1), size_t(e.nameLength)));
    }
    bool outsideRoot() const { return mode == ScanMode::Document && open.empty(); }

    // End of the name starting at `at`, or -1 when no name starts there.
    int nameEnd(int at) const {
        int j = at;
        bool first = true;
        while (j < n) {
            const uchar8 c = uchar8(p[j]);
            const uchar8 wanted = first ? NameStart : NameChar;
            if (c < 0x80) {
                if (!(ascii[c] & wanted))
                    break;
                ++j;
            } else {
                int length = 0;
                const char32_t code = decode(p + j, length);
                if (!(first ? isNameStartCodePoint(code) : isNameCodePoint(code)))
                    break;
                j += length;
            }
            first = false;
        }
        return first ? -1 : j;
    }

    void text() {
        if (outsideRoot()) {
            while (i < n && isSpace(p[i]))
                ++i;
            if (i < n && p[i] != '<')
                fail(i, rootSeen ? QStringLiteral("text after the root element")
                                 : QStringLiteral("text before the root element"));
            return;
        }
        while (i < n) {
            const uchar8 c = uchar8(p[i]);
            if (c >= 0x80 || !(ascii[c] & TextStop)) {
                ++i;
                continue;
            }
            if (c == '<')
                return;
            if (c == '&') {
                if (!reference())
                    return;
                continue;
            }
            if (startsWith(i, "]]>"))
                return fail(i, QStringLiteral("']]>' is not allowed in text"));
            ++i;
        }
    }

    // A reference at `i` ('&'): the five predefined entities or a character reference.
    bool reference() {
        const int amp = i;
        int j = amp + 1;
        if (j < n && p[j] == '#')
            return characterReference(amp);
        const int end = nameEnd(j);
        if (end < 0 || end >= n || p[end] != ';') {
            fail(amp, QStringLiteral("'&' starts no reference (a literal '&' is written '&amp;')"));
            return false;
        }
        const std::string_view name = s.substr(size_t(j), size_t(end - j));
        if (name != "lt" && name != "gt" && name != "amp" && name != "apos" && name != "quot") {
            fail(amp,
                 QStringLiteral("reference to the undeclared entity '&%1;'").arg(latin1(name)));
            return false;
        }
        i = end + 1;
        return true;
    }

    bool characterReference(int amp) {
        const bool hex = amp + 2 < n && p[amp + 2] == 'x';
        int j = amp + (hex ? 3 : 2);
        const int digitsStart = j;
        char32_t value = 0;
        for (; j < n; ++j) {
            const char c = p[j];
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                break;
            value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
        }
        if (j == digitsStart || j >= n || p[j] != ';') {
            fail(amp, QStringLiteral("malformed character reference (expected '&#DIGITS;' or "
                                     "'&#xHEX;')"));
            return false;
        }
        if (!isXmlCharacter(value)) {
            fail(amp, QStringLiteral("the character reference '%1' is not a character allowed "
                                     "in XML")
                          .arg(latin1(s.substr(size_t(amp), size_t(j + 1 - amp)))));
            return false;
        }
        i = j + 1;
        return true;
    }

    void markup() {
        if (startsWith(i, "</"))
            return endTag();
        if (startsWith(i, "<?"))
            return processingInstruction();
        if (startsWith(i, "<!--"))
            return comment();
        if (startsWith(i, "<![CDATA[")) {
            if (outsideRoot())
                return fail(i, QStringLiteral("a CDATA section outside the root element"));
            const int end = find("]]>", i + 9);
            if (end < 0)
                return fail(n, QStringLiteral("the CDATA section is not closed (']]>' missing)"));
            i = end + 3;
            return;
        }
        if (startsWith(i, "<!DOCTYPE"))
            return doctype();
        if (startsWith(i, "<!"))
            return fail(i, QStringLiteral("unexpected '<!' (not a comment, CDATA section or "
                                          "DOCTYPE)"));
        startTag();
    }

    void comment() {
        const int end = find("--", i + 4);
        if (end < 0)
            return fail(n, QStringLiteral("the comment is not closed ('-->' missing)"));
        if (end + 2 >= n || p[end + 2] != '>')
            return fail(end, QStringLiteral("'--' is not allowed inside a comment"));
        i = end + 3;
    }

    void processingInstruction() {
        const int lt = i;
        const int targetEnd = nameEnd(lt + 2);
        if (targetEnd < 0)
            return fail(lt + 2, QStringLiteral("expected a processing instruction target after "
                                               "'<?'"));
        const std::string_view target = s.substr(size_t(lt + 2), size_t(targetEnd - lt - 2));
        const bool xml = target.size() == 3 && (target[0] | 0x20) == 'x' &&
                         (target[1] | 0x20) == 'm' && (target[2] | 0x20) == 'l';
        if (xml && (lt != 0 || target != "xml" || mode != ScanMode::Document))
            return fail(lt, QStringLiteral("an XML declaration ('<?xml') is allowed only at the "
                                           "very start of the document"));
        const int end = find("?>", targetEnd);
        if (end < 0)
            return fail(n, QStringLiteral("the processing instruction is not closed ('?>' "
                                          "missing)"));
        if (end != targetEnd && !isSpace(p[targetEnd]))
            return fail(targetEnd, QStringLiteral("expected a space after the processing "
                                                  "instruction's target"));
        if (xml && !xmlDeclaration(targetEnd, end))
            return;
        i = end + 2;
    }

    // The pseudo-attributes of <?xml ...?> in [from, end): version, then encoding and
    // standalone, in that order. pcitopo reads UTF-8 only.
    bool xmlDeclaration(int from, int end) {
        static constexpr std::string_view names[] = {"version", "encoding", "standalone"};
        int j = from;
        size_t next = 0;
        bool sawVersion = false;
        while (true) {
            const int spaced = skipSpaces(j);
            if (spaced >= end)
                break;
            const int keyEnd = nameEnd(spaced);
            if (spaced == j || keyEnd < 0) {
                fail(spaced, QStringLiteral("malformed XML declaration"));
                return false;
            }
            const std::string_view key = s.substr(size_t(spaced), size_t(keyEnd - spaced));
            while (next < std::size(names) && names[next] != key)
                ++next;
            int k = skipSpaces(keyEnd);
            if (next == std::size(names) || k >= end || p[k] != '=') {
                fail(spaced, QStringLiteral("malformed XML declaration at '%1'").arg(latin1(key)));
                return false;
            }
            k = skipSpaces(k + 1);
            const char quote = k < end ? p[k] : 0;
            const int close =
                quote == '"' || quote == '\'' ? find(std::string_view(&quote, 1), k + 1) : -1;
            if (close < 0 || close >= end) {
                fail(k, QStringLiteral("malformed XML declaration: expected a quoted value"));
                return false;
            }
            if (!declarationValueAllowed(key, s.substr(size_t(k + 1), size_t(close - k - 1)), k))
                return false;
            sawVersion = sawVersion || key == "version";
            ++next;
            j = close + 1;
        }
        if (!sawVersion)
            fail(from, QStringLiteral("the XML declaration has no version"));
        return sawVersion;
    }

    bool declarationValueAllowed(std::string_view key, std::string_view value, int at) {
        const auto lower = [](std::string_view v) {
            std::string l(v);
            for (char& c : l)
                c = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
            return l;
        };
        bool ok = true;
        if (key == "version")
            ok = value.size() >= 3 && value.substr(0, 2) == "1." &&
                 std::all_of(value.begin() + 2, value.end(),
                             [](char c) { return c >= '0' && c <= '9'; });
        else if (key == "standalone")
            ok = value == "yes" || value == "no";
        else if (key == "encoding")
            ok = lower(value) == "utf-8" || lower(value) == "utf8" || lower(value) == "us-ascii" ||
                 lower(value) == "ascii" || (onlyAscii && !value.empty());
        if (!ok)
            fail(at, key == "encoding"
                         ? QStringLiteral("the XML declaration says encoding '%1'; pcitopo reads "
                                          "UTF-8 only")
                               .arg(latin1(value))
                         : QStringLiteral("the XML declaration's %1 '%2' is not allowed")
                               .arg(latin1(key), latin1(value)));
        return ok;
    }

public:
    bool onlyAscii = true; // an ASCII file reads the same in any declared ASCII-based encoding

private:
    void doctype() {
        const int lt = i;
        if (mode != ScanMode::Document || rootSeen || sawDoctype)
            return fail(lt, QStringLiteral("a DOCTYPE is allowed only once, before the root "
                                           "element"));
        sawDoctype = true;
        const int nameStart = skipSpaces(lt + 9);
        if (nameStart == lt + 9 || nameEnd(nameStart) < 0)
            return fail(nameStart, QStringLiteral("expected the root element's name after "
                                                  "'<!DOCTYPE'"));
        int j = externalId(nameEnd(nameStart));
        if (j < 0)
            return;
        j = skipSpaces(j);
        if (j < n && p[j] == '[') {
            j = internalSubset(lt, j + 1);
            if (j < 0)
                return;
            j = skipSpaces(j);
        }
        if (j >= n || p[j] != '>')
            return fail(j, QStringLiteral("malformed DOCTYPE: expected '>'"));
        i = j + 1;
    }

    // [S ('SYSTEM' S literal | 'PUBLIC' S literal S literal)] from `j`: the offset after it,
    // -1 on failure.
    int externalId(int j) {
        const int keyword = skipSpaces(j);
        const bool system = startsWith(keyword, "SYSTEM");
        if (keyword == j || (!system && !startsWith(keyword, "PUBLIC")))
            return j;
        int k = quotedLiteral(keyword + 6);
        if (k >= 0 && !system)
            k = quotedLiteral(k);
        return k;
    }

    // S quoted-literal from `j`: the offset after its closing quote, -1 on failure.
    int quotedLiteral(int j) {
        const int k = skipSpaces(j);
        const char quote = k < n ? p[k] : 0;
        const int close = k > j && (quote == '"' || quote == '\'')
                              ? find(std::string_view(&quote, 1), k + 1)
                              : -1;
        if (close < 0)
            fail(k, QStringLiteral("malformed DOCTYPE: expected a quoted identifier"));
        return close < 0 ? -1 : close + 1;
    }

    // Skips the internal subset from `j` (after '['), comments and quoted strings included;
    // returns the offset after its ']', -1 on failure. Entity declarations are refused.
    int internalSubset(int lt, int j) {
        char quote = 0;
        for (; j < n; ++j) {
            const char c = p[j];
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<' && startsWith(j, "<!--")) {
                const int end = find("-->", j + 4);
                j = end < 0 ? n : end + 2;
            } else if (c == '<' && startsWith(j, "<!ENTITY")) {
                fail(lt, QStringLiteral("the DOCTYPE declares entities; entity declarations are "
                                        "refused (entity expansion and external entities are "
                                        "unsafe)"));
                return -1;
            } else if (c == ']') {
                return j + 1;
            }
        }
        fail(n, QStringLiteral("the DOCTYPE is not closed"));
        return -1;
    }
    bool sawDoctype = false;

    void startTag() {
        const int lt = i;
        const int nameStop = nameEnd(lt + 1);
        if (nameStop < 0)
            return fail(lt + 1, QStringLiteral("expected an element name after '<'"));
        if (mode == ScanMode::Document && rootClosed)
            return fail(lt, QStringLiteral("a second root element <%1> (a document has one)")
                                .arg(latin1(s.substr(size_t(lt + 1), size_t(nameStop - lt - 1)))));
        if (int(open.size()) >= maxDepth)
            return fail(
                lt, QStringLiteral("elements nest deeper than %1 levels; refused").arg(maxDepth));
        ElementRecord element;
        element.start = lt;
        element.nameLength = nameStop - lt - 1;
        element.parent = open.empty() ? NoElement : open.back();
        element.depth = int(open.size());
        element.attributeBegin = int(out.attributes.size());
        const auto id = ElementId(out.elements.size());
        out.elements.push_back(element);
        rootSeen = true;
        int j = nameStop;
        bool selfClosing = false;
        while (true) {
            const int spaced = skipSpaces(j);
            if (spaced >= n)
                return fail(
                    n, QStringLiteral("the document ends inside the tag <%1>").arg(nameOf(id)));
            if (p[spaced] == '>') {
                i = spaced + 1;
                break;
            }
            if (p[spaced] == '/') {
                if (spaced + 1 >= n || p[spaced + 1] != '>')
                    return fail(
                        spaced + 1,
                        QStringLiteral("expected '>' after '/' in the tag <%1>").arg(nameOf(id)));
                i = spaced + 2;
                selfClosing = true;
                break;
            }
            if (spaced == j)
                return fail(spaced, QStringLiteral("expected a space, '>' or '/>' in the tag <%1>")
                                        .arg(nameOf(id)));
            j = attribute(id, spaced);
            if (j < 0)
                return;
        }
        ElementRecord& e = out.elements[size_t(id)];
        if (selfClosing) {
            e.selfClosing = true;
            e.contentStart = e.contentEnd = e.end = i;
            e.subtreeEnd = id + 1;
            if (mode == ScanMode::Document && open.empty())
                rootClosed = true;
        } else {
            e.contentStart = i;
            open.push_back(id);
        }
    }

    // One attribute starting at `at`; returns the offset after its closing quote, -1 on failure.
    int attribute(ElementId id, int at) {
        const int stop = nameEnd(at);
        if (stop < 0) {
            fail(at, QStringLiteral("unexpected '%1' in the tag <%2>")
                         .arg(latin1(s.substr(size_t(at), size_t(sequenceLength(uchar8(p[at]))))),
                              nameOf(id)));
            return -1;
        }
        int k = skipSpaces(stop);
        if (k >= n || p[k] != '=') {
            fail(k, QStringLiteral("expected '=' after the attribute name '%1'")
                        .arg(latin1(s.substr(size_t(at), size_t(stop - at)))));
            return -1;
        }
        k = skipSpaces(k + 1);
        if (k >= n || (p[k] != '"' && p[k] != '\'')) {
            fail(k, QStringLiteral("expected a quoted value for the attribute '%1'")
                        .arg(latin1(s.substr(size_t(at), size_t(stop - at)))));
            return -1;
        }
        const char quote = p[k];
        i = k + 1;
        while (i < n) {
            const uchar8 c = uchar8(p[i]);
            if (c >= 0x80 || !(ascii[c] & ValueStop)) {
                ++i;
                continue;
            }
            if (c == uchar8(quote))
                break;
            if (c == '<') {
                fail(i, QStringLiteral("'<' is not allowed in an attribute value (write '&lt;')"));
                return -1;
            }
            if (c == '&') {
                if (!reference())
                    return -1;
            } else {
                ++i; // the other quote
            }
        }
        if (i >= n) {
            fail(k, QStringLiteral("the value of the attribute '%1' is not closed")
                        .arg(latin1(s.substr(size_t(at), size_t(stop - at)))));
            return -1;
        }
        ElementRecord& e = out.elements[size_t(id)];
        AttributeSpan span;
        span.nameOffset = at - e.start;
        span.nameLength = stop - at;
        span.valueOffset = k + 1 - e.start;
        span.valueLength = i - k - 1;
        span.quote = QChar(quote);
        if (isDuplicate(e, span)) {
            fail(at, QStringLiteral("the attribute '%1' appears twice in the tag <%2>")
                         .arg(latin1(s.substr(size_t(at), size_t(stop - at))), nameOf(id)));
            return -1;
        }
        out.attributes.push_back(span);
        ++e.attributeCount;
        return i + 1;
    }

    bool isDuplicate(const ElementRecord& e, const AttributeSpan& span) {
        const std::string_view name =
            s.substr(size_t(e.start + span.nameOffset), size_t(span.nameLength));
        constexpr int linearUpTo = 16; // beyond, a set keeps a hostile tag linear
        const auto nameAt = [&](int k) {
            const auto& other = out.attributes[size_t(e.attributeBegin + k)];
            return s.substr(size_t(e.start + other.nameOffset), size_t(other.nameLength));
        };
        if (e.attributeCount < linearUpTo) {
            for (int k = 0; k < e.attributeCount; ++k) {
                if (nameAt(k) == name)
                    return true;
            }
            return false;
        }
        if (e.attributeCount == linearUpTo) {
            attributeNames.clear();
            for (int k = 0; k < e.attributeCount; ++k)
                attributeNames.insert(nameAt(k));
        }
        return !attributeNames.insert(name).second;
    }

    void endTag() {
        const int lt = i;
        const int stop = nameEnd(lt + 2);
        if (stop < 0)
            return fail(lt + 2, QStringLiteral("expected an element name after '</'"));
        const std::string_view name = s.substr(size_t(lt + 2), size_t(stop - lt - 2));
        const int gt = skipSpaces(stop);
        if (gt >= n || p[gt] != '>')
            return fail(gt, QStringLiteral("expected '>' to end the tag </%1>").arg(latin1(name)));
        if (open.empty())
            return fail(
                lt, QStringLiteral("the end tag </%1> closes no open element").arg(latin1(name)));
        ElementRecord& e = out.elements[size_t(open.back())];
        if (s.substr(size_t(e.start + 1), size_t(e.nameLength)) != name)
            return fail(lt, QStringLiteral("the end tag </%1> does not match the start tag <%2> "
                                           "(line %3)")
                                .arg(latin1(name), nameOf(open.back()))
                                .arg(byteLocation(s, e.start).line));
        e.contentEnd = lt;
        e.end = gt + 1;
        e.subtreeEnd = ElementId(out.elements.size());
        open.pop_back();
        if (mode == ScanMode::Document && open.empty())
            rootClosed = true;
        i = gt + 1;
    }
};

} // namespace

std::optional<ScanFailure> indexUtf8(std::string_view bytes, ScanMode mode, int maxDepth,
                                     ElementIndex& out, qsizetype reportedBase) {
    bool nonAscii = false;
    if (auto failure = checkCharacters(bytes, nonAscii, reportedBase))
        return failure;
    const size_t firstElement = out.elements.size();
    const size_t firstAttribute = out.attributes.size();
    // Typical libvirt XML has an element per 50 bytes and an attribute per 25: one allocation
    // instead of a dozen growths (and their copies) on a large file.
    out.elements.reserve(firstElement + bytes.size() / 64);
    out.attributes.reserve(firstAttribute + bytes.size() / 32);
    Scanner scanner(bytes, mode, maxDepth, out);
    scanner.onlyAscii = !nonAscii;
    if (auto failure = scanner.run())
        return failure;
    if (mode == ScanMode::Document) {
        const ElementRecord& root = out.elements[firstElement];
        const std::string_view rootName =
            bytes.substr(size_t(root.start + 1), size_t(root.nameLength));
        if (rootName != "domain")
            return ScanFailure{root.start,
                               QStringLiteral("the root element is <%1>, not <domain>: this is "
                                              "not a libvirt domain XML")
                                   .arg(latin1(rootName))};
    }
    if (nonAscii)
        convertToUtf16(bytes, out, firstElement);
    return std::nullopt;
}

} // namespace pcitopo::detail
