// Byte offsets of the UTF-8 scanner turned into the UTF-16 offsets the document's index keeps,
// and byte-accurate source locations (lines end at LF, CRLF or a lone CR).
#include "utf16offsets.h"

#include <algorithm>
#include <vector>

namespace pcitopo::detail {

namespace {

// UTF-16 units of the bytes [from, to): one per character, two for a 4-byte one.
int utf16Units(std::string_view s, size_t from, size_t to) {
    int units = 0;
    for (size_t j = from; j < to; ++j) {
        const unsigned char c = static_cast<unsigned char>(s[j]);
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

} // namespace

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
