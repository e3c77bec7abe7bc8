#include "bytescanner.h"
#include "documentdata.h"

namespace pcitopo::detail {

namespace {

// Where a splice lands: the deepest element whose content holds it, and the run of that
// element's children (ids [oldBegin, oldEnd), text [left, right)) that must be re-read.
struct SpliceRegion {
    ElementId parent = NoElement;
    ElementId oldBegin = 0;
    ElementId oldEnd = 0;
    int left = 0;
    int right = 0;
};

bool contentHolds(const ElementRecord& e, int a, int b) {
    return !e.selfClosing && e.contentStart <= a && b <= e.contentEnd;
}

ElementId deepestHolder(const ElementIndex& index, int a, int b) {
    const auto& elements = index.elements;
    if (elements.empty() || !contentHolds(elements[0], a, b))
        return NoElement;
    ElementId holder = 0;
    bool descended = true;
    while (descended) {
        descended = false;
        const auto& h = elements[size_t(holder)];
        for (ElementId c = holder + 1; c < h.subtreeEnd; c = elements[size_t(c)].subtreeEnd) {
            const auto& child = elements[size_t(c)];
            if (child.start > b)
                break;
            if (contentHolds(child, a, b)) {
                holder = c;
                descended = true;
                break;
            }
        }
    }
    return holder;
}

SpliceRegion regionOf(const ElementIndex& index, ElementId holder, int a, int b) {
    const auto& elements = index.elements;
    const auto& h = elements[size_t(holder)];
    SpliceRegion region{holder, h.subtreeEnd, h.subtreeEnd, h.contentStart, h.contentEnd};
    bool beginFound = false;
    for (ElementId c = holder + 1; c < h.subtreeEnd; c = elements[size_t(c)].subtreeEnd) {
        const auto& child = elements[size_t(c)];
        if (child.end <= a)
            region.left = child.end;
        if (!beginFound && child.end > a) {
            region.oldBegin = c;
            beginFound = true;
        }
        if (child.start >= b) {
            region.oldEnd = c;
            region.right = child.start;
            break;
        }
    }
    return region;
}

// Moves the freshly scanned region elements into place, shifting everything after them.
void mergeRegion(ElementIndex& index, const SpliceRegion& region, ElementIndex& fresh, int delta) {
    auto& elements = index.elements;
    auto& attributes = index.attributes;
    const auto attributeIndexOf = [&](ElementId id) {
        return id < ElementId(elements.size()) ? elements[size_t(id)].attributeBegin
                                               : int(attributes.size());
    };
    const int oldAttributeBegin = attributeIndexOf(region.oldBegin);
    const int oldAttributeEnd = attributeIndexOf(region.oldEnd);
    const int countDelta = int(fresh.elements.size()) - (region.oldEnd - region.oldBegin);
    const int attributeDelta = int(fresh.attributes.size()) - (oldAttributeEnd - oldAttributeBegin);
    const int baseDepth = elements[size_t(region.parent)].depth + 1;

    for (auto& e : fresh.elements) {
        e.start += region.left;
        e.end += region.left;
        e.contentStart += region.left;
        e.contentEnd += region.left;
        e.parent = e.parent == NoElement ? region.parent : e.parent + region.oldBegin;
        e.depth += baseDepth;
        e.subtreeEnd += region.oldBegin;
        e.attributeBegin += oldAttributeBegin;
    }
    for (ElementId a = region.parent; a != NoElement; a = elements[size_t(a)].parent) {
        auto& ancestor = elements[size_t(a)];
        ancestor.end += delta;
        ancestor.contentEnd += delta;
        ancestor.subtreeEnd += countDelta;
    }
    for (size_t i = size_t(region.oldEnd); i < elements.size(); ++i) {
        auto& e = elements[i];
        e.start += delta;
        e.end += delta;
        e.contentStart += delta;
        e.contentEnd += delta;
        if (e.parent >= region.oldEnd)
            e.parent += countDelta;
        e.subtreeEnd += countDelta;
        e.attributeBegin += attributeDelta;
    }
    elements.erase(elements.begin() + region.oldBegin, elements.begin() + region.oldEnd);
    elements.insert(elements.begin() + region.oldBegin, fresh.elements.begin(),
                    fresh.elements.end());
    attributes.erase(attributes.begin() + oldAttributeBegin, attributes.begin() + oldAttributeEnd);
    attributes.insert(attributes.begin() + oldAttributeBegin, fresh.attributes.begin(),
                      fresh.attributes.end());
}

// A QString can hold what UTF-8 cannot encode (toUtf8 would turn it into U+FFFD unnoticed).
qsizetype loneSurrogate(QStringView text) {
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (text[k].isHighSurrogate() && k + 1 < text.size() && text[k + 1].isLowSurrogate())
            ++k;
        else if (text[k].isSurrogate())
            return k;
    }
    return -1;
}

std::optional<ScanFailure> reindexWhole(QString& text, ElementIndex& index,
                                        const TextSplice& splice, int maxDepth) {
    if (const qsizetype lone = loneSurrogate(splice.inserted); lone >= 0)
        return ScanFailure{splice.offset + int(lone),
                           QStringLiteral("the edit holds a lone UTF-16 surrogate")};
    QString edited = text;
    edited.replace(splice.offset, splice.removed.size(), splice.inserted);
    ElementIndex rebuilt;
    if (auto failure = buildIndex(edited, maxDepth, rebuilt))
        return failure;
    text = std::move(edited);
    index = std::move(rebuilt);
    return std::nullopt;
}

} // namespace

std::optional<ScanFailure> buildIndex(const QString& text, int maxDepth, ElementIndex& out) {
    out = {};
    const QByteArray bytes = text.toUtf8();
    const std::string_view view(bytes.constData(), size_t(bytes.size()));
    auto failure = indexUtf8(view, ScanMode::Document, maxDepth, out);
    if (failure)
        failure->offset = utf16Offset(view, failure->offset);
    return failure;
}

std::optional<ScanFailure> spliceAndReindex(QString& text, ElementIndex& index,
                                            const TextSplice& splice, int maxDepth) {
    const int a = splice.offset;
    const int b = a + int(splice.removed.size());
    if (a < 0 || b > text.size() || QStringView(text).mid(a, b - a) != splice.removed)
        return ScanFailure{qBound(0, a, int(text.size())),
                           QStringLiteral("the edit does not match the document text")};
    const ElementId holder = deepestHolder(index, a, b);
    if (holder == NoElement)
        return reindexWhole(text, index, splice, maxDepth);

    const SpliceRegion region = regionOf(index, holder, a, b);
    const QString fragment =
        text.mid(region.left, a - region.left) + splice.inserted + text.mid(b, region.right - b);
    if (const qsizetype lone = loneSurrogate(splice.inserted); lone >= 0)
        return ScanFailure{a + int(lone), QStringLiteral("the edit holds a lone UTF-16 surrogate")};
    const int depthLeft = maxDepth - (index.elements[size_t(holder)].depth + 1);
    const QByteArray bytes = fragment.toUtf8();
    const std::string_view view(bytes.constData(), size_t(bytes.size()));
    ElementIndex fresh;
    if (auto failure = indexUtf8(view, ScanMode::Fragment, depthLeft, fresh)) {
        failure->offset = region.left + utf16Offset(view, failure->offset);
        return failure;
    }
    const int delta = int(splice.inserted.size()) - (b - a);
    mergeRegion(index, region, fresh, delta);
    text.replace(a, b - a, splice.inserted);
    return std::nullopt;
}

} // namespace pcitopo::detail
