#pragma once

// Internal to model/document: the state behind DomainDocument and the re-indexing of a splice.

#include "domaindocument.h"
#include "safewrite.h"
#include "xmlscanner.h"

#include <vector>

namespace pcitopo {

struct DomainDocument::Data {
    QString fileName;
    QString text;
    bool hasByteOrderMark = false; // stripped from text, written back by toBytes()
    LoadLimits limits;
    detail::ElementIndex index;
    mutable std::vector<int> lineStarts; // built on first use after each edit
    mutable bool lineStartsValid = false;
    // The file this document was read from or last saved to, as it was then: save() refuses to
    // overwrite that file once another program changed it. Updated by save(), which is const:
    // where the document lives on disk is not its content.
    mutable FileFingerprint onDisk;

    bool isValid(ElementId id) const { return id >= 0 && id < int(index.elements.size()); }
    const detail::ElementRecord& element(ElementId id) const { return index.elements[size_t(id)]; }
    QStringView nameView(ElementId id) const {
        const auto& e = element(id);
        return QStringView(text).mid(e.start + 1, e.nameLength);
    }
    const detail::AttributeSpan* findAttribute(ElementId id, QStringView name) const;
    void invalidateLines() { lineStartsValid = false; }
};

namespace detail {

// Builds the index of a whole document; the root must be <domain>.
std::optional<ScanFailure> buildIndex(const QString& text, int maxDepth, ElementIndex& out);

// Applies `splice` to `text` and `index`, re-reading only the smallest region it touches (the
// children of the deepest element whose content holds the splice). Leaves both unchanged and
// returns the failure when the splice does not match or the result is not well-formed.
std::optional<ScanFailure> spliceAndReindex(QString& text, ElementIndex& index,
                                            const TextSplice& splice, int maxDepth);

} // namespace detail
} // namespace pcitopo
