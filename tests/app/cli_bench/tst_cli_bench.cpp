// `pcitopo bench`, run as the real binary in its quick, libvirt-free mode: every benchmark is
// present with positive times and a well-formed report. No timing thresholds (the figures
// depend on the machine); the generated domains must be ones pcitopo accepts, or the libvirt
// comparisons would compare a refusal.
#include "../clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

using Run = CliRun;

Run pcitopo(const QStringList& arguments) {
    return runPcitopo(arguments, 300000);
}

const QStringList expectedBenchmarks{
    QStringLiteral("process-validate-q35-desktop"),
    QStringLiteral("process-assign-q35-desktop"),
    QStringLiteral("process-validate-pc-500"),
    QStringLiteral("process-assign-pc-500"),
    QStringLiteral("process-validate-q35-200"),
    QStringLiteral("process-assign-q35-200"),
    QStringLiteral("marginal-validate-pc-500"),
    QStringLiteral("marginal-assign-pc-500"),
    QStringLiteral("validate-pc"),
    QStringLiteral("validate-q35"),
    QStringLiteral("assign-pc"),
    QStringLiteral("assign-q35"),
    QStringLiteral("drag-verdicts-net-virtio"),
    QStringLiteral("drag-verdicts-net-e1000"),
    QStringLiteral("drag-verdicts-ctl-pcie-root-port"),
    QStringLiteral("drag-verdicts-move"),
    QStringLiteral("topology"),
    QStringLiteral("document-load"),
    QStringLiteral("document-save"),
    QStringLiteral("document-edit"),
    QStringLiteral("growth-load"),
    QStringLiteral("growth-validate"),
    QStringLiteral("growth-validate-invalid"),
    QStringLiteral("growth-assign"),
    QStringLiteral("growth-show"),
};

// A difference of two whole-process medians: noise can make it zero or negative.
bool isMarginal(const QString& name) {
    return name.startsWith(u"marginal-");
}

} // namespace

class TestCliBench : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyBenchmarkPresentInOrder();
    void timesArePositive();
    void noLibvirtFiguresWithoutLibvirt();
    void throughputAndTargets();
    void generatedDomainsAreAccepted();
    void textTableListsEveryBenchmark();
    void badArguments_data();
    void badArguments();

private:
    QJsonObject m_report;
    QHash<QString, QJsonObject> m_byName;
};

