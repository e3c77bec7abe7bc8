// Replays every input in fuzz-regressions/ through the fuzz target's pipeline check
// (pipelinecheck.h): an input that once crashed, hung or broke a promise must now pass, within
// the fuzz run's own time-out. New crash inputs from `scripts/robustness` are added there.
#include "pipelinecheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pcitopo::testing;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void everyRecordedInputNowPasses();
};

void TestFuzzRegressions::everyRecordedInputNowPasses() {
    const QDir fixtures(
        QStringLiteral(PCITOPO_SOURCE_DIR "/tests/model/robustness/fuzz-regressions"));
    const QStringList names =
        fixtures.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(fixtures.path() + QStringLiteral(" has no inputs")));
    QTemporaryDir saveDirectory;
    QStringList failures;
    for (const QString& name : names) {
        QFile file(fixtures.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        const QString broken = brokenPromise(file.readAll(), saveDirectory.path());
        const qint64 ms = timer.elapsed();
        if (!broken.isEmpty())
            failures.append(name + QStringLiteral(": ") + broken);
        else if (ms > 10000) // the fuzz run's -timeout
            failures.append(name + QStringLiteral(": took %1 ms").arg(ms));
    }
    qInfo("fuzz regressions: %lld/%lld inputs pass", qint64(names.size() - failures.size()),
          qint64(names.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
