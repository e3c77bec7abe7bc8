#include "libvirtverdict.h"

#include "document/domaindocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>

namespace pcitopo {

namespace {

// Only on libvirt's own output, which starts with <name> and has no comments before it.
const QRegularExpression& nameElement() {
    static const QRegularExpression re(QStringLiteral("<name>.*?</name>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QRegularExpression& uuidElement() {
    static const QRegularExpression re(QStringLiteral("\\s*<uuid>.*?</uuid>"),
                                       QRegularExpression::DotMatchesEverythingOption);
    return re;
}

QString replaceFirst(const QString& text, const QRegularExpression& re, const QString& with) {
    const QRegularExpressionMatch match = re.match(text);
    if (!match.hasMatch())
        return text;
    QString result = text;
    return result.replace(match.capturedStart(), match.capturedLength(), with);
}

// The <domain>/<name> element as written in `xml` (empty when there is none or pcitopo cannot
// read it).
QString nameElementOf(const QString& xml) {
    DocumentError error;
    const std::optional<DomainDocument> document =
        DomainDocument::fromBytes(xml.toUtf8(), QString(), &error);
    const ElementId name = document ? document->firstChild(document->root(), u"name") : NoElement;
    if (name == NoElement)
        return {};
    return document->text().mid(document->startOffset(name),
                                document->endOffset(name) - document->startOffset(name));
}

// libvirt's output carries the temporary name and a fresh uuid: give back the original name and
// drop the uuid, as the oracle's expected/ files are written.
QString restoreName(const QString& output, const QString& original) {
    const QString restored = replaceFirst(output, nameElement(), nameElementOf(original));
    return replaceFirst(restored, uuidElement(), QString());
}

// One line, as the oracle records libvirt's messages (an XML parse error spans three).
QString oneLine(const QString& message) {
    QStringList lines;
    for (const QString& line : message.split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    return lines.join(u' ');
}

// A temporary name no domain has yet; empty (with `error`) when libvirt cannot say.
QString unusedTemporaryName(const LibvirtConnection& connection, QString* error) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = temporaryDomainName();
        QString lookupError;
        const std::optional<LibvirtDomainInfo> existing = connection.findDomain(name, &lookupError);
        if (!lookupError.isEmpty()) {
            *error = lookupError;
            return {};
        }
        if (!existing)
            return name;
    }
    *error = QStringLiteral("every temporary name tried is taken");
    return {};
}

bool processIsGone(qint64 pid) {
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

QString temporaryDomainName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("pcitopo-check-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

QString withTemporaryName(const QString& xml, const QString& name, QString* refusal) {
    DocumentError error;
    std::optional<DomainDocument> document =
        DomainDocument::fromBytes(xml.toUtf8(), QString(), &error);
    if (!document) {
        if (refusal)
            *refusal = QStringLiteral("pcitopo refuses it at %1:%2: %3")
                           .arg(error.location.line)
                           .arg(error.location.column)
                           .arg(error.message);
        return {};
    }
    const ElementId root = document->root();
    const QString element = QStringLiteral("<name>%1</name>").arg(name);
    if (const ElementId current = document->firstChild(root, u"name"); current != NoElement) {
        const int start = document->startOffset(current);
        const int end = document->endOffset(current);
        document->apply({start, document->text().mid(start, end - start), element});
    } else {
        const QList<ElementId> children = document->children(root);
        document->insertElement(root, element, children.isEmpty() ? NoElement : children.first());
    }
    for (ElementId uuid = document->firstChild(root, u"uuid"); uuid != NoElement;
         uuid = document->firstChild(root, u"uuid")) {
        if (document->removeElement(uuid).isNoop())
            break;
    }
    const ElementId renamed = document->firstChild(document->root(), u"name");
    if (renamed == NoElement || document->text(renamed) != name ||
        document->firstChild(document->root(), u"uuid") != NoElement) {
        if (refusal)
            *refusal = QStringLiteral("cannot give it the temporary name");
        return {};
    }
    return document->text();
}

LibvirtVerdict askLibvirt(const LibvirtConnection& connection, const QString& xml) {
    LibvirtVerdict verdict;
    QString problem;
    verdict.temporaryName = unusedTemporaryName(connection, &problem);
    const QString body = verdict.temporaryName.isEmpty()
                             ? QString()
                             : withTemporaryName(xml, verdict.temporaryName, &problem);
    if (body.isEmpty()) {
        verdict.sent = false;
        verdict.error = QStringLiteral("not sent to libvirt: %1").arg(problem);
        return verdict;
    }
    const std::optional<QList<LibvirtDomainInfo>> before = connection.listDomains(&problem);
    QString definedName;
    const LibvirtAnswer defined =
        before ? connection.define(body, &definedName) : LibvirtAnswer{false, problem};
    if (!defined.ok) {
        verdict.error = oneLine(defined.error);
        return verdict;
    }
    if (definedName != verdict.temporaryName) {
        // Never expected: libvirt defined another name than the one sent. Stop asking, and
        // remove what was defined only when no domain had that name before.
        const bool ours = std::none_of(before->cbegin(), before->cend(),
                                       [&](const auto& d) { return d.name == definedName; });
        verdict.stop = true;
        verdict.cleanedUp = ours && connection.undefine(definedName).ok;
        verdict.error = QStringLiteral("libvirt defined '%1' instead of the temporary '%2'; "
                                       "check stopped%3")
                            .arg(definedName, verdict.temporaryName,
                                 ours ? QString()
                                      : QStringLiteral(" (that domain existed before and was "
                                                       "left as libvirt left it)"));
        return verdict;
    }
    QString error;
    const std::optional<QString> output =
        connection.inactiveXml(verdict.temporaryName, false, &error);
    verdict.ok = output.has_value();
    verdict.xml = output ? restoreName(*output, xml) : QString();
    verdict.error = output ? QString() : QStringLiteral("cannot read back: ") + error;
    verdict.cleanedUp = connection.undefine(verdict.temporaryName).ok;
    return verdict;
}

QStringList removeStaleTemporaryDomains(const LibvirtConnection& connection, QString* error) {
    static const QRegularExpression temporary(QStringLiteral("^pcitopo-check-(\\d+)-\\d+$"));
    QStringList removed;
    const std::optional<QList<LibvirtDomainInfo>> domains = connection.listDomains(error);
    if (!domains)
        return removed;
    for (const LibvirtDomainInfo& domain : *domains) {
        const QRegularExpressionMatch match = temporary.match(domain.name);
        if (match.hasMatch() && !domain.active && domain.persistent &&
            processIsGone(match.captured(1).toLongLong()) && connection.undefine(domain.name).ok)
            removed.append(domain.name);
    }
    return removed;
}

} // namespace pcitopo
