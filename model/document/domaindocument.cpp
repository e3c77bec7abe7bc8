#include "documentdata.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace pcitopo {

namespace {

const QByteArray utf8ByteOrderMark("\xEF\xBB\xBF");

// Line and column of a byte offset, columns counted in characters (UTF-8 lead bytes).
SourceLocation byteLocation(const QByteArray& bytes, qsizetype offset) {
    SourceLocation location{1, 1};
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const auto byte = uchar(bytes[i]);
        if (byte == '\n')
            location = {location.line + 1, 1};
        else if ((byte & 0xC0) != 0x80)
            ++location.column;
    }
    return location;
}

qsizetype firstInvalidUtf8Byte(const QByteArray& bytes, const QString& decoded) {
    const QByteArray reencoded = decoded.toUtf8();
    qsizetype i = 0;
    while (i < bytes.size() && i < reencoded.size() && bytes[i] == reencoded[i])
        ++i;
    while (i > 0 && (uchar(bytes[i]) & 0xC0) == 0x80) // back to the character's first byte
        --i;
    return i;
}

// XML 1.0 allows no C0 control character but tab, line feed and carriage return, anywhere.
// Checked before parsing because QXmlStreamReader's own message would quote the character,
// which is invisible (a NUL byte reads "Unexpected ''.").
qsizetype firstForbiddenControl(QStringView text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return i;
    }
    return -1;
}

DocumentError makeError(const QString& file, SourceLocation location, const QString& message) {
    return DocumentError{file, location, message};
}

} // namespace

TextSplice TextSplice::between(const QString& before, const QString& after) {
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    return {int(prefix), before.mid(prefix, before.size() - prefix - suffix),
            after.mid(prefix, after.size() - prefix - suffix)};
}

QString DocumentError::toString() const {
    const QString where = file.isEmpty() ? QStringLiteral("(bytes)") : file;
    if (location.line <= 0)
        return where + QStringLiteral(": ") + message;
    return QStringLiteral("%1:%2:%3: %4")
        .arg(where)
        .arg(location.line)
        .arg(location.column)
        .arg(message);
}

const detail::AttributeSpan* DomainDocument::Data::findAttribute(ElementId id,
                                                                 QStringView name) const {
    const auto& e = element(id);
    for (int i = 0; i < e.attributeCount; ++i) {
        const auto& span = index.attributes[size_t(e.attributeBegin + i)];
        if (QStringView(text).mid(e.start + span.nameOffset, span.nameLength) == name)
            return &span;
    }
    return nullptr;
}

DomainDocument::DomainDocument() : d(std::make_unique<Data>()) {}
DomainDocument::~DomainDocument() = default;
DomainDocument::DomainDocument(const DomainDocument& other) : d(std::make_unique<Data>(*other.d)) {}
DomainDocument& DomainDocument::operator=(const DomainDocument& other) {
    if (this != &other)
        d = std::make_unique<Data>(*other.d);
    return *this;
}
DomainDocument::DomainDocument(DomainDocument&& other) noexcept : d(std::make_unique<Data>()) {
    std::swap(d, other.d);
}
DomainDocument& DomainDocument::operator=(DomainDocument&& other) noexcept {
    std::swap(d, other.d);
    return *this;
}

std::optional<DomainDocument> DomainDocument::fromBytes(const QByteArray& bytes,
                                                        const QString& fileName,
                                                        DocumentError* error,
                                                        const LoadLimits& limits) {
    auto fail = [&](SourceLocation location, const QString& message) {
        if (error)
            *error = makeError(fileName, location, message);
        return std::nullopt;
    };
    if (bytes.size() > limits.maxBytes)
        return fail({}, QStringLiteral("the file is %1 bytes, over the limit of %2 bytes; refused")
                            .arg(bytes.size())
                            .arg(limits.maxBytes));
    DomainDocument document;
    document.d->fileName = fileName;
    document.d->limits = limits;
    document.d->hasByteOrderMark = bytes.startsWith(utf8ByteOrderMark);
    const QByteArray body =
        document.d->hasByteOrderMark ? bytes.mid(utf8ByteOrderMark.size()) : bytes;
    document.d->text = QString::fromUtf8(body);
    if (document.d->text.toUtf8() != body) {
        const qsizetype bad = firstInvalidUtf8Byte(body, document.d->text);
        return fail(byteLocation(body, bad),
                    QStringLiteral("not valid UTF-8 (byte 0x%1 at offset %2)")
                        .arg(uchar(bad < body.size() ? body[bad] : 0), 2, 16, QLatin1Char('0'))
                        .arg(bad + (document.d->hasByteOrderMark ? 3 : 0)));
    }
    if (const qsizetype bad = firstForbiddenControl(document.d->text); bad >= 0)
        return fail(document.locationOfOffset(int(bad)),
                    QStringLiteral("the control character U+%1 is not allowed in XML")
                        .arg(int(document.d->text[bad].unicode()), 4, 16, QLatin1Char('0')));
    if (auto failure = detail::buildIndex(document.d->text, limits.maxDepth, document.d->index))
        return fail(document.locationOfOffset(failure->offset), failure->message);
    return document;
}

