// Every policy on every corpus domain libvirt accepts (../shared/corpus): the result must pass
// pcitopo's validator, be one undo step that restores the exact bytes and keep the addresses the
// user set. Inputs pcitopo's validator refuses (start-time traps) are left out, as `pcitopo assign`
// refuses them before any policy runs; the numa policy must refuse domains without NUMA cells.
// Prints one figure per policy.

#include "policies/placementpolicy.h"
#include "session/documentsession.h"
#include "validation/validator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace pcitopo;

namespace {

QStringList acceptedInputs(const QString& corpus) {
    QFile verdicts(corpus + QStringLiteral("/verdicts.jsonl"));
    QStringList files;
    if (!verdicts.open(QIODevice::ReadOnly))
        return files;
    for (const QByteArray& line : verdicts.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (row.value(u"ok").toBool())
            files << corpus + u'/' + row.value(u"file").toString();
    }
    return files;
}

QStringList userAddresses(const DeviceInventory& inventory) {
    QStringList list;
    for (const Device& d : inventory.devices)
        if (d.pciAddress && !d.pciAddress->isWanted())
            list << d.elementName + u'@' + d.pciAddress->toShortString();
    return list;
}

// Empty when the policy's result is sound; otherwise what is wrong.
QString checkPolicy(const QByteArray& bytes, const PolicySpec& spec, const Validator& validator,
                    bool* refused) {
    DocumentSession session;
    DocumentError error;
    if (!session.openBytes(bytes, QStringLiteral("in.xml"), &error))
        return error.toString();
    const QStringList before = userAddresses(session.inventory());
    const PolicyPlan plan = makePolicy(spec)->plan(session.document(), session.rules());
    QString why;
    if (!plan.ok() ||
        !session.execute(makePolicyCommand(session.document(), plan, spec.name()), &why)) {
        *refused = true;
        return plan.ok() ? why : plan.errors.first().message;
    }
    for (const Diagnostic& d : validator.validate(session.document(), ValidationOptions{false}))
        if (d.isError())
            return QStringLiteral("result: %1 [%2]").arg(d.message, d.code);
    const QStringList after = userAddresses(session.inventory());
    for (const QString& address : before)
        if (!after.contains(address))
            return QStringLiteral("moved %1").arg(address);
    if (session.undoStack()->count() > 1)
        return QStringLiteral("more than one undo step");
    session.undoStack()->undo();
    if (session.document().toBytes() != bytes)
        return QStringLiteral("undo does not restore the input");
    return {};
}

} // namespace

class TestPoliciesCorpus : public QObject {
    Q_OBJECT

private slots:
    void everyPolicyOnTheCorpus();
};

void TestPoliciesCorpus::everyPolicyOnTheCorpus() {
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR "/corpus");
    if (!QDir(shared).exists())
        QSKIP(qPrintable(QStringLiteral("no corpus at %1").arg(shared)));
    QStringList files;
    for (const char* corpus : {"libvirt-tests", "generated", "generated-traps"})
        files += acceptedInputs(shared + u'/' + QLatin1String(corpus));
    QVERIFY(!files.isEmpty());
    const Validator validator;
    int failures = 0;
    for (const char* name : {"libvirt", "integrated", "numa", "reserve:4"}) {
        const PolicySpec spec = *PolicySpec::parse(QString::fromLatin1(name), nullptr);
        int checked = 0, sound = 0, refusedAsExpected = 0, inputErrors = 0;
        for (const QString& file : std::as_const(files)) {
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = in.readAll();
            DocumentError error;
            const std::optional<DomainDocument> doc =
                DomainDocument::fromBytes(bytes, file, &error);
            if (!doc || hasErrors(validator.validate(*doc))) {
                ++inputErrors;
                continue;
            }
            const bool mustRefuse = spec.kind == PolicySpec::Kind::Numa &&
                                    DeviceInventory::read(*doc).numaCellCount == 0;
            bool refused = false;
            const QString problem = checkPolicy(bytes, spec, validator, &refused);
            ++checked;
            // reserve:N may find no slot for its controllers (a full pci-root): a plain refusal.
            const bool noRoom = spec.kind == PolicySpec::Kind::Reserve && refused &&
                                problem.startsWith(u"there is no room");
            if ((mustRefuse && refused) || noRoom) {
                ++refusedAsExpected;
            } else if (!mustRefuse && problem.isEmpty()) {
                ++sound;
            } else {
                ++failures;
                qWarning().noquote()
                    << name << QFileInfo(file).fileName() << ":"
                    << (problem.isEmpty() ? u"applied without NUMA cells"_qs : problem);
            }
        }
        qInfo().noquote() << QStringLiteral(
                                 "policy %1: %2/%3 sound results, %4 refused as "
                                 "expected (no NUMA cells, no room), %5 inputs with errors")
                                 .arg(QLatin1String(name))
                                 .arg(sound)
                                 .arg(checked - refusedAsExpected)
                                 .arg(refusedAsExpected)
                                 .arg(inputErrors);
    }
    QCOMPARE(failures, 0);
}

QTEST_GUILESS_MAIN(TestPoliciesCorpus)
#include "tst_policies_corpus.moc"
