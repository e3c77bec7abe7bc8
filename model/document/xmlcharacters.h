#pragma once

// The byte scanner's character level: ASCII classes, XML 1.0 name and character ranges, UTF-8
// decoding and validation, and the printable form of a refusal. Inline: the scanner's inner
// loops call them per byte.

#include "bytescanner.h"

#include <QString>
#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string_view>

namespace pcitopo::detail {

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
inline constexpr std::array<uchar8, 128> ascii = asciiClasses();

inline bool isSpace(char c) {
    return uchar8(c) < 128 && (ascii[uchar8(c)] & Space);
}

// XML 1.0 (fifth edition) NameStartChar and NameChar beyond ASCII.
inline bool isNameStartCodePoint(char32_t c) {
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
           (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) ||
           (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
           (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0xEFFFF);
}
inline bool isNameCodePoint(char32_t c) {
    return isNameStartCodePoint(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
           (c >= 0x203F && c <= 0x2040);
}

inline bool isXmlCharacter(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

inline int sequenceLength(uchar8 lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// The code point at `p` (valid UTF-8, checked before) and its length in bytes.
inline char32_t decode(const char* p, int& length) {
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
inline int validSequenceLength(std::string_view s, qsizetype i) {
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
inline bool plainAscii(const char* p) {
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    constexpr quint64 high = 0x8080808080808080ULL;
    constexpr quint64 spaces = 0x2020202020202020ULL;
    return (word & high) == 0 && ((word - spaces) & ~word & high) == 0;
}

// The first byte that is not valid UTF-8 or not an XML character. Sets `nonAscii` when a byte
// beyond ASCII occurs (the offsets then need converting to UTF-16).
inline std::optional<ScanFailure> checkCharacters(std::string_view s, bool& nonAscii,
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

inline QString latin1(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A refusal is one printable line, though it may quote the input: a control character it quotes
// (a newline inside an unclosed value) shows as U+000A.
inline QString printable(const QString& message) {
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

} // namespace pcitopo::detail
