#include "placement/applyplacement.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <functional>

namespace pcitopo {

namespace {

// One edit of one device element; it finds the children it needs itself, so the edits of an
// element can run one after the other.
using ElementEdit = std::function<TextSplice(DomainDocument&, ElementId)>;

QString targetXml(const PciControllerInfo& c, bool onlyDefaulted) {
    QStringList attrs;
    if (c.chassisNr && (!onlyDefaulted || c.chassisNrDefaulted)) {
        attrs << QStringLiteral("chassisNr='%1'").arg(*c.chassisNr);
    }
    if (c.chassis && (!onlyDefaulted || c.chassisDefaulted)) {
        attrs << QStringLiteral("chassis='%1'").arg(*c.chassis);
    }
    if (c.port && (!onlyDefaulted || c.portDefaulted)) {
        attrs << QStringLiteral("port='0x%1'").arg(*c.port, 0, 16);
    }
    if (c.busNr && (!onlyDefaulted || c.busNrDefaulted)) {
        attrs << QStringLiteral("busNr='%1'").arg(*c.busNr);
    }
    return attrs.isEmpty() ? QString() : QStringLiteral("<target %1/>").arg(attrs.join(u' '));
}

QString addedControllerXml(const PciControllerInfo& c) {
    QStringList lines;
    lines << QStringLiteral("<controller type='pci' index='%1' model='%2'>")
                 .arg(c.index)
                 .arg(c.model);
    if (!c.modelName.isEmpty()) {
        lines << QStringLiteral("  <model name='%1'/>").arg(c.modelName);
    }
    if (const QString target = targetXml(c, false); !target.isEmpty()) {
        lines << QStringLiteral("  ") + target;
    }
    if (c.address) {
        lines << QStringLiteral("  ") + c.address->toXmlElement();
    }
    lines << QStringLiteral("</controller>");
    return lines.join(u'\n');
}

// The first of `names` that `element` has as a child, else NoElement.
ElementId firstChildOf(const DomainDocument& d, ElementId element,
                       std::initializer_list<const char16_t*> names) {
    for (const char16_t* name : names) {
        if (const ElementId child = d.firstChild(element, name); child != NoElement) {
            return child;
        }
    }
    return NoElement;
}

void addControllerEdits(const PciControllerInfo& c, QList<ElementEdit>& edits) {
    if (c.modelNameDefaulted) {
        const QString xml = QStringLiteral("<model name='%1'/>").arg(c.modelName);
        edits.append([xml](DomainDocument& d, ElementId e) {
            return d.insertElement(e, xml, firstChildOf(d, e, {u"target", u"address"}));
        });
    }
    const QString target = targetXml(c, true);
    if (target.isEmpty()) {
        return;
    }
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("chassisNr"),
         c.chassisNrDefaulted ? QString::number(*c.chassisNr) : QString()},
        {QStringLiteral("chassis"), c.chassisDefaulted ? QString::number(*c.chassis) : QString()},
        {QStringLiteral("port"),
         c.portDefaulted ? QStringLiteral("0x%1").arg(*c.port, 0, 16) : QString()},
        {QStringLiteral("busNr"), c.busNrDefaulted ? QString::number(*c.busNr) : QString()}};
    edits.append([target, values](DomainDocument& d, ElementId e) {
        const ElementId existing = d.firstChild(e, u"target");
        if (existing == NoElement) {
            return d.insertElement(e, target, d.firstChild(e, u"address"));
        }
        TextSplice last;
        for (const auto& [name, value] : values) {
            if (!value.isEmpty()) {
                last = d.setAttribute(existing, name, value);
            }
        }
        return last;
    });
}

