// `pcitopo check` where no real daemon is needed (issue #18, item 1): a socket that accepts the
// connection and never answers ends in a time-out error, not a hang; XML that pcitopo refuses
// (an entity declaration) is never sent to libvirt (the test:///default driver).

#include "../clirun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

QString example(const QString& name) {
    return QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/") + name;
}

// A listening Unix socket: the kernel accepts connections into its backlog; nobody answers.
class SilentSocket {
public:
    explicit SilentSocket(const QString& path) : fd(::socket(AF_UNIX, SOCK_STREAM, 0)) {
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        qstrncpy(address.sun_path, native.constData(), sizeof address.sun_path);
        listening = fd >= 0 &&
                    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                    ::listen(fd, 16) == 0;
    }
    ~SilentSocket() { ::close(fd); }
    SilentSocket(const SilentSocket&) = delete;
    SilentSocket& operator=(const SilentSocket&) = delete;
    bool listening = false;

private:
    int fd;
};

} // namespace

class TestCliCheck : public QObject {
    Q_OBJECT
private slots:
    void daemonThatNeverAnswersTimesOut();
    void refusedXmlIsNeverSent();
    void badTimeoutIsAUsageError();
};

void TestCliCheck::daemonThatNeverAnswersTimesOut() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sock"));
    const SilentSocket socket(path);
    QVERIFY(socket.listening);
    const QString uri = QStringLiteral("qemu+unix:///system?socket=") + path;
    QElapsedTimer timer;
    timer.start();
    const CliRun run =
        runPcitopo({QStringLiteral("check"), QStringLiteral("--timeout"), QStringLiteral("2"),
                    QStringLiteral("--connect"), uri, example(QStringLiteral("q35-desktop.xml"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(uri + QStringLiteral(" did not answer within 2 s (connecting)")),
             qPrintable(run.err));
    QVERIFY2(timer.elapsed() < 30000, "the time-out was not kept");
}

void TestCliCheck::refusedXmlIsNeverSent() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("entity.xml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("<!DOCTYPE domain [<!ENTITY n \"x\">]>\n<domain type='test'><name>&n;</name>"
              "<memory>1024</memory><os><type>hvm</type></os></domain>\n");
    out.close();
    const CliRun run = runPcitopo({QStringLiteral("check"), QStringLiteral("--connect"),
                                   QStringLiteral("test:///default"), file});
    QVERIFY2(run.out.contains(QStringLiteral("not sent to libvirt: pcitopo refuses it at 1:")),
             qPrintable(run.out + run.err));
}

void TestCliCheck::badTimeoutIsAUsageError() {
    const CliRun run = runPcitopo({QStringLiteral("check"), QStringLiteral("--timeout"),
                                   QStringLiteral("0"), example(QStringLiteral("pc-server.xml"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--timeout needs a number of seconds")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
