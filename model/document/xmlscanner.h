#pragma once

// Internal to model/document: the span index of a document (where every element and attribute
// sits in its text; built by bytescanner.h) and the escaping of character data.

#include "domaindocument.h"

#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace pcitopo::detail {

// Offsets relative to the start of the element's '<'; the value excludes its quotes.
struct AttributeSpan {
    int nameOffset = 0;
    int nameLength = 0;
    int valueOffset = 0;
    int valueLength = 0;
    QChar quote;
};

struct ElementRecord {
    int start = 0;        // offset of '<'
    int end = 0;          // offset after the closing '>'
    int contentStart = 0; // after the start tag's '>'; == end for <empty/>
    int contentEnd = 0;   // offset of "</"; == end for <empty/>
    ElementId parent = NoElement;
    int depth = 0;
    ElementId subtreeEnd = 0; // preorder id after the last descendant
    int nameLength = 0;
    int attributeBegin = 0; // into ElementIndex::attributes
    int attributeCount = 0;
    bool selfClosing = false;
};

struct ElementIndex {
    std::vector<ElementRecord> elements;
    std::vector<AttributeSpan> attributes;
};

struct ScanFailure {
    int offset = 0; // where the reader stopped, in the scanned text (bytes or UTF-16 units)
    QString message;
};

// Unescapes character data: the five predefined entities and character references.
QString unescapeXml(QStringView text);
// An attribute value as a parser reports it: unescaped, literal tabs/newlines become spaces.
QString unescapeAttributeValue(QStringView raw);
// Escapes a value for an attribute quoted with `quote`.
QString escapeAttributeValue(const QString& value, QChar quote);

} // namespace pcitopo::detail
