// `pcitopo assign`: the written document is the policy's result as minimal splices (every other
// byte unchanged), the summary goes to stderr, and the exit status tells what happened.

#include "../clirun.h"
#include "policies/placementpolicy.h"
#include "session/documentsession.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace pcitopo;

namespace {

using Result = CliRun;

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Odd but valid formatting that a rewrite would lose: comment, tabs, double quotes, spacing.
const QByteArray Quirky = R"(<?xml version="1.0"?>
<!-- made by hand -->
<domain type="qemu">
	<name>quirky</name>   <memory unit = "KiB">1048576</memory>
  <os><type arch="x86_64" machine="q35">hvm</type></os>
  <devices>
    <disk type="file" device="disk"><source file="/tmp/a.qcow2"/><target dev="vda" bus="virtio"/></disk>
    <!-- the NIC -->
    <interface type="network"><source network="default"/><model type="virtio"/></interface>
    <interface type='network'>
      <source network='default'/>
      <model type='e1000'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x09' function='0x0'/>
    </interface>
  </devices>
</domain>
)";

// The same policy through the model API: what the CLI must have written.
QByteArray expectedBytes(const QByteArray& input, const QString& policy) {
    DocumentSession session;
    DocumentError error;
    if (!session.openBytes(input, QStringLiteral("in.xml"), &error))
        return {};
    const PolicySpec spec = *PolicySpec::parse(policy, nullptr);
    const PolicyPlan plan = makePolicy(spec)->plan(session.document(), RuleTable::builtin());
    if (!session.execute(makePolicyCommand(session.document(), plan, spec.name())))
        return {};
    return session.document().toBytes();
}

} // namespace

class TestCliAssign : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void writesThePolicyResult_data();
    void writesThePolicyResult();
    void keepsEveryOtherByte();
    void writesToStdoutOrInPlace();
    void refusesAnInputWithErrors();
    void numaWithoutCellsExitsOne();
    void warnsWhereLibvirtMovesAnAddress();
    void rejectsBadArguments();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCliAssign::writesThePolicyResult_data() {
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("summary");
    QTest::newRow("default") << QString() << u"policy libvirt: "_qs;
    QTest::newRow("libvirt") << u"libvirt"_qs << u"policy libvirt: "_qs;
    QTest::newRow("integrated") << u"integrated"_qs << u"policy integrated: "_qs;
    QTest::newRow("reserve:5") << u"reserve:5"_qs << u"policy reserve:5: "_qs;
}

void TestCliAssign::writesThePolicyResult() {
    QFETCH(QString, policy);
    QFETCH(QString, summary);
    const QString input = QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/q35-desktop.xml");
    QStringList args = {u"assign"_qs, input, u"-o"_qs, path(u"out.xml"_qs)};
    if (!policy.isEmpty())
        args << u"--policy"_qs << policy;
    const Result r = runPcitopo(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outBytes.isEmpty());
    const QByteArray written = readFile(path(u"out.xml"_qs));
    QCOMPARE(written, expectedBytes(readFile(input), policy.isEmpty() ? u"libvirt"_qs : policy));
    QVERIFY(written != readFile(input));
    // One line: what was added.
    static const QRegularExpression line(QStringLiteral(
        R"(^pcitopo assign: policy \S+: (\d+) PCI addresses written, (\d+) )"
        R"(controllers added( \(.*\))?(, \d+ implicit devices written \(.*\))?\n$)"));
    const QRegularExpressionMatch m = line.match(r.err);
    QVERIFY2(m.hasMatch(), qPrintable(r.err));
    QVERIFY2(r.err.contains(summary), qPrintable(r.err));
    QVERIFY(m.captured(1).toInt() > 0);
}