// Every edit of every inventory device, by inventory index.
QMap<int, QList<ElementEdit>> collectEdits(const LibvirtPlacement& placement,
                                           QHash<int, PciAddress>& newAddresses) {
    QMap<int, QList<ElementEdit>> edits;
    for (auto it = placement.assignedIndexes.begin(); it != placement.assignedIndexes.end(); ++it) {
        const QString value = QString::number(it.value());
        edits[it.key()].append([value](DomainDocument& d, ElementId e) {
            return d.setAttribute(e, QStringLiteral("index"), value);
        });
    }
    for (const PciControllerInfo& c : placement.controllers) {
        if (c.device.origin == DeviceOrigin::Inventory) {
            addControllerEdits(c, edits[c.device.index]);
        }
    }
    for (const PlacedAddress& a : placement.addresses) {
        if (a.device.origin != DeviceOrigin::Inventory) {
            continue;
        }
        const PciAddress address = a.address;
        if (a.assigned || a.moved) {
            newAddresses.insert(a.device.index, address);
            edits[a.device.index].append(
                [address](DomainDocument& d, ElementId e) { return d.setPciAddress(e, address); });
        } else if (a.multifunctionSet) {
            edits[a.device.index].append([](DomainDocument& d, ElementId e) {
                return d.setAttribute(d.firstChild(e, u"address"), QStringLiteral("multifunction"),
                                      QStringLiteral("on"));
            });
        }
    }
    for (int dropped : placement.droppedAddresses) {
        edits[dropped].append([](DomainDocument& d, ElementId e) { return d.removeAddress(e); });
    }
    return edits;
}

// The element after which new controllers go: the last controller, else the last disk.
ElementId controllerAnchor(const DomainDocument& doc) {
    ElementId anchor = NoElement;
    for (ElementId e : doc.deviceElements()) {
        const QString n = doc.name(e);
        if (n == u"controller" || n == u"emulator" ||
            (n == u"disk" && (anchor == NoElement || doc.name(anchor) != u"controller"))) {
            anchor = e;
        }
    }
    return anchor;
}

TextSplice insertAfter(DomainDocument& doc, ElementId anchor, const QString& xml) {
    const ElementId devices = doc.devicesElement();
    const QList<ElementId> siblings = doc.children(devices);
    ElementId before = siblings.isEmpty() ? NoElement : siblings.first();
    if (anchor != NoElement) {
        const qsizetype i = siblings.indexOf(anchor);
        before = i + 1 < siblings.size() ? siblings.at(i + 1) : NoElement;
    }
    return doc.insertElement(devices, xml, before);
}

// A run of device elements (from the start of the first one's line, so indentation is kept)
// edited as a small document of its own: every splice costs a re-index of the run only.
struct ChunkRewrite {
    int regionStart = 0;
    int regionEnd = 0;
    QString text;              // the run's text after the edits
    QList<TextSplice> splices; // in document coordinates, in application order
};

constexpr int devicesPerChunk = 48;
const QString chunkClose = QStringLiteral("</domain>");

bool isLineBreak(QChar c) {
    return c == u'\n' || c == u'\r';
}

// The start of the line holding `offset`; lines end at LF, CRLF or a lone CR.
int startOfLine(const QString& text, int offset) {
    while (offset > 0 && !isLineBreak(text[offset - 1])) {
        --offset;
    }
    return offset;
}

int lineStartOf(const QString& text, int offset) {
    int start = offset;
    while (start > 0 && (text[start - 1] == u' ' || text[start - 1] == u'\t')) {
        --start;
    }
    return start > 0 && !isLineBreak(text[start - 1]) ? offset : start;
}

