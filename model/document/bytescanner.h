#pragma once

// Internal to model/document: the reader behind DomainDocument. One pass over the UTF-8 bytes
// checks that they are well-formed XML (issue #15: no QXmlStreamReader, no UTF-16 lexer) and
// records where every element and attribute sits. It refuses what is unsafe to read (entity
// declarations, undeclared entities) and stops at the depth cap, so its time and memory are
// linear in the input whatever the input is (issue #7).

#include "xmlscanner.h"

#include <string_view>

namespace pcitopo::detail {

enum class ScanMode {
    Document, // a whole document: prolog, exactly one root element, trailing misc
    Fragment, // element content: any elements, text, comments, CDATA, PIs
};

// Checks that `bytes` are well-formed in `mode` and appends their elements to `out` in preorder,
// offsets in UTF-16 units of the decoded text (what DomainDocument's QString holds). The
// failure's offset is in bytes. Ids, parents, subtreeEnd and attributeBegin are local (top-level
// elements have parent NoElement, depth 0). A Document's root must be <domain>.
// `reportedBase`: added to the byte offset an encoding error quotes (a stripped byte order mark).
std::optional<ScanFailure> indexUtf8(std::string_view bytes, ScanMode mode, int maxDepth,
                                     ElementIndex& out, qsizetype reportedBase = 0);

// Line and column (1-based, the column in bytes from the line's start) of a byte offset. Lines
// end at LF, CRLF or a lone CR.
SourceLocation byteLocation(std::string_view bytes, qsizetype offset);

// Converts a byte offset of `bytes` into a UTF-16 offset of its decoded text.
int utf16Offset(std::string_view bytes, int byteOffset);

} // namespace pcitopo::detail
