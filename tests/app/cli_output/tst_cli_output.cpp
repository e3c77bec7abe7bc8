// Where `render -o`, `assign -o` and `assign --in-place` write (issue #18, items 3, 4 and 9): a
// failed write exits non-zero with the system's words and leaves the old file whole; a FIFO or
// a device is written, never replaced; an in-place save keeps the file's mode and owner and
// removes the temporaries a killed save left; the summary says when libvirt drops an address.

#include "../clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <future>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <utime.h>

namespace {

const QByteArray Unaddressed = R"(<domain type='qemu'>
  <name>out</name>
  <memory unit='KiB'>1048576</memory>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
  <devices>
    <interface type='network'><source network='default'/><model type='virtio'/></interface>
  </devices>
</domain>
)";

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// pcitopo with the file size limited to `bytes` (SIGXFSZ ignored: a write fails with EFBIG).
CliRun runWithFileSizeLimit(const QStringList& arguments, rlim_t bytes) {
    QProcess process;
    process.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(QStringLiteral(PCITOPO_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("pcitopo did not finish");
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

class TestCliOutput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void renderPastTheFileSizeLimitKeepsTheOldFile();
    void assignPastTheFileSizeLimitKeepsTheOldFile();
    void fifoIsWrittenNotReplaced();
    void characterDeviceIsWrittenNotReplaced();
    void dashIsStandardOutput();
    void fullStandardOutputIsAnError();
    void inPlaceKeepsModeAndOwner();
    void staleTemporariesAreRemoved();
    void droppedAddressIsSaidSo();

private:
    QTemporaryDir dir;
    QString input;
};

void TestCliOutput::initTestCase() {
    input = dir.filePath(QStringLiteral("in.xml"));
    QVERIFY(writeFile(input, Unaddressed));
}

void TestCliOutput::renderPastTheFileSizeLimitKeepsTheOldFile() {
    const QString out = dir.filePath(QStringLiteral("picture.svg"));
    const QByteArray old = "the previous picture\n";
    QVERIFY(writeFile(out, old));
    const CliRun run =
        runWithFileSizeLimit({QStringLiteral("render"), input, QStringLiteral("-o"), out}, 64);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(out + QStringLiteral(": cannot write: File too large")),
             qPrintable(run.err));
    QCOMPARE(readFile(out), old);
}

void TestCliOutput::assignPastTheFileSizeLimitKeepsTheOldFile() {
    QTemporaryDir own;
    const QString file = own.filePath(QStringLiteral("vm.xml"));
    QVERIFY(writeFile(file, Unaddressed));
    const CliRun run =
        runWithFileSizeLimit({QStringLiteral("assign"), file, QStringLiteral("--in-place")}, 64);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("File too large")), qPrintable(run.err));
    QCOMPARE(readFile(file), Unaddressed);
    QCOMPARE(filesIn(own.path()), QStringList{QStringLiteral("vm.xml")});
}

void TestCliOutput::fifoIsWrittenNotReplaced() {
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    // The reader opens the FIFO as `cat pipe` would, while pcitopo writes into it.
    auto reader = std::async(std::launch::async, [&] { return readFile(fifo); });
    const CliRun run = runPcitopo({QStringLiteral("assign"), input, QStringLiteral("-o"), fifo});
    QCOMPARE(run.exitCode, 0);
    const QByteArray received = reader.get();
    QVERIFY2(received.contains("<address type='pci'"), received.constData());
    QVERIFY(QFileInfo(fifo).exists());
    struct stat st {};
    QVERIFY(::stat(QFile::encodeName(fifo).constData(), &st) == 0);
    QVERIFY2(S_ISFIFO(st.st_mode), "the FIFO was replaced");
}

void TestCliOutput::characterDeviceIsWrittenNotReplaced() {
    // A /dev/null of our own (the same device, 1:3), so that a regression cannot replace the
    // machine's /dev/null.
    const QString null = dir.filePath(QStringLiteral("null"));
    if (::mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        QSKIP("cannot create a character device here (needs root)");
    for (const QString& command : {QStringLiteral("assign"), QStringLiteral("render")}) {
        const CliRun run = runPcitopo({command, input, QStringLiteral("-o"), null});
        QCOMPARE(run.exitCode, 0);
        struct stat st {};
        QVERIFY(::stat(QFile::encodeName(null).constData(), &st) == 0);
        QVERIFY2(S_ISCHR(st.st_mode) && st.st_rdev == makedev(1, 3),
                 qPrintable(command + QStringLiteral(" replaced the device")));
    }
    QCOMPARE(filesIn(dir.path()).filter(QStringLiteral("null.")), QStringList());
}

void TestCliOutput::dashIsStandardOutput() {
    const CliRun run =
        runPcitopo({QStringLiteral("assign"), input, QStringLiteral("-o"), QStringLiteral("-")},
                   60000, dir.path());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("<address type='pci'")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("-"))));
}

