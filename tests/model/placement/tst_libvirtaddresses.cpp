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
constexpr int minimumAgreeingFiles = 931;

struct FolderScore {
    int agreeing = 0;
    int total = 0;
};

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
    applyPlacement(*input, placement);
    differences << test::pictureDifferences(test::pciPicture(*expected), test::pciPicture(*input));
    return differences;
}

} // namespace

class TestLibvirtAddresses : public QObject {
    Q_OBJECT

private slots:
    void corpusAgreesWithLibvirt() {
        const QString shared = QStringLiteral(PCITOPO_SHARED_DIR);
        const QStringList folders = {shared + QStringLiteral("/corpus/generated"),
                                     shared + QStringLiteral("/corpus/generated-traps"),
                                     shared + QStringLiteral("/corpus/libvirt-tests"),
                                     shared + QStringLiteral("/pci-rules-cases")};
        if (!QDir(shared + QStringLiteral("/corpus")).exists()) {
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