void TestCliAssign::keepsEveryOtherByte() {
    writeFile(path(u"quirky.xml"_qs), Quirky);
    const Result r = runPcitopo({u"assign"_qs, u"--policy=integrated"_qs, path(u"quirky.xml"_qs),
                                 u"-o"_qs, path(u"out.xml"_qs)});
    QCOMPARE(r.exitCode, 0);
    const QByteArray out = readFile(path(u"out.xml"_qs));
    QCOMPARE(out, expectedBytes(Quirky, u"integrated"_qs));
    // Everything up to the first device and the explicitly addressed NIC are untouched.
    const qsizetype firstDevice = Quirky.indexOf("<disk");
    QCOMPARE(out.left(firstDevice), Quirky.left(firstDevice));
    const qsizetype nic = Quirky.indexOf("<interface type='network'>");
    const QByteArray addressedNic = Quirky.mid(nic, Quirky.indexOf("</interface>", nic) - nic);
    QVERIFY(out.contains(addressedNic));
    QVERIFY(out.contains("<!-- the NIC -->"));
    QVERIFY(out.contains(R"(<source file="/tmp/a.qcow2"/><target dev="vda" bus="virtio"/>)"));
    QVERIFY(out.endsWith("</domain>\n"));
}

void TestCliAssign::writesToStdoutOrInPlace() {
    writeFile(path(u"a.xml"_qs), Quirky);
    const QByteArray expected = expectedBytes(Quirky, u"reserve:2"_qs);
    const Result toStdout =
        runPcitopo({u"assign"_qs, u"--policy"_qs, u"reserve:2"_qs, path(u"a.xml"_qs)});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.outBytes, expected);
    QCOMPARE(readFile(path(u"a.xml"_qs)), Quirky);
    const Result inPlace = runPcitopo(
        {u"assign"_qs, u"--policy"_qs, u"reserve:2"_qs, u"--in-place"_qs, path(u"a.xml"_qs)});
    QCOMPARE(inPlace.exitCode, 0);
    QVERIFY(inPlace.outBytes.isEmpty());
    QCOMPARE(readFile(path(u"a.xml"_qs)), expected);
}

void TestCliAssign::refusesAnInputWithErrors() {
    QByteArray bad = Quirky;
    bad.replace("slot='0x09'", "slot='0x1f'"); // 00:1f.0 is the ISA bridge: double use
    writeFile(path(u"bad.xml"_qs), bad);
    const Result r = runPcitopo({u"assign"_qs, path(u"bad.xml"_qs), u"-o"_qs, path(u"o.xml"_qs)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"bad.xml"_qs) && r.err.contains(u": error: "_qs), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"0000:00:1f.0"_qs), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"o.xml"_qs)));
}

void TestCliAssign::numaWithoutCellsExitsOne() {
    writeFile(path(u"n.xml"_qs), Quirky);
    const Result r = runPcitopo(
        {u"assign"_qs, u"--policy"_qs, u"numa"_qs, path(u"n.xml"_qs), u"-o"_qs, path(u"o.xml"_qs)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"<cpu><numa><cell>"_qs), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"o.xml"_qs)));
}

void TestCliAssign::warnsWhereLibvirtMovesAnAddress() {
    QByteArray grow = Quirky;
    grow.replace("bus='0x00' slot='0x09'", "bus='0x01' slot='0x03'"); // GROW-2
    writeFile(path(u"g.xml"_qs), grow);
    const Result r = runPcitopo({u"assign"_qs, path(u"g.xml"_qs)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"g.xml:13:7: warning:"_qs) && r.err.contains(u"GROW-2"_qs),
             qPrintable(r.err));
    QVERIFY(r.outBytes.contains("bus='0x02' slot='0x03'"));
}

void TestCliAssign::rejectsBadArguments() {
    const QString input = QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/pc-server.xml");
    QCOMPARE(runPcitopo({u"assign"_qs, u"--policy"_qs, u"fastest"_qs, input}).exitCode, 2);
    QCOMPARE(runPcitopo({u"assign"_qs, u"--policy"_qs, u"reserve:x"_qs, input}).exitCode, 2);
    QCOMPARE(runPcitopo({u"assign"_qs, input, u"--in-place"_qs, u"-o"_qs, u"x"_qs}).exitCode, 2);
    QCOMPARE(runPcitopo({u"assign"_qs}).exitCode, 2);
    QCOMPARE(runPcitopo({u"assign"_qs, input, input}).exitCode, 2);
    const Result missing = runPcitopo({u"assign"_qs, path(u"missing.xml"_qs)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"missing.xml"_qs));
}

QTEST_GUILESS_MAIN(TestCliAssign)
#include "tst_cli_assign.moc"