// `devices`: (start offset, inventory index), ascending, all children of <devices>.
std::optional<ChunkRewrite> rewriteChunk(const DomainDocument& document,
                                         const QList<ElementId>& elements,
                                         const QList<std::pair<int, int>>& devices,
                                         const QMap<int, QList<ElementEdit>>& edits) {
    const QString& full = document.text();
    ChunkRewrite r;
    r.regionStart = lineStartOf(full, devices.first().first);
    r.regionEnd = document.endOffset(elements.at(devices.last().second));
    const QString region = full.mid(r.regionStart, r.regionEnd - r.regionStart);
    // The run's root is indented one unit less than its first element, so that the run
    // document infers the same indent unit as the whole document (DomainDocument::indentUnit).
    const QString unit = document.indentUnit();
    const QString firstIndent = full.mid(r.regionStart, devices.first().first - r.regionStart);
    const QString chunkOpen =
        (firstIndent.endsWith(unit) ? firstIndent.chopped(unit.size()) : QString()) +
        QStringLiteral("<domain>") + document.lineEndingAt(r.regionStart); // a <domain> root
    DocumentError error;
    auto chunk =
        DomainDocument::fromBytes((chunkOpen + region + chunkClose).toUtf8(), QString(), &error);
    if (!chunk) {
        return std::nullopt; // e.g. a namespace prefix declared outside <devices>
    }
    const int shift = r.regionStart - int(chunkOpen.size());
    QHash<int, ElementId> byStart; // chunk start offset → chunk element
    for (const ElementId e : chunk->children(chunk->root())) {
        byStart.insert(chunk->startOffset(e), e);
    }
    for (auto it = devices.rbegin(); it != devices.rend(); ++it) {
        const ElementId e = byStart.value(it->first - shift, NoElement);
        if (e == NoElement) {
            return std::nullopt;
        }
        for (const ElementEdit& edit : edits.value(it->second)) {
            TextSplice s = edit(*chunk, e);
            if (!s.isNoop()) {
                s.offset += shift;
                r.splices.append(s);
            }
        }
    }
    const QString& edited = chunk->text();
    r.text = edited.mid(chunkOpen.size(), edited.size() - chunkOpen.size() - chunkClose.size());
    return r;
}

// Where a new sibling goes after the element ending at refEnd: at the end of its line when only
// blanks or a trailing comment follow it there (so that comment stays with its element), otherwise
// straight after it.
int endOfReferenceLine(const QString& text, int refEnd, int contentEnd) {
    int lineEnd = refEnd;
    while (lineEnd < contentEnd && !isLineBreak(text[lineEnd])) {
        ++lineEnd;
    }
    int at = refEnd;
    if (lineEnd < contentEnd) {
        const QStringView rest = QStringView(text).mid(refEnd, lineEnd - refEnd).trimmed();
        if (rest.isEmpty() || (rest.startsWith(u"<!--") && rest.endsWith(u"-->"))) {
            at = lineEnd;
        }
    }
    return at;
}

// DomainDocument::setPciAddress's splice for the common case, computed on the original text
// without applying it: no <address> yet, the new one goes on its own line after the last child,
// indented like it (documentedits.cpp: insertElement). nullopt for every other case.
std::optional<TextSplice> newAddressSplice(const DomainDocument& doc, ElementId e,
                                           const PciAddress& address) {
    const QList<ElementId> kids = doc.children(e);
    if (kids.isEmpty() || doc.firstChild(e, u"address") != NoElement) {
        return std::nullopt;
    }
    const QString& text = doc.text();
    const int start = doc.startOffset(e);
    const int tagEnd = int(text.indexOf(u'>', start));
    const int eq = int(text.indexOf(u'=', start));
    if (eq < 0 || eq > tagEnd) {
        return std::nullopt; // no attribute to take the quote style from
    }
    int q = eq + 1;
    while (q < tagEnd && (text[q] == u' ' || text[q] == u'\t')) {
        ++q;
    }
    if (text[q] != u'\'' && text[q] != u'"') {
        return std::nullopt;
    }
    QString tag = address.toXmlElement();
    if (text[q] == u'"') {
        tag.replace(u'\'', u'"');
    }
    const int refStart = doc.startOffset(kids.last());
    const int refEnd = doc.endOffset(kids.last());
    const int contentEnd = int(text.lastIndexOf(u"</", doc.endOffset(e) - 1));
    if (contentEnd < refEnd) {
        return std::nullopt;
    }
    const int lineStart = startOfLine(text, refStart);
    const QStringView indent = QStringView(text).mid(lineStart, refStart - lineStart);
    for (const QChar c : indent) {
        if (c != u' ' && c != u'\t') {
            return TextSplice{refEnd, {}, tag};
        }
    }
    const int at = endOfReferenceLine(text, refEnd, contentEnd);
    return TextSplice{at, {}, doc.lineEndingAt(refStart) + indent.toString() + tag};
}

