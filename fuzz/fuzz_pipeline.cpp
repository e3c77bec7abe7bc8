// libFuzzer target over pcitopo's whole headless pipeline: load → validate → assign → save.
// Besides crashes, leaks and UB (the sanitizers), it aborts when one of the model's promises
// is broken, so the fuzzer reports it like a crash:
//   - a document that loads is lossless (toBytes() gives back the input bytes);
//   - a refusal carries a message, and a position inside the input when it has one;
//   - an assignment that succeeds leaves a document that loads again, and undo restores the
//     exact input bytes;
//   - save() writes exactly toBytes().
#include "commands/documentcommand.h"
#include "document/domaindocument.h"
#include "policies/placementpolicy.h"
#include "rules/ruletable.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace pcitopo;

namespace {

[[noreturn]] void broken(const char* promise, const QString& detail = {}) {
    std::fprintf(stderr, "fuzz_pipeline: broken promise: %s %s\n", promise, qPrintable(detail));
    std::abort();
}

// The policy is chosen from the input's bytes, so a crash input replays with the same one.
PolicySpec policyFor(const QByteArray& bytes) {
    PolicySpec spec;
    const uint hash = qHash(bytes);
    spec.kind = PolicySpec::Kind(hash % 4);
    if (spec.kind == PolicySpec::Kind::Reserve)
        spec.reserve = int((hash >> 2) % 9);
    return spec;
}

void checkRefusal(const DocumentError& error, const QByteArray& bytes) {
    if (error.message.isEmpty())
        broken("a refusal says why");
    const int lines = int(bytes.count('\n')) + 1;
    if (error.location.line < 0 || error.location.line > lines)
        broken("a refusal's line lies inside the input", error.toString());
}

void assignAndSave(DomainDocument& document, const QByteArray& bytes) {
    const Validator validator;
    if (hasErrors(validator.validate(document)))
        return;
    const RuleTable& rules = RuleTable::builtin();
    const PolicySpec spec = policyFor(bytes);
    const PolicyPlan plan = makePolicy(spec)->plan(document, rules);
    if (!plan.ok())
        return;
    auto command = makePolicyCommand(document, plan, spec.name(), rules);
    if (!command->execute())
        return;
    const QByteArray assigned = document.toBytes();
    DocumentError error;
    if (!DomainDocument::fromBytes(assigned, QStringLiteral("assigned.xml"), &error))
        broken("an assigned document loads again", error.toString());
    validator.validate(document);

    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.xml"));
    QString saveError;
    if (!document.save(path, &saveError))
        broken("save succeeds in a writable directory", saveError);
    QFile saved(path);
    if (!saved.open(QIODevice::ReadOnly) || saved.readAll() != assigned)
        broken("save writes exactly toBytes()");

    command->undo();
    if (document.toBytes() != bytes)
        broken("undo restores the input bytes", spec.name());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv); // the rule table is a Qt resource
    RuleTable::builtin();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    DocumentError error;
    std::optional<DomainDocument> document =
        DomainDocument::fromBytes(bytes, QStringLiteral("fuzz.xml"), &error);
    if (!document) {
        checkRefusal(error, bytes);
        return 0;
    }
    if (document->toBytes() != bytes)
        broken("a loaded document is lossless");
    assignAndSave(*document, bytes);
    return 0;
}
