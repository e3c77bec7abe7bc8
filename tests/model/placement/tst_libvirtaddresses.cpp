// Differential test against real libvirt 9.0: for every accepted corpus row (start_class not
// "pci"), simulate libvirt's PCI address assignment, apply it to the document, and compare every
// PCI address and every PCI controller with libvirt's own output (expected/NAME.xml).

#include "corpuscompare.h"
#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pcitopo;

namespace {

// Raise as the simulation improves; the goal is every accepted file.
constexpr int minimumAgreeingFiles = 932;

struct FolderScore {
    int agreeing = 0;
    int total = 0;
};

// libvirt messages raised by address assignment (§6.1); other refusals are the validator's.
bool isPlacementMessage(const QString& message) {
    static const char* const patterns[] = {"cannot be plugged into the PCI controller",
                                           "slot must be",
                                           "Attempted double use",
                                           "Primary SATA controller",
                                           "Primary IDE controller",
                                           "PIIX3 USB controller",
                                           "a PCI slot is needed",
                                           "Cannot automatically add",
                                           "index must be larger than bus",
                                           "No free busNr",
                                           "Bus 0 must be PCI",
                                           "needs to be an integrated",
                                           "must be model=",
                                           "Only PCI domain 0"};
    for (const char* p : patterns) {
        if (message.contains(QLatin1String(p))) {
            return true;
        }
    }
    return false;
}

QList<QJsonObject> refusedPlacementRows(const QString& folder) {
    QList<QJsonObject> rows;
    QFile file(folder + QStringLiteral("/verdicts.jsonl"));
    if (!file.open(QIODevice::ReadOnly)) {
        return rows;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (!row.isEmpty() && !row.value(u"ok").toBool() &&
            isPlacementMessage(row.value(u"error").toString())) {
            rows.append(row);
        }
    }
    return rows;
}

QList<QJsonObject> acceptedRows(const QString& folder) {
    QList<QJsonObject> rows;
    QFile file(folder + QStringLiteral("/verdicts.jsonl"));
    if (!file.open(QIODevice::ReadOnly)) {
        return rows;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject row = QJsonDocument::fromJson(line).object();
        if (row.value(u"ok").toBool() && row.value(u"start_class").toString() != u"pci") {
            rows.append(row);
        }
    }
    return rows;
}

// Returns the differences for one corpus row (or a one-line reason when it cannot be compared).
QStringList compareRow(const QString& folder, const QJsonObject& row) {
    DocumentError error;
    auto input = DomainDocument::fromFile(folder + u'/' + row.value(u"file").toString(), &error);
    auto expected =
        DomainDocument::fromFile(folder + u'/' + row.value(u"expected").toString(), &error);
    if (!input || !expected) {
        return {QStringLiteral("cannot load: %1").arg(error.toString())};
    }
    const LibvirtPlacement placement =
        placeLikeLibvirt(DeviceInventory::read(*input), RuleTable::builtin(), &*input);
    QStringList differences;
    for (const PlacementError& e : placement.errors) {
        differences << QStringLiteral("refused: %1 [%2]").arg(e.message, e.ruleKey);
    }
    DomainDocument reference = *input;
    const QList<TextSplice> batched = applyPlacement(*input, placement);
    const QList<TextSplice> oneByOne = applyPlacement(reference, placement, ApplyMode::OneByOne);
    if (reference.text() != input->text() || batched.size() != oneByOne.size()) {
        differences << QStringLiteral("batched apply differs from one-by-one apply");
    }
    differences << test::pictureDifferences(test::pciPicture(*expected), test::pciPicture(*input));
    return differences;
}

} // namespace

QStringList corpusFolders() {
    const QString shared = QStringLiteral(PCITOPO_SHARED_DIR);
    return {shared + QStringLiteral("/corpus/generated"),
            shared + QStringLiteral("/corpus/generated-traps"),
            shared + QStringLiteral("/corpus/libvirt-tests"),
            shared + QStringLiteral("/pci-rules-cases")};
}

// Raise as the simulation improves.
constexpr int minimumMatchingRefusals = 109;

class TestLibvirtAddresses : public QObject {
    Q_OBJECT

private slots:
    // Refusals raised by address assignment: pcitopo must report libvirt's exact message.
    void refusalsMatchLibvirt() {
        if (!QDir(QStringLiteral(PCITOPO_SHARED_DIR "/corpus")).exists()) {
            QSKIP("the shared corpus (PCITOPO_SHARED_DIR) is not available");
        }
        int matching = 0;
        int total = 0;
        for (const QString& folder : corpusFolders()) {
            for (const QJsonObject& row : refusedPlacementRows(folder)) {
                ++total;
                DocumentError error;
                auto input =
                    DomainDocument::fromFile(folder + u'/' + row.value(u"file").toString(), &error);
                if (!input) {
                    continue; // a parse error: the document layer's refusal
                }
                const LibvirtPlacement placement =
                    placeLikeLibvirt(DeviceInventory::read(*input), RuleTable::builtin(), &*input);
                const QString expected = row.value(u"error").toString();
                bool found = false;
                QStringList got;
                for (const PlacementError& e : placement.errors) {
                    found = found || e.message == expected;
                    got << e.message;
                }
                if (found) {
                    ++matching;
                    continue;
                }
                qInfo().noquote()
                    << QStringLiteral("REFUSAL %1/%2\n    libvirt: %3\n    pcitopo: %4")
                           .arg(QDir(folder).dirName(), row.value(u"file").toString(), expected,
                                got.isEmpty() ? QStringLiteral("(accepted)") : got.join(u" | "));
            }
        }
        qInfo().noquote()
            << QStringLiteral("refusals %1/%2 placement-stage").arg(matching).arg(total);
        QVERIFY(matching >= minimumMatchingRefusals);
    }

    void corpusAgreesWithLibvirt() {
        const QStringList folders = corpusFolders();
        if (!QDir(QStringLiteral(PCITOPO_SHARED_DIR "/corpus")).exists()) {
            QSKIP("the shared corpus (PCITOPO_SHARED_DIR) is not available");
        }
        FolderScore overall;
        for (const QString& folder : folders) {
            FolderScore score;
            for (const QJsonObject& row : acceptedRows(folder)) {
                const QStringList differences = compareRow(folder, row);
                ++score.total;
                if (differences.isEmpty()) {
                    ++score.agreeing;
                    continue;
                }
                qInfo().noquote() << QStringLiteral("DIFF %1/%2")
                                         .arg(QDir(folder).dirName(),
                                              row.value(u"file").toString());
                for (const QString& d : differences.mid(0, 4)) {
                    qInfo().noquote() << QStringLiteral("    ") + d;
                }
            }
            qInfo().noquote() << QStringLiteral("addresses %1/%2 %3")
                                     .arg(score.agreeing)
                                     .arg(score.total)
                                     .arg(QDir(folder).dirName());
            overall.agreeing += score.agreeing;
            overall.total += score.total;
        }
        qInfo().noquote()
            << QStringLiteral("addresses %1/%2 overall").arg(overall.agreeing).arg(overall.total);
        QVERIFY2(
            overall.agreeing >= minimumAgreeingFiles,
            qPrintable(
                QStringLiteral("agreement fell below the ratchet (%1)").arg(minimumAgreeingFiles)));
    }
};

QTEST_GUILESS_MAIN(TestLibvirtAddresses)
#include "tst_libvirtaddresses.moc"
