#include "bytescanner.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_set>

namespace pcitopo::detail {

namespace {

using uchar8 = unsigned char;

enum CharClass : uchar8 { NameStart = 1, NameChar = 2, Space = 4, TextStop = 8, ValueStop = 16 };

constexpr std::array<uchar8, 128> asciiClasses() {
    std::array<uchar8, 128> table{};
    for (int c = 'a'; c <= 'z'; ++c)
        table[size_t(c)] = NameStart | NameChar;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[size_t(c)] = NameStart | NameChar;
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = NameChar;
    table['_'] = table[':'] = NameStart | NameChar;
    table['-'] = table['.'] = NameChar;
    table[' '] = table['\t'] = table['\n'] = table['\r'] = Space;
    table['<'] = table['&'] = table[']'] = TextStop;
    table['<'] |= ValueStop;
    table['&'] |= ValueStop;
    table['\''] = table['"'] = ValueStop;
    return table;
}
constexpr std::array<uchar8, 128> ascii = asciiClasses();

bool isSpace(char c) {
    return uchar8(c) < 128 && (ascii[uchar8(c)] & Space);
}

// XML 1.0 (fifth edition) NameStartChar and NameChar beyond ASCII.
bool isNameStartCodePoint(char32_t c) {
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
           (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) ||
           (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
           (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0xEFFFF);
}
bool isNameCodePoint(char32_t c) {
    return isNameStartCodePoint(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
           (c >= 0x203F && c <= 0x2040);
}

bool isXmlCharacter(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

int sequenceLength(uchar8 lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// The code point at `p` (valid UTF-8, checked before) and its length in bytes.
char32_t decode(const char* p, int& length) {
    const auto b = [p](int k) { return char32_t(uchar8(p[k])); };
    length = sequenceLength(uchar8(p[0]));
    switch (length) {
    case 1:
        return b(0);
    case 2:
        return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3:
        return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default:
        return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    }
}

// Length of the valid UTF-8 sequence at `i`, 0 when it is not one (overlong, surrogate, > U+10FFFF,
// truncated).
int validSequenceLength(std::string_view s, qsizetype i) {
    const auto at = [&](qsizetype k) { return i + k < qsizetype(s.size()) ? uchar8(s[i + k]) : 0; };
    const uchar8 lead = at(0);
    const auto continuation = [&](qsizetype k, uchar8 low = 0x80, uchar8 high = 0xBF) {
        return at(k) >= low && at(k) <= high;
    };
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const uchar8 low = lead == 0xE0 ? 0xA0 : 0x80;
        const uchar8 high = lead == 0xED ? 0x9F : 0xBF;
        return continuation(1, low, high) && continuation(2) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const uchar8 low = lead == 0xF0 ? 0x90 : 0x80;
        const uchar8 high = lead == 0xF4 ? 0x8F : 0xBF;
        return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

// Eight bytes, all ASCII and none a control character (or tab, LF, CR): nothing to check.
bool plainAscii(const char* p) {
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    constexpr quint64 high = 0x8080808080808080ULL;
    constexpr quint64 spaces = 0x2020202020202020ULL;
    return (word & high) == 0 && ((word - spaces) & ~word & high) == 0;
}

// The first byte that is not valid UTF-8 or not an XML character. Sets `nonAscii` when a byte
// beyond ASCII occurs (the offsets then need converting to UTF-16).
std::optional<ScanFailure> checkCharacters(std::string_view s, bool& nonAscii,
                                           qsizetype reportedBase) {
    const qsizetype n = qsizetype(s.size());
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n && plainAscii(s.data() + i)) {
            i += 8;
            continue;
        }
        const uchar8 c = uchar8(s[i]);
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return ScanFailure{
                    int(i), QStringLiteral("the control character U+%1 is not allowed in XML")
                                .arg(int(c), 4, 16, QLatin1Char('0'))};
            ++i;
            continue;
        }
        nonAscii = true;
        const int length = validSequenceLength(s, i);
        if (length == 0)
            return ScanFailure{int(i), QStringLiteral("not valid UTF-8 (byte 0x%1 at offset %2)")
                                           .arg(int(c), 2, 16, QLatin1Char('0'))
                                           .arg(reportedBase + i)};
        if (c == 0xEF && uchar8(s[i + 1]) == 0xBF && uchar8(s[i + 2]) >= 0xBE)
            return ScanFailure{int(i), QStringLiteral("the character U+%1 is not allowed in XML")
                                           .arg(uchar8(s[i + 2]) == 0xBE ? "FFFE" : "FFFF")};
        i += length;
    }
    return std::nullopt;
}

QString latin1(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A refusal is one printable line, though it may quote the input: a control character it quotes
// (a newline inside an unclosed value) shows as U+000A.
QString printable(const QString& message) {
    QString out;
    out.reserve(message.size());
    for (const QChar c : message) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

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

// UTF-16 units of the bytes [from, to): one per character, two for a 4-byte one.
int utf16Units(std::string_view s, size_t from, size_t to) {
    int units = 0;
    for (size_t j = from; j < to; ++j) {
        const uchar8 c = uchar8(s[j]);
        if ((c & 0xC0) != 0x80)
            units += c >= 0xF0 ? 2 : 1;
    }
    return units;
}

// Byte offsets → UTF-16 offsets, from the UTF-16 offset of every 64th byte: memory of 1/16 of
// the input whatever its characters, and at most 63 bytes counted per offset.
class OffsetMap {
public:
    explicit OffsetMap(std::string_view s) : s(s) {
        checkpoints.reserve(s.size() / step + 1);
        int units = 0;
        for (size_t j = 0; j < s.size(); j += step) {
            checkpoints.push_back(units);
            units += utf16Units(s, j, std::min(j + step, s.size()));
        }
        checkpoints.push_back(units);
    }
    int operator()(int byteOffset) const {
        const size_t k = size_t(byteOffset) / step;
        return checkpoints[k] + utf16Units(s, k * step, size_t(byteOffset));
    }

private:
    static constexpr size_t step = 64;
    std::string_view s;
    std::vector<int> checkpoints;
};

void convertToUtf16(std::string_view s, ElementIndex& index, size_t firstElement) {
    const OffsetMap map(s);
    for (size_t k = firstElement; k < index.elements.size(); ++k) {
        ElementRecord& e = index.elements[k];
        const int byteStart = e.start;
        e.start = map(byteStart);
        for (int a = 0; a < e.attributeCount; ++a) {
            AttributeSpan& span = index.attributes[size_t(e.attributeBegin + a)];
            const int nameStart = map(byteStart + span.nameOffset);
            const int valueStart = map(byteStart + span.valueOffset);
            span.nameLength = map(byteStart + span.nameOffset + span.nameLength) - nameStart;
            span.valueLength = map(byteStart + span.valueOffset + span.valueLength) - valueStart;
            span.nameOffset = nameStart - e.start;
            span.valueOffset = valueStart - e.start;
        }
        e.nameLength = map(byteStart + 1 + e.nameLength) - e.start - 1;
        e.end = map(e.end);
        e.contentStart = map(e.contentStart);
        e.contentEnd = map(e.contentEnd);
    }
}

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

SourceLocation byteLocation(std::string_view bytes, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, qsizetype(bytes.size()));
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype j = 0; j < offset; ++j) {
        const char c = bytes[size_t(j)];
        if (c == '\n' ||
            (c == '\r' && (j + 1 >= qsizetype(bytes.size()) || bytes[size_t(j + 1)] != '\n'))) {
            ++line;
            lineStart = j + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

int utf16Offset(std::string_view bytes, int byteOffset) {
    return utf16Units(bytes, 0, size_t(std::clamp(byteOffset, 0, int(bytes.size()))));
}

} // namespace pcitopo::detail