// The same edits applied to the whole document, one splice (and one re-index) at a time.
QList<TextSplice> applyOneByOne(DomainDocument& document, const QList<ElementId>& elements,
                                const QMap<int, QList<ElementEdit>>& edits) {
    QMap<ElementId, int> byElement;
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        byElement.insert(elements.at(it.key()), it.key());
    }
    QList<TextSplice> splices;
    for (auto it = byElement.end(); it != byElement.begin();) {
        --it;
        for (const ElementEdit& edit : edits.value(it.value())) {
            if (TextSplice s = edit(document, it.key()); !s.isNoop()) {
                splices.append(s);
            }
        }
    }
    return splices;
}

// DomainDocument::insertElement's splice under <devices>, computed without applying it, for the
// case where <devices> has element children (documentedits.cpp); nullopt otherwise.
std::optional<TextSplice> plannedInsertion(const DomainDocument& doc, const QString& xml,
                                           ElementId before) {
    const ElementId devices = doc.devicesElement();
    const QList<ElementId> siblings = doc.children(devices);
    if (devices == NoElement || siblings.isEmpty()) {
        return std::nullopt;
    }
    const QString& text = doc.text();
    const ElementId reference = before != NoElement ? before : siblings.last();
    const int refStart = doc.startOffset(reference);
    const int refEnd = doc.endOffset(reference);
    const int lineStart = startOfLine(text, refStart);
    const QString indent = text.mid(lineStart, refStart - lineStart);
    const QString eol = doc.lineEndingAt(refStart);
    for (const QChar c : indent) {
        if (c != u' ' && c != u'\t') {
            return TextSplice{before != NoElement ? refStart : refEnd, {}, xml};
        }
    }
    QStringList lines = xml.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].isEmpty()) {
            lines[i].prepend(indent);
        }
    }
    const QString body = lines.join(eol);
    if (before != NoElement) {
        return TextSplice{lineStart, {}, indent + body + eol};
    }
    const int contentEnd = int(text.lastIndexOf(u"</", doc.endOffset(devices) - 1));
    const int at = endOfReferenceLine(text, refEnd, contentEnd);
    return TextSplice{at, {}, eol + indent + body};
}

ElementId nextSibling(const DomainDocument& doc, ElementId anchor) {
    const QList<ElementId> siblings = doc.children(doc.devicesElement());
    if (anchor == NoElement) {
        return siblings.isEmpty() ? NoElement : siblings.first();
    }
    const qsizetype i = siblings.indexOf(anchor);
    return i >= 0 && i + 1 < siblings.size() ? siblings.at(i + 1) : NoElement;
}