void TestCliBench::initTestCase() {
    const Run r =
        pcitopo({QStringLiteral("bench"), QStringLiteral("--quick"), QStringLiteral("--no-libvirt"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(json.isObject(), qPrintable(error.errorString() + u'\n' + r.out));
    m_report = json.object();
    for (const QJsonValue& value : m_report.value(QStringLiteral("benchmarks")).toArray())
        m_byName.insert(value[QStringLiteral("name")].toString(), value.toObject());
}

void TestCliBench::everyBenchmarkPresentInOrder() {
    QCOMPARE(m_report.value(QStringLiteral("quick")).toBool(), true);
    QVERIFY(m_report.value(QStringLiteral("libvirt")).toString().startsWith(u"skipped"));
    QStringList names;
    for (const QJsonValue& value : m_report.value(QStringLiteral("benchmarks")).toArray())
        names.append(value[QStringLiteral("name")].toString());
    QCOMPARE(names, expectedBenchmarks);
}

void TestCliBench::timesArePositive() {
    for (const QString& name : expectedBenchmarks) {
        const QJsonObject timing = m_byName.value(name).value(QStringLiteral("pcitopo")).toObject();
        QVERIFY2(!m_byName.value(name).value(QStringLiteral("description")).toString().isEmpty(),
                 qPrintable(name));
        if (isMarginal(name))
            continue;
        QVERIFY2(timing.value(QStringLiteral("wall_ms")).toDouble() > 0, qPrintable(name));
        QVERIFY2(timing.value(QStringLiteral("cpu_ms")).toDouble() > 0, qPrintable(name));
        QVERIFY2(timing.value(QStringLiteral("runs")).toInt() >= 1, qPrintable(name));
    }
}

void TestCliBench::noLibvirtFiguresWithoutLibvirt() {
    for (const QString& name : expectedBenchmarks) {
        const QJsonObject result = m_byName.value(name);
        QVERIFY2(result.value(QStringLiteral("libvirt_ms")).isNull(), qPrintable(name));
        QVERIFY2(result.value(QStringLiteral("ratio")).isNull(), qPrintable(name));
        if (name.startsWith(u"validate-") || name.startsWith(u"assign-") ||
            name.startsWith(u"process-") || isMarginal(name)) {
            QCOMPARE(result.value(QStringLiteral("libvirt_note")).toString(),
                     QStringLiteral("libvirt skipped (--no-libvirt)"));
            // A comparison without its libvirt half cannot pass or miss its target.
            QVERIFY2(result.value(QStringLiteral("passed")).isNull(), qPrintable(name));
        }
    }
}

void TestCliBench::throughputAndTargets() {
    for (const char* name : {"document-load", "document-save"})
        QVERIFY2(m_byName.value(QLatin1String(name)).value(QStringLiteral("mb_per_s")).toDouble() >
                     0,
                 name);
    QCOMPARE(
        m_byName.value(QStringLiteral("validate-pc")).value(QStringLiteral("target")).toString(),
        QStringLiteral("ratio >= 10"));
    QCOMPARE(m_byName.value(QStringLiteral("process-validate-q35-desktop"))
                 .value(QStringLiteral("target"))
                 .toString(),
             QStringLiteral("ratio >= 4"));
    QCOMPARE(m_byName.value(QStringLiteral("process-assign-pc-500"))
                 .value(QStringLiteral("target"))
                 .toString(),
             QStringLiteral("ratio >= 3"));
    QCOMPARE(m_byName.value(QStringLiteral("marginal-assign-pc-500"))
                 .value(QStringLiteral("target"))
                 .toString(),
             QStringLiteral("ratio >= 20"));
    const QJsonObject load = m_byName.value(QStringLiteral("document-load"));
    QCOMPARE(load.value(QStringLiteral("target")).toString(), QStringLiteral(">= 500 MB/s"));
    QVERIFY(load.value(QStringLiteral("passed")).isBool());
    for (const QString& name : expectedBenchmarks) {
        if (!name.startsWith(u"growth-"))
            continue;
        const QJsonObject growth = m_byName.value(name);
        QVERIFY2(growth.value(QStringLiteral("exponent")).toDouble() > 0.3, qPrintable(name));
        QCOMPARE(growth.value(QStringLiteral("target")).toString(),
                 QStringLiteral("exponent <= 1.1"));
        QVERIFY(growth.value(QStringLiteral("passed")).isBool());
    }
    const QJsonObject drag = m_byName.value(QStringLiteral("drag-verdicts-net-virtio"));
    QCOMPARE(drag.value(QStringLiteral("target")).toString(), QStringLiteral("< 2 ms"));
    QVERIFY(drag.value(QStringLiteral("passed")).isBool());
}

void TestCliBench::generatedDomainsAreAccepted() {
    for (const char* name : {"validate-pc", "validate-q35"}) {
        const QString detail =
            m_byName.value(QLatin1String(name)).value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(u"; 0 errors,"), qPrintable(detail));
    }
    for (const char* name : {"assign-pc", "assign-q35"}) {
        const QString detail =
            m_byName.value(QLatin1String(name)).value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.endsWith(u", accepted"), qPrintable(detail));
    }
    QVERIFY(m_byName.value(QStringLiteral("document-save"))
                .value(QStringLiteral("detail"))
                .toString()
                .startsWith(u"byte-identical"));
}

void TestCliBench::textTableListsEveryBenchmark() {
    const Run r = pcitopo(
        {QStringLiteral("bench"), QStringLiteral("--quick"), QStringLiteral("--no-libvirt")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n');
    QCOMPARE(lines.value(0),
             QStringLiteral("libvirt: skipped (--no-libvirt); quick run (fewer runs)"));
    QVERIFY(lines.value(2).startsWith(u"benchmark "));
    for (qsizetype i = 0; i < expectedBenchmarks.size(); ++i)
        QVERIFY2(lines.value(3 + i).startsWith(expectedBenchmarks[i] + u' '),
                 qPrintable(lines.value(3 + i)));
}

void TestCliBench::badArguments_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("format without value") << QStringList{QStringLiteral("--format")};
}

void TestCliBench::badArguments() {
    QFETCH(QStringList, arguments);
    const Run r = pcitopo(QStringList{QStringLiteral("bench")} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(u"usage: pcitopo bench"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliBench)
#include "tst_cli_bench.moc"
