#pragma once

// Runs the real pcitopo binary (PCITOPO_BINARY) as a user would, for the CLI tests.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

struct CliRun {
    int exitCode = -1; // -1 when the process crashed or did not finish
    QByteArray outBytes;
    QString out; // outBytes as UTF-8
    QString err;
};

// workingDirectory: where relative FILE arguments are resolved (empty: the test's own).
// environment: the child's environment (empty: the test's own).
inline CliRun runPcitopo(const QStringList& arguments, int timeoutMs = 60000,
                         const QString& workingDirectory = QString(),
                         const QProcessEnvironment& environment = QProcessEnvironment()) {
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PCITOPO_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("pcitopo did not finish");
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.outBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.outBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