void TestCliOutput::fullStandardOutputIsAnError() {
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    for (const QString& command : {QStringLiteral("assign"), QStringLiteral("render")}) {
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(QStringLiteral(PCITOPO_BINARY), {command, input});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("standard output: cannot write: No space left")),
                 qPrintable(err));
    }
}

void TestCliOutput::inPlaceKeepsModeAndOwner() {
    QTemporaryDir own;
    const QString file = own.filePath(QStringLiteral("vm.xml"));
    QVERIFY(writeFile(file, Unaddressed));
    const QByteArray native = QFile::encodeName(file);
    QVERIFY(::chmod(native.constData(), 0444) == 0);
    const bool root = ::geteuid() == 0;
    if (root)
        QVERIFY(::chown(native.constData(), 65534, 65534) == 0); // nobody:nogroup
    const CliRun run = runPcitopo({QStringLiteral("assign"), file, QStringLiteral("--in-place")});
    if (!root) {
        QVERIFY(run.exitCode != 0); // a read-only file is not the user's to replace
        QCOMPARE(readFile(file), Unaddressed);
        return;
    }
    QCOMPARE(run.exitCode, 0);
    QVERIFY(readFile(file).contains("<address type='pci'"));
    struct stat st {};
    QVERIFY(::stat(native.constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0444));
    QCOMPARE(st.st_uid, uid_t(65534));
    QCOMPARE(st.st_gid, gid_t(65534));
}

void TestCliOutput::staleTemporariesAreRemoved() {
    QTemporaryDir own;
    const QString file = own.filePath(QStringLiteral("vm.xml"));
    QVERIFY(writeFile(file, Unaddressed));
    // What a save killed between writing its temporary and the rename leaves (QSaveFile's
    // NAME.XXXXXX, marked by pcitopo), an hour old; a fresh one may be another save under way;
    // the user's own "vm.xml.backup" has the same shape of name but not the mark.
    const QString stale = file + QStringLiteral(".AbCdEf");
    const QString fresh = file + QStringLiteral(".XyZxyz");
    const QString other = file + QStringLiteral(".backup");
    const qint64 hourAgo = QDateTime::currentSecsSinceEpoch() - 3600;
    const utimbuf old{time_t(hourAgo), time_t(hourAgo)};
    for (const QString& path : {stale, fresh, other}) {
        QVERIFY(writeFile(path, "partial"));
        const QByteArray native = QFile::encodeName(path);
        if (path != other &&
            ::setxattr(native.constData(), "user.pcitopo.temporary", "1", 1, 0) != 0)
            QSKIP("this file system keeps no user attributes: nothing is ever removed here");
        if (path != fresh)
            QVERIFY(::utime(native.constData(), &old) == 0);
    }
    const CliRun run = runPcitopo({QStringLiteral("assign"), file, QStringLiteral("--in-place")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(filesIn(own.path()),
             (QStringList{QStringLiteral("vm.xml"), QStringLiteral("vm.xml.XyZxyz"),
                          QStringLiteral("vm.xml.backup")}));
}

void TestCliOutput::droppedAddressIsSaidSo() {
    // libvirt discards the address of <memballoon model='none'>: not "-1 PCI addresses written".
    const QString file = dir.filePath(QStringLiteral("balloon.xml"));
    QByteArray xml = Unaddressed;
    xml.replace("  </devices>", "    <memballoon model='none'><address type='pci' domain='0x0000' "
                                "bus='0x00' slot='0x05' function='0x0'/></memballoon>\n"
                                "  </devices>");
    QVERIFY(writeFile(file, xml));
    const CliRun run = runPcitopo({QStringLiteral("assign"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains(QStringLiteral("-1")), qPrintable(run.err));
    const QRegularExpression said(QStringLiteral("[1-9][0-9]* PCI addresses written, PCI address "
                                                 "removed from 1 memballoon as libvirt does"));
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
