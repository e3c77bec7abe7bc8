#include "pipelinecheck.h"

#include "commands/documentcommand.h"
#include "document/domaindocument.h"
#include "policies/placementpolicy.h"
#include "rules/ruletable.h"
#include "validation/validator.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace pcitopo::testing {

namespace {

// The policy is chosen from the input's bytes, so an input replays with the same one.
PolicySpec policyFor(const QByteArray& bytes) {
    PolicySpec spec;
    const size_t hash = qHash(bytes);
    spec.kind = PolicySpec::Kind(hash % 4);
    if (spec.kind == PolicySpec::Kind::Reserve)
        spec.reserve = int((hash >> 2) % 9);
    return spec;
}

QString checkRefusal(const DocumentError& error, const QByteArray& bytes) {
    if (error.message.isEmpty())
        return QStringLiteral("a refusal says why");
    for (const QChar c : error.message)
        if (c.unicode() < 0x20)
            return QStringLiteral("a refusal's message is printable: ") +
                   error.toString().toHtmlEscaped();
    // Lines end at LF, CRLF or a lone CR, as the document counts them (issue #18 item 6).
    const int lines = int(bytes.count('\n') + bytes.count('\r') - bytes.count("\r\n")) + 1;
    if (error.location.line < 0 || error.location.line > lines)
        return QStringLiteral("a refusal's line lies inside the input: ") + error.toString();
    return {};
}

QString checkAssignAndSave(DomainDocument& document, const QByteArray& bytes,
                           const QString& saveDirectory) {
    const Validator validator;
    if (hasErrors(validator.validate(document)))
        return {};
    const RuleTable& rules = RuleTable::builtin();
    const PolicySpec spec = policyFor(bytes);
    const PolicyPlan plan = makePolicy(spec)->plan(document, rules);
    if (!plan.ok())
        return {};
    auto command = makePolicyCommand(document, plan, spec.name(), rules);
    if (!command->execute())
        return {};
    const QByteArray assigned = document.toBytes();
    DocumentError error;
    if (!DomainDocument::fromBytes(assigned, QStringLiteral("assigned.xml"), &error))
        return QStringLiteral("an assigned document (%1) loads again: %2")
            .arg(spec.name(), error.toString());
    validator.validate(document);

    const QString path = QDir(saveDirectory).filePath(QStringLiteral("saved.xml"));
    QString saveError;
    if (!document.save(path, &saveError, DomainDocument::SaveMode::Overwrite))
        return QStringLiteral("save succeeds in a writable directory: ") + saveError;
    QFile saved(path);
    if (!saved.open(QIODevice::ReadOnly) || saved.readAll() != assigned)
        return QStringLiteral("save writes exactly toBytes()");

    command->undo();
    if (document.toBytes() != bytes)
        return QStringLiteral("undo of %1 restores the input bytes").arg(spec.name());
    return {};
}

} // namespace

QString brokenPromise(const QByteArray& bytes, const QString& saveDirectory) {
    DocumentError error;
    std::optional<DomainDocument> document =
        DomainDocument::fromBytes(bytes, QStringLiteral("fuzz.xml"), &error);
    if (!document)
        return checkRefusal(error, bytes);
    if (document->toBytes() != bytes)
        return QStringLiteral("a loaded document is lossless");
    return checkAssignAndSave(*document, bytes, saveDirectory);
}

} // namespace pcitopo::testing
