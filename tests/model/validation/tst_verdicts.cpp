// The verdict differential test: pcitopo's validator against real libvirt 9.0 + QEMU 7.2 over
// every corpus row libvirt accepted or refused for a PCI reason. Truth "accepted" means libvirt
// defined it and QEMU did not refuse its PCI topology at start; pcitopo "accepted" means no
// error diagnostic.
#include "validation/validator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pcitopo;

namespace {

// Raise as the validator improves; the goal is every row.
constexpr int kMinimumAgreement = 1200;

struct FolderScore {
    int agree = 0;
    int total = 0;
    int messagesMatched = 0; // define-time refusals where pcitopo says libvirt's words
    int messagesTotal = 0;
};

bool saysMessage(const QList<Diagnostic>& diagnostics, const QString& libvirtMessage) {
    for (const Diagnostic& d : diagnostics)
        if (d.isError() && d.message == libvirtMessage)
            return true;
    return false;
}

QString firstError(const QList<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        if (d.isError())
            return QStringLiteral("%1 [%2]").arg(d.message, d.code);
    return QStringLiteral("(none)");
}

} // namespace

class TestVerdicts : public QObject {
    Q_OBJECT

private:
    FolderScore scoreFolder(const QString& folder, QStringList& disagreements,
                            QStringList& messageMisses) const;

private slots:
    void corpusVerdicts();
};

FolderScore TestVerdicts::scoreFolder(const QString& folder, QStringList& disagreements,
                                      QStringList& messageMisses) const {
    FolderScore score;
    QFile verdicts(folder + QStringLiteral("/verdicts.jsonl"));
    if (!verdicts.open(QIODevice::ReadOnly))
        return score;
    const Validator validator;
    while (!verdicts.atEnd()) {
        const QByteArray line = verdicts.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        const bool ok = row.value(u"ok").toBool();
        if (!ok && row.value(u"class").toString() != u"pci")
            continue;
        const bool truthAccepted = ok && row.value(u"start_class").toString() != u"pci";
        const QString path = folder + u'/' + row.value(u"file").toString();
        DocumentError error;
        const auto document = DomainDocument::fromFile(path, &error);
        QList<Diagnostic> diagnostics;
        if (document)
            diagnostics = validator.validate(*document, ValidationOptions{false});
        else
            diagnostics.append(Validator::fromDocumentError(error));
        const bool pcitopoAccepted = !hasErrors(diagnostics);
        ++score.total;
        if (!ok) {
            ++score.messagesTotal;
            if (saysMessage(diagnostics, row.value(u"error").toString()))
                ++score.messagesMatched;
            else
                messageMisses.append(
                    QStringLiteral("%1: libvirt: %2 | pcitopo: %3")
                        .arg(path, row.value(u"error").toString(), firstError(diagnostics)));
        }
        if (pcitopoAccepted == truthAccepted) {
            ++score.agree;
            continue;
        }
        const QString libvirtSays =
            ok ? row.value(u"start").toString().right(160) : row.value(u"error").toString();
        disagreements.append(QStringLiteral("%1: truth %2 | libvirt: %3 | pcitopo: %4")
                                 .arg(path, truthAccepted ? u"accepted" : u"refused",
                                      libvirtSays.isEmpty() ? QStringLiteral("ok") : libvirtSays,
                                      firstError(diagnostics)));
    }
    return score;
}

void TestVerdicts::corpusVerdicts() {
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR);
    QStringList folders;
    for (const QString& name : QDir(shared + QStringLiteral("/corpus"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        folders.append(shared + QStringLiteral("/corpus/") + name);
    folders.append(shared + QStringLiteral("/pci-rules-cases"));
    folders.append(QStringLiteral(PCITOPO_SOURCE_DIR "/tests/model/validation/cases"));
    FolderScore overall;
    QStringList disagreements;
    QStringList messageMisses;
    for (const QString& folder : folders) {
        if (!QFile::exists(folder + QStringLiteral("/verdicts.jsonl")))
            continue;
        const FolderScore score = scoreFolder(folder, disagreements, messageMisses);
        qInfo().noquote() << QStringLiteral("verdicts %1/%2 %3 (libvirt's message %4/%5)")
                                 .arg(score.agree)
                                 .arg(score.total)
                                 .arg(QDir(folder).dirName())
                                 .arg(score.messagesMatched)
                                 .arg(score.messagesTotal);
        overall.agree += score.agree;
        overall.total += score.total;
        overall.messagesMatched += score.messagesMatched;
        overall.messagesTotal += score.messagesTotal;
    }
    if (overall.total == 0)
        QSKIP("no corpus under PCITOPO_SHARED_DIR");
    for (const QString& line : disagreements)
        qInfo().noquote() << "disagreement:" << line;
    for (const QString& line : messageMisses)
        qInfo().noquote() << "other message:" << line;
    qInfo().noquote() << QStringLiteral("verdicts %1/%2 overall (libvirt's message %3/%4)")
                             .arg(overall.agree)
                             .arg(overall.total)
                             .arg(overall.messagesMatched)
                             .arg(overall.messagesTotal);
    QVERIFY2(
        overall.agree >= kMinimumAgreement,
        qPrintable(QStringLiteral("agreement fell below the ratchet %1").arg(kMinimumAgreement)));
}

QTEST_GUILESS_MAIN(TestVerdicts)
#include "tst_verdicts.moc"
