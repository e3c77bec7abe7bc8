// `pcitopo diff` as a user runs it: exit 0/1/2, the stat line and one line per change, JSON,
// --all for what the guest does not see.
#include "../clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kExamples = QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples");

CliRun diff(const QStringList& arguments) {
    return runPcitopo(QStringList{QStringLiteral("diff")} + arguments, 60000, kExamples);
}

// learn-pc-bridges.xml with `from` replaced by `to`, written into dir.
QString variant(const QTemporaryDir& dir, const QString& from, const QString& to) {
    QFile in(kExamples + QStringLiteral("/learn-pc-bridges.xml"));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("no example");
    QString text = QString::fromUtf8(in.readAll());
    if (!text.contains(from))
        qFatal("%s not in the example", qPrintable(from));
    text.replace(from, to);
    const QString path = dir.filePath(QStringLiteral("b.xml"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    out.write(text.toUtf8());
    return path;
}

} // namespace

class TestCliDiff : public QObject {
    Q_OBJECT
private slots:
    void sameFileIsExitZero();
    void movedNicIsRenamedInTheGuest();
    void jsonListsEveryChange();
    void wrongArgumentsAreExitTwo();
};

void TestCliDiff::sameFileIsExitZero() {
    const CliRun r =
        diff({QStringLiteral("learn-pc-bridges.xml"), QStringLiteral("learn-pc-bridges.xml")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("learn-pc-bridges.xml → learn-pc-bridges.xml: 0 guest-visible "
                                   "changes (0 high, 0 medium), 0 not guest-visible\n"));
}

void TestCliDiff::movedNicIsRenamedInTheGuest() {
    // The first NIC moves from slot 1 to slot 9 of the same pci-bridge.
    QTemporaryDir dir;
    const QString b = variant(dir, QStringLiteral("bus='0x01' slot='0x01'"),
                              QStringLiteral("bus='0x01' slot='0x09'"));
    const CliRun r = diff({QStringLiteral("learn-pc-bridges.xml"), b});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral(
                 " high   | address | interface 52:54:00:5e:07:c2: 0000:01:01.0 (guest "
                 "0000:01:01.0) → 0000:01:09.0 (guest 0000:01:09.0) (Linux renames enp1s1 → "
                 "enp1s9; Windows sees a new network adapter")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("libvirt's ABI check refuses it: Target device PCI "
                                          "address 0000:01:09.0does not match source "
                                          "0000:01:01.0")));
    QVERIFY(r.out.contains(QStringLiteral(": 1 guest-visible change (1 high, 0 medium)")));
}

void TestCliDiff::jsonListsEveryChange() {
    QTemporaryDir dir;
    const QString b = variant(dir, QStringLiteral("<mac address='52:54:00:5e:07:c2'/>"),
                              QStringLiteral("<mac address='52:54:00:5e:07:99'/>"));
    const CliRun r = diff({QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("learn-pc-bridges.xml"), b});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(r.outBytes).object();
    QCOMPARE(root.value(QStringLiteral("guestVisibleChanges")).toInt(), 1);
    const QJsonObject change = root.value(QStringLiteral("changes")).toArray().first().toObject();
    QCOMPARE(change.value(QStringLiteral("kind")).toString(), QStringLiteral("mac"));
    QCOMPARE(change.value(QStringLiteral("before")).toString(),
             QStringLiteral("52:54:00:5e:07:c2"));
    QCOMPARE(change.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QVERIFY(change.value(QStringLiteral("guestVisible")).toBool());
    QVERIFY(change.value(QStringLiteral("libvirtRefusal")).isString());
}

void TestCliDiff::wrongArgumentsAreExitTwo() {
    QCOMPARE(diff({QStringLiteral("learn-pc-bridges.xml")}).exitCode, 2);
    QCOMPARE(
        diff({QStringLiteral("--format=yaml"), QStringLiteral("a.xml"), QStringLiteral("b.xml")})
            .exitCode,
        2);
    const CliRun missing =
        diff({QStringLiteral("learn-pc-bridges.xml"), QStringLiteral("no-such-file.xml")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("no-such-file.xml")));
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