// Applies every device's edits and the planned insertions, and re-indexes the document once: a
// new address by a splice computed on the original text, other edits run by run on small
// documents. nullopt, with the document untouched, when a run cannot be edited on its own.
std::optional<QList<TextSplice>> applyDeviceEdits(DomainDocument& document,
                                                  const QList<ElementId>& elements,
                                                  const QMap<int, QList<ElementEdit>>& edits,
                                                  const QHash<int, PciAddress>& newAddresses,
                                                  const QList<TextSplice>& insertions) {
    QList<std::pair<int, int>> devices; // (start offset, inventory index)
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        devices.append({document.startOffset(elements.at(it.key())), it.key()});
    }
    std::sort(devices.begin(), devices.end());
    const QString& original = document.text();
    QList<ChunkRewrite> rewrites; // ascending
    for (const TextSplice& insertion : insertions) {
        rewrites.append({insertion.offset, insertion.offset, insertion.inserted, {insertion}});
    }
    QList<std::pair<int, int>> run;
    const auto flushRun = [&]() -> bool {
        if (run.isEmpty()) {
            return true;
        }
        auto r = rewriteChunk(document, elements, run, edits);
        run.clear();
        if (r) {
            rewrites.append(*r);
        }
        return bool(r);
    };
    for (const auto& device : std::as_const(devices)) {
        std::optional<TextSplice> fast;
        if (edits.value(device.second).size() == 1 && newAddresses.contains(device.second)) {
            fast = newAddressSplice(document, elements.at(device.second),
                                    newAddresses.value(device.second));
        }
        // A run's region must not span an insertion point: end the run before it.
        for (const TextSplice& insertion : insertions) {
            if (!run.isEmpty() && insertion.offset > run.first().first &&
                insertion.offset <= device.first && !flushRun()) {
                return std::nullopt;
            }
        }
        if (!fast) {
            run.append(device);
            if (run.size() == devicesPerChunk && !flushRun()) {
                return std::nullopt;
            }
            continue;
        }
        if (!flushRun()) {
            return std::nullopt;
        }
        rewrites.append({fast->offset, fast->offset, fast->inserted, {*fast}});
    }
    if (!flushRun()) {
        return std::nullopt;
    }
    // Insertions come first among equal offsets: they go before the element starting there.
    std::stable_sort(
        rewrites.begin(), rewrites.end(),
        [](const ChunkRewrite& a, const ChunkRewrite& b) { return a.regionStart < b.regionStart; });
    QString text;
    text.reserve(original.size() + 128 * rewrites.size());
    int copied = 0;
    for (const ChunkRewrite& r : std::as_const(rewrites)) {
        text += QStringView(original).mid(copied, r.regionStart - copied);
        text += r.text;
        copied = r.regionEnd;
    }
    text += QStringView(original).mid(copied);
    QList<TextSplice> splices;
    for (auto it = rewrites.rbegin(); it != rewrites.rend(); ++it) {
        splices += it->splices; // descending offsets: each stays valid after the ones before it
    }
    // One splice over the span that changed, re-indexed once. Not a document rebuilt from the
    // text: that lost what lives beside the text (a byte order mark, the file it was read from;
    // found by fuzz_pipeline, fuzz-regressions/byte-order-mark-dropped-by-assign.xml).
    if (!document.apply(TextSplice::between(original, text))) {
        return std::nullopt;
    }
    return splices;
}

} // namespace

QList<TextSplice> applyPlacement(DomainDocument& document, const LibvirtPlacement& placement,
                                 ApplyMode mode) {
    QHash<int, PciAddress> newAddresses;
    const QMap<int, QList<ElementEdit>> edits = collectEdits(placement, newAddresses);
    // Additions: new controllers after the existing ones, other implicit devices at the end;
    // each group is one insertion.
    QStringList controllersXml;
    QStringList othersXml;
    for (const ImplicitDevice& implicit : placement.implicitDevices) {
        (implicit.elementName == u"controller" ? controllersXml : othersXml) << implicit.toXml();
    }
    for (const PciControllerInfo& c : placement.controllers) {
        if (c.device.origin == DeviceOrigin::AddedController) {
            controllersXml << addedControllerXml(c);
        }
    }
    const QString controllers = controllersXml.join(u'\n');
    const QString others = othersXml.join(u'\n');
    if (mode == ApplyMode::Batched) {
        const auto controllerSplice =
            controllers.isEmpty()
                ? std::nullopt
                : plannedInsertion(document, controllers,
                                   nextSibling(document, controllerAnchor(document)));
        const auto othersSplice =
            others.isEmpty() ? std::nullopt : plannedInsertion(document, others, NoElement);
        if ((controllers.isEmpty() || controllerSplice) && (others.isEmpty() || othersSplice)) {
            QList<TextSplice> insertions;
            for (const auto& planned : {controllerSplice, othersSplice}) {
                if (planned) {
                    insertions.append(*planned);
                }
            }
            if (auto splices = applyDeviceEdits(document, placement.inventoryElements, edits,
                                                newAddresses, insertions)) {
                return *splices;
            }
        }
    }
    QList<TextSplice> splices = applyOneByOne(document, placement.inventoryElements, edits);
    if (!controllers.isEmpty()) {
        const TextSplice s = insertAfter(document, controllerAnchor(document), controllers);
        if (!s.isNoop()) {
            splices.append(s);
        }
    }
    if (!others.isEmpty()) {
        const TextSplice s = document.insertElement(document.devicesElement(), others);
        if (!s.isNoop()) {
            splices.append(s);
        }
    }
    return splices;
}

} // namespace pcitopo
