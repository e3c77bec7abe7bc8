// `pcitopo validate` run as users run it: the real binary, exact stdout, exit status.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

const char kClean[] = R"(<domain type='kvm'>
  <name>clean</name>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <interface type='user'><model type='virtio'/></interface>
  </devices>
</domain>
)";

// Line 5 column 79 is the 'chassis' attribute: not an option of pci-bridge.
const char kBad[] = R"(<domain type='kvm'>
  <name>bad</name>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <controller type='pci' index='1' model='pci-bridge'><target chassisNr='1' chassis='3'/></controller>
  </devices>
</domain>
)";

// Function 1 without function 0: legal, but a warning.
const char kWarning[] = R"(<domain type='kvm'>
  <name>warn</name>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <watchdog model='i6300esb'><address type='pci' domain='0x0000' bus='0x00' slot='0x07' function='0x1'/></watchdog>
  </devices>
</domain>
)";

const char kMalformed[] = "<domain type='kvm'>\n  <name>x</name>\n  <devices>\n</domain>\n";

} // namespace

class TestCliValidate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const char* content);

private slots:
    void cleanFileIsSilentAndSucceeds();
    void errorIsCompilerStyleWithExplanationAndFix();
    void warningDoesNotFail();
    void jsonLinesOnePerFile();
    void unreadableAndMalformedExitTwo();
    void worstFileDecidesTheStatus();
    void badArgumentsExitTwo();
};

QString TestCliValidate::write(const QString& name, const char* content) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestCliValidate::cleanFileIsSilentAndSucceeds() {
    const Run run =
        runPcitopo({QStringLiteral("validate"), write(QStringLiteral("clean.xml"), kClean)});
    QCOMPARE(run.out, QString());
    QCOMPARE(run.exitCode, 0);
}

void TestCliValidate::errorIsCompilerStyleWithExplanationAndFix() {
    const QString path = write(QStringLiteral("bad.xml"), kBad);
    const Run run = runPcitopo({QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0],
             path + QStringLiteral(
                        ":5:79: error: unsupported configuration: Option 'chassis' is not valid "
                        "for PCI controller with index '1', model 'pci-bridge' and modelName "
                        "'pci-bridge' [pci.target.invalid-option]"));
    QVERIFY(lines[1].startsWith(u"    Each controller model takes only its own <target> options"));
    QCOMPARE(lines[2], QStringLiteral("    fix: Remove chassis"));
}

void TestCliValidate::warningDoesNotFail() {
    const QString path = write(QStringLiteral("warn.xml"), kWarning);
    const Run run = runPcitopo({QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(path + QStringLiteral(":5:")), qPrintable(run.out));
    QVERIFY(
        run.out.contains(u": warning: slot 00:07 uses function 1 but has nothing at function 0"));
    QVERIFY(run.out.contains(u"[pci.multifunction.no-function-zero]"));
    QVERIFY(run.out.contains(u"    fix: Move to 00:07.0"));
}

void TestCliValidate::jsonLinesOnePerFile() {
    const QString bad = write(QStringLiteral("bad.xml"), kBad);
    const QString clean = write(QStringLiteral("clean.xml"), kClean);
    const Run run = runPcitopo({QStringLiteral("validate"), QStringLiteral("--format"),
                                QStringLiteral("json"), bad, clean});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(u"{\"file\":"));
    const QJsonObject first = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    QCOMPARE(first.value(u"file").toString(), bad);
    QCOMPARE(first.value(u"ok").toBool(true), false);
    const QJsonObject problem = first.value(u"problems").toArray().at(0).toObject();
    QCOMPARE(problem.value(u"severity").toString(), QStringLiteral("error"));
    QCOMPARE(problem.value(u"code").toString(), QStringLiteral("pci.target.invalid-option"));
    QCOMPARE(problem.value(u"line").toInt(), 5);
    QCOMPARE(problem.value(u"column").toInt(), 79);
    QVERIFY(problem.value(u"message").toString().startsWith(u"unsupported configuration: Option"));
    QVERIFY(!problem.value(u"explanation").toString().isEmpty());
    QCOMPARE(problem.value(u"fix").toString(), QStringLiteral("Remove chassis"));
    const QJsonObject second = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    QCOMPARE(second.value(u"ok").toBool(false), true);
    QCOMPARE(second.value(u"problems").toArray().size(), 0);
}

void TestCliValidate::unreadableAndMalformedExitTwo() {
    const QString missing = m_dir.filePath(QStringLiteral("missing.xml"));
    Run run = runPcitopo({QStringLiteral("validate"), missing});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.startsWith(missing + u':') && run.out.contains(u"[xml.parse]"),
             qPrintable(run.out));
    const QString malformed = write(QStringLiteral("malformed.xml"), kMalformed);
    run = runPcitopo({QStringLiteral("validate"), QStringLiteral("--format=json"), malformed});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.value(u"ok").toBool(true), false);
    const QJsonObject problem = object.value(u"problems").toArray().at(0).toObject();
    QCOMPARE(problem.value(u"code").toString(), QStringLiteral("xml.parse"));
    QVERIFY(problem.value(u"line").toInt() >= 3);
}

void TestCliValidate::worstFileDecidesTheStatus() {
    const QString bad = write(QStringLiteral("bad.xml"), kBad);
    const QString malformed = write(QStringLiteral("malformed.xml"), kMalformed);
    const QString clean = write(QStringLiteral("clean.xml"), kClean);
    QCOMPARE(runPcitopo({QStringLiteral("validate"), clean, bad}).exitCode, 1);
    QCOMPARE(runPcitopo({QStringLiteral("validate"), malformed, bad}).exitCode, 2);
    QCOMPARE(runPcitopo({QStringLiteral("validate"), bad, malformed, clean}).exitCode, 2);
}

void TestCliValidate::badArgumentsExitTwo() {
    Run run = runPcitopo({QStringLiteral("validate"), QStringLiteral("--format"),
                          QStringLiteral("xml"), QStringLiteral("x.xml")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"unknown format 'xml'"));
    run = runPcitopo({QStringLiteral("validate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"usage: pcitopo validate"));
}

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