std::optional<DomainDocument> DomainDocument::fromFile(const QString& path, DocumentError* error,
                                                       const LoadLimits& limits) {
    auto fail = [&](const QString& message) {
        if (error)
            *error = makeError(path, {}, message);
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file"));
    if (info.isDir())
        return fail(QStringLiteral("is a directory, not a domain XML file"));
    if (info.size() > limits.maxBytes) // checked before reading a single byte
        return fail(QStringLiteral("the file is %1 bytes, over the limit of %2 bytes; refused")
                        .arg(info.size())
                        .arg(limits.maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open: %1").arg(file.errorString()));
    // A pipe or device reports size 0: read one byte past the cap to notice it is too big.
    const QByteArray bytes = file.read(limits.maxBytes + 1);
    std::optional<DomainDocument> document = fromBytes(bytes, path, error, limits);
    if (document) {
        document->d->onDisk = FileFingerprint::of(path, bytes);
    }
    return document;
}

QString DomainDocument::fileName() const {
    return d->fileName;
}
void DomainDocument::setFileName(const QString& fileName) {
    d->fileName = fileName;
}
const QString& DomainDocument::text() const {
    return d->text;
}

QByteArray DomainDocument::toBytes() const {
    const QByteArray body = d->text.toUtf8();
    return d->hasByteOrderMark ? utf8ByteOrderMark + body : body;
}

bool DomainDocument::save(const QString& path, QString* error, SaveMode mode) const {
    // Another program's edit is not lost silently: checked first (nothing is written then) and
    // again just before the new file replaces the old one. A file that is gone is simply written.
    const bool guarded =
        mode == SaveMode::RefuseChangedFile && d->onDisk.isFor(QFileInfo(path).absoluteFilePath());
    const QString changed = QStringLiteral("not saved: the file was changed on disk by another "
                                           "program since pcitopo read it; it was left as it is");
    if (guarded && d->onDisk.changedOnDisk()) {
        if (error)
            *error = path + QStringLiteral(": ") + changed;
        return false;
    }
    const QByteArray bytes = toBytes();
    LastCheck lastCheck;
    if (guarded)
        lastCheck = [&] { return d->onDisk.changedOnDisk() ? changed : QString(); };
    if (!writeFileSafely(path, bytes, error, lastCheck))
        return false;
    d->onDisk = FileFingerprint::of(path, bytes);
    return true;
}

// --- the element tree ---------------------------------------------------------------------

int DomainDocument::elementCount() const {
    return int(d->index.elements.size());
}

ElementId DomainDocument::parent(ElementId id) const {
    return d->isValid(id) ? d->element(id).parent : NoElement;
}

QList<ElementId> DomainDocument::children(ElementId id) const {
    QList<ElementId> result;
    if (!d->isValid(id))
        return result;
    for (ElementId c = id + 1; c < d->element(id).subtreeEnd; c = d->element(c).subtreeEnd)
        result.append(c);
    return result;
}

QList<ElementId> DomainDocument::children(ElementId id, QStringView name) const {
    QList<ElementId> result;
    if (!d->isValid(id))
        return result;
    for (ElementId c = id + 1; c < d->element(id).subtreeEnd; c = d->element(c).subtreeEnd) {
        if (d->nameView(c) == name)
            result.append(c);
    }
    return result;
}

ElementId DomainDocument::firstChild(ElementId id, QStringView name) const {
    if (!d->isValid(id))
        return NoElement;
    for (ElementId c = id + 1; c < d->element(id).subtreeEnd; c = d->element(c).subtreeEnd) {
        if (d->nameView(c) == name)
            return c;
    }
    return NoElement;
}

int DomainDocument::depth(ElementId id) const {
    return d->isValid(id) ? d->element(id).depth : -1;
}

QString DomainDocument::name(ElementId id) const {
    return d->isValid(id) ? d->nameView(id).toString() : QString();
}

bool DomainDocument::hasAttribute(ElementId id, QStringView name) const {
    return d->isValid(id) && d->findAttribute(id, name);
}

QString DomainDocument::attribute(ElementId id, QStringView name) const {
    if (!d->isValid(id))
        return {};
    const auto* span = d->findAttribute(id, name);
    if (!span)
        return {};
    const int start = d->element(id).start + span->valueOffset;
    return detail::unescapeAttributeValue(QStringView(d->text).mid(start, span->valueLength));
}

QList<std::pair<QString, QString>> DomainDocument::attributes(ElementId id) const {
    QList<std::pair<QString, QString>> result;
    if (!d->isValid(id))
        return result;
    const auto& e = d->element(id);
    const QStringView text(d->text);
    for (int i = 0; i < e.attributeCount; ++i) {
        const auto& span = d->index.attributes[size_t(e.attributeBegin + i)];
        result.append({text.mid(e.start + span.nameOffset, span.nameLength).toString(),
                       detail::unescapeAttributeValue(
                           text.mid(e.start + span.valueOffset, span.valueLength))});
    }
    return result;
}

SourceLocation DomainDocument::location(ElementId id) const {
    return d->isValid(id) ? locationOfOffset(d->element(id).start) : SourceLocation{};
}

SourceLocation DomainDocument::attributeLocation(ElementId id, QStringView name) const {
    if (!d->isValid(id))
        return {};
    const auto* span = d->findAttribute(id, name);
    return span ? locationOfOffset(d->element(id).start + span->nameOffset) : SourceLocation{};
}

SourceLocation DomainDocument::locationOfOffset(int offset) const {
    if (!d->lineStartsValid) {
        d->lineStarts.assign(1, 0);
        const QStringView text(d->text);
        for (qsizetype i = text.indexOf(u'\n'); i >= 0; i = text.indexOf(u'\n', i + 1))
            d->lineStarts.push_back(int(i + 1));
        d->lineStartsValid = true;
    }
    offset = qBound(0, offset, int(d->text.size()));
    const auto next = std::upper_bound(d->lineStarts.begin(), d->lineStarts.end(), offset);
    const int line = int(next - d->lineStarts.begin());
    return {line, offset - d->lineStarts[size_t(line - 1)] + 1};
}

int DomainDocument::startOffset(ElementId id) const {
    return d->isValid(id) ? d->element(id).start : -1;
}

int DomainDocument::endOffset(ElementId id) const {
    return d->isValid(id) ? d->element(id).end : -1;
}

} // namespace pcitopo
