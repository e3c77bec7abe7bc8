// What `pcitopo WORD` does with a word that is not a subcommand (issue #18, item 7): a typo is
// an unknown command with a suggestion, never the editor; the editor without a display says so
// and exits 2 (not Qt's abort); `pcitopo SUBCOMMAND --help` prints that subcommand's usage.
#include "clirun.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QProcessEnvironment withoutDisplay() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

} // namespace

class TestCliDispatch : public QObject {
    Q_OBJECT
private slots:
    void typoIsAnUnknownCommandWithASuggestion() {
        // Without a display: today's main started the editor here and Qt aborted (134).
        const CliRun run = runPcitopo({QStringLiteral("valdate"), QStringLiteral("x.xml")}, 60000,
                                      QString(), withoutDisplay());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral(
                     "pcitopo: unknown command 'valdate' (did you mean 'validate'?)\n")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void farWordGetsNoSuggestion() {
        const CliRun run =
            runPcitopo({QStringLiteral("frobnicate")}, 60000, QString(), withoutDisplay());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("pcitopo: unknown command 'frobnicate'\n")),
                 qPrintable(run.err));
    }

    void editorWithoutDisplaySaysSoAndExits2() {
        const QString example =
            QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/q35-desktop.xml");
        for (const QStringList& arguments : {QStringList{}, QStringList{example}}) {
            const CliRun run = runPcitopo(arguments, 60000, QString(), withoutDisplay());
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("no display")), qPrintable(run.err));
        }
        QProcessEnvironment xcb = withoutDisplay();
        xcb.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const CliRun run = runPcitopo({example}, 60000, QString(), xcb);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("DISPLAY is not set")), qPrintable(run.err));
    }

    void subcommandHelpPrintsItsUsage_data() {
        QTest::addColumn<QString>("command");
        for (const char* command :
             {"validate", "assign", "show", "render", "explain", "bench", "check"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }
    void subcommandHelpPrintsItsUsage() {
        QFETCH(QString, command);
        for (const QString& help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CliRun run = runPcitopo({command, help});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.startsWith(QStringLiteral("usage: pcitopo ") + command + u' '),
                     qPrintable(run.out));
            for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts))
                QVERIFY2(line.contains(QStringLiteral("pcitopo ") + command), qPrintable(line));
            QVERIFY(run.err.isEmpty());
        }
    }

    void helpAfterOtherArgumentsToo() {
        const CliRun run = runPcitopo({QStringLiteral("validate"), QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--connect URI DOMAIN")));
    }

    // The editor is an executable of its own; pcitopo FILE still opens it (offscreen here).
    void fileOpensTheEditor() {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const CliRun run =
            runPcitopo({QStringLiteral("--screenshot"), shot,
                        QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/q35-desktop.xml")},
                       60000, QString(), environment);
        QCOMPARE(run.exitCode, 0);
        QFile png(shot);
        QVERIFY(png.open(QIODevice::ReadOnly));
        QCOMPARE(png.read(4), QByteArray("\x89PNG"));
    }
};

QTEST_GUILESS_MAIN(TestCliDispatch)
#include "tst_cli_dispatch.moc"
