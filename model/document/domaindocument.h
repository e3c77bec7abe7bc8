#pragma once

#include "pciaddress.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace pcitopo {

struct SourceLocation {
    int line = 0;   // 1-based; a line ends at LF, CRLF or a lone CR
    int column = 0; // 1-based, in bytes of the UTF-8 file from the line's start
};

// Where and why a document could not be read: "FILE:LINE:COL: MESSAGE".
struct DocumentError {
    QString file;
    SourceLocation location;
    QString message;
    QString toString() const;
};

// Hostile-input bounds: refused before any work is done beyond them.
struct LoadLimits {
    qint64 maxBytes = 32 * 1024 * 1024;
    int maxDepth = 256;
};

// One minimal text edit: replace `removed` at `offset` (in text() units) with `inserted`.
// Undo applies inverted(). Every document edit is one or more splices; nothing else changes text.
struct TextSplice {
    int offset = 0;
    QString removed;
    QString inserted;
    TextSplice inverted() const { return {offset, inserted, removed}; }
    bool isNoop() const { return removed == inserted; }
    // The one splice that turns `before` into `after`: their common prefix and suffix left out.
    static TextSplice between(const QString& before, const QString& after);
};

// Index of an element in document order (the root is 0). Valid until the next edit.
using ElementId = int;
inline constexpr ElementId NoElement = -1;

// A libvirt domain XML document that is lossless: toBytes() of an unchanged document is exactly
// the loaded bytes. It keeps the original text and, for every element and attribute, where it
// sits in that text; edits are minimal splices followed by a re-read of the element index.
class DomainDocument {
public:
    DomainDocument();
    ~DomainDocument();
    DomainDocument(const DomainDocument&);
    DomainDocument& operator=(const DomainDocument&);
    DomainDocument(DomainDocument&&) noexcept;
    DomainDocument& operator=(DomainDocument&&) noexcept;

    static std::optional<DomainDocument> fromBytes(const QByteArray& bytes, const QString& fileName,
                                                   DocumentError* error,
                                                   const LoadLimits& limits = {});
    static std::optional<DomainDocument> fromFile(const QString& path, DocumentError* error,
                                                  const LoadLimits& limits = {});

    QString fileName() const;
    void setFileName(const QString& fileName);
    const QString& text() const;
    QByteArray toBytes() const;
    // How save() treats a file that another program changed since this document read it from
    // there or last saved it there (an editor, `virsh edit`, a second pcitopo).
    enum class SaveMode {
        RefuseChangedFile, // refuse with a clear error and leave that file as it is (default)
        Overwrite,         // replace it anyway (the user said so)
    };
    // Atomic (QSaveFile); an existing file keeps its permissions; a failure leaves it untouched.
    bool save(const QString& path, QString* error,
              SaveMode mode = SaveMode::RefuseChangedFile) const;

    // --- the element tree -------------------------------------------------------------------
    ElementId root() const { return 0; }
    int elementCount() const;
    ElementId parent(ElementId id) const;
    QList<ElementId> children(ElementId id) const;
    QList<ElementId> children(ElementId id, QStringView name) const;
    ElementId firstChild(ElementId id, QStringView name) const; // NoElement if none
    int depth(ElementId id) const;
    QString name(ElementId id) const; // qualified name as written, e.g. "qemu:commandline"
    bool hasAttribute(ElementId id, QStringView name) const;
    QString attribute(ElementId id, QStringView name) const; // unescaped; empty when absent
    QList<std::pair<QString, QString>> attributes(ElementId id) const; // in source order
    QString text(ElementId id) const;            // its own character data, unescaped, trimmed
    SourceLocation location(ElementId id) const; // of its '<'
    SourceLocation attributeLocation(ElementId id, QStringView name) const; // of the name
    SourceLocation locationOfOffset(int offset) const;
    // Offsets into text(): [start, end) of the whole element, for highlighting its source.
    int startOffset(ElementId id) const;
    int endOffset(ElementId id) const;
    // The document's indentation step, from <domain>'s first indented child ("  " by default),
    // used to indent an element inserted under a parent that has no element children yet.
    QString indentUnit() const;
    // The line ending ("\n", "\r\n" or "\r") of the line holding `offset` (of the last line
    // when it has none; "\n" in a one-line document): what an edit there writes, so that every
    // file keeps its own endings, even a file that mixes them.
    QString lineEndingAt(int offset) const;

    // --- the domain ---------------------------------------------------------------------------
    QString domainType() const; // <domain type=...>
    QString machine() const;    // <os><type machine=...>, as written (may be empty)
    QString arch() const;       // <os><type arch=...>
    ElementId devicesElement() const;
    QList<ElementId> deviceElements() const; // element children of <devices>, in order

    // --- edits: each applies one minimal splice and returns it (isNoop() when nothing changed)
    // Sets the device's <address type='pci' .../> (libvirt's attribute order and hex), replacing
    // an existing <address> in place or inserting one as the device's last child.
    TextSplice setPciAddress(ElementId device, const PciAddress& address);
    TextSplice removeAddress(ElementId device);
    // Inserts an element (given as XML text) as a child of `parent`, indented like its element
    // siblings, before `before` (or after the last element child when NoElement).
    TextSplice insertElement(ElementId parent, const QString& elementXml,
                             ElementId before = NoElement);
    // Removes the element, and its whole line when nothing else is on it.
    TextSplice removeElement(ElementId id);
    TextSplice setAttribute(ElementId id, const QString& name, const QString& value);
    TextSplice removeAttribute(ElementId id, const QString& name);
    // Applies a splice (used by undo/redo). Returns false, leaving the document unchanged, when
    // the splice does not match the text or the result is no longer well-formed.
    // An edit that would not be well-formed (e.g. insertElement with broken XML) is refused the
    // same way: it returns a no-op splice and changes nothing. Only the region of the element
    // that holds the splice is re-read, so an edit costs little even on a large document.
    bool apply(const TextSplice& splice);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace pcitopo
