// Faults while saving (issue #7): a full disk, a read-only directory, the file replaced by
// another program, the process killed in the middle of a save. In every case the file on disk
// is a complete document (the old one, or the new one for a kill after the commit) and a failed
// save says why.
#include "boundedrun.h"
#include "document/domaindocument.h"
#include "document/safewrite.h"
#include "hostiledomains.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <csignal>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace pcitopo;
using namespace pcitopo::testing;

namespace {

constexpr int timeLimitMs = 60000; // a hang guard; saves take milliseconds
const QByteArray oldBytes = domainWith("    <!-- the old file -->\n");

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A document of about `megabytes` MB (a long comment), different from oldBytes.
DomainDocument bigDocument(int megabytes, char fill = 'n') {
    const QByteArray bytes =
        domainWith("    <!-- " + QByteArray(megabytes * 1024 * 1024, fill) + " -->\n");
    DocumentError error;
    auto document = DomainDocument::fromBytes(bytes, QStringLiteral("big.xml"), &error);
    if (!document)
        qFatal("%s", qPrintable(error.toString()));
    return std::move(*document);
}

// Saves `document` to `path` in a child prepared by `prepare`; returns the save's error.
BoundedRun saveInChild(const DomainDocument& document, const QString& path,
                       const std::function<bool()>& prepare) {
    return runBounded(
        [&] {
            QString error;
            return document.save(path, &error) ? QByteArray("(saved)") : error.toUtf8();
        },
        timeLimitMs, prepare);
}

QStringList leftovers(const QDir& dir, const QString& keep) {
    QStringList names = dir.entryList(QDir::Files | QDir::Hidden);
    names.removeAll(keep);
    return names;
}

} // namespace

class TestSaveFaults : public QObject {
    Q_OBJECT
private slots:
    void fileSizeLimitLeavesTheOldFile();
    void fullFilesystemLeavesTheOldFile();
    void readOnlyDirectoryLeavesTheOldFile();
    void fileReplacedUnderneathIsNotOverwritten();
    void fileRewrittenInPlaceIsNotOverwritten();
    void ownSavesAndRemovedFilesAreNoConflict();
    void killedMidSaveLeavesOldOrNewNeverTruncated();
    void changeJustBeforeTheCommitIsNotOverwritten();
};

void TestSaveFaults::fileSizeLimitLeavesTheOldFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vm.xml"));
    QVERIFY(writeFile(path, oldBytes));
    const DomainDocument big = bigDocument(2);
    const BoundedRun run = saveInChild(big, path, [] {
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
        rlimit limit{64 * 1024, 64 * 1024};
        return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    });
    QVERIFY(run.finished);
    QCOMPARE(run.output, (path + QStringLiteral(": cannot write: File too large")).toUtf8());
    QCOMPARE(readFile(path), oldBytes);
    QCOMPARE(leftovers(QDir(dir.path()), QStringLiteral("vm.xml")), QStringList());
}

void TestSaveFaults::fullFilesystemLeavesTheOldFile() {
    // A real ENOSPC: a 1 MiB tmpfs mounted in the child's own mount namespace (root only; the
    // mount disappears with the child).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vm.xml"));
    const DomainDocument big = bigDocument(2);
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    const BoundedRun run = runBounded(
        [&]() -> QByteArray {
            if (!writeFile(path, oldBytes))
                return "(cannot write the old file)";
            QString error;
            const bool saved = big.save(path, &error);
            const QByteArray after = readFile(path);
            return (saved ? QByteArray("(saved)") : error.toUtf8()) + '\n' +
                   (after == oldBytes ? "old file intact" : "old file damaged") + '\n' +
                   leftovers(QDir(dir.path()), QStringLiteral("vm.xml")).join(u' ').toUtf8();
        },
        timeLimitMs,
        [&] {
            return ::unshare(CLONE_NEWNS) == 0 &&
                   ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 &&
                   ::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=1m") == 0;
        });
    if (run.exitCode == 99)
        QSKIP("cannot mount a small tmpfs here (needs root and mount namespaces); the file "
              "size limit case covers a failed write");
    QVERIFY(run.finished);
    QCOMPARE(run.output, (path + QStringLiteral(": cannot write: No space left on device\n"
                                                "old file intact\n"))
                             .toUtf8());
}

void TestSaveFaults::readOnlyDirectoryLeavesTheOldFile() {
    QTemporaryDir dir;
    const QString readOnly = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkdir(readOnly));
    const QString path = readOnly + QStringLiteral("/vm.xml");
    QVERIFY(writeFile(path, oldBytes));
    // The file itself is writable by anyone: only the directory stands in the way.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::WriteGroup | QFile::ReadOther |
                                            QFile::WriteOther));
    const auto readAndEnter = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), readAndEnter | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(readOnly, readAndEnter));
    const DomainDocument big = bigDocument(1);
    // root writes anywhere: the child gives up root first (uid/gid 65534, "nobody").
    const BoundedRun run = saveInChild(big, path, [] {
        return ::geteuid() != 0 || (::setgid(65534) == 0 && ::setuid(65534) == 0);
    });
    QVERIFY(QFile::setPermissions(readOnly, readAndEnter | QFile::WriteOwner));
    QVERIFY(run.finished);
    QCOMPARE(run.output, (path + QStringLiteral(": cannot save: Permission denied")).toUtf8());
    QCOMPARE(readFile(path), oldBytes);
    QCOMPARE(leftovers(QDir(readOnly), QStringLiteral("vm.xml")), QStringList());
}

void TestSaveFaults::fileReplacedUnderneathIsNotOverwritten() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vm.xml"));
    QVERIFY(writeFile(path, oldBytes));
    DocumentError loadError;
    auto document = DomainDocument::fromFile(path, &loadError);
    QVERIFY2(document, qPrintable(loadError.toString()));
    // Another program replaces the file (a new inode, as editors and `virsh edit` do).
    const QByteArray theirs = domainWith("    <!-- their edit -->\n");
    const QString replacement = dir.filePath(QStringLiteral("theirs.xml"));
    QVERIFY(writeFile(replacement, theirs));
    QVERIFY(::rename(QFile::encodeName(replacement), QFile::encodeName(path)) == 0);
    QString error;
    QVERIFY(!document->save(path, &error));
    QCOMPARE(error, path + QStringLiteral(": not saved: the file was changed on disk by another "
                                          "program since pcitopo read it; it was left as it is"));
    QCOMPARE(readFile(path), theirs);
    // Saving elsewhere is no conflict; overwriting is possible when the user says so.
    QVERIFY2(document->save(dir.filePath(QStringLiteral("copy.xml")), &error), qPrintable(error));
    QVERIFY2(document->save(path, &error, DomainDocument::SaveMode::Overwrite), qPrintable(error));
    QCOMPARE(readFile(path), oldBytes);
}

void TestSaveFaults::fileRewrittenInPlaceIsNotOverwritten() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vm.xml"));
    QVERIFY(writeFile(path, oldBytes));
    DocumentError loadError;
    auto document = DomainDocument::fromFile(path, &loadError);
    QVERIFY(document);
    // Same inode, same size, one byte changed: only the content tells.
    QByteArray theirs = oldBytes;
    theirs.replace("the old file", "the OLD file");
    QVERIFY(writeFile(path, theirs));
    QString error;
    QVERIFY(!document->save(path, &error));
    QVERIFY2(error.contains(QStringLiteral("changed on disk")), qPrintable(error));
    QCOMPARE(readFile(path), theirs);
}

void TestSaveFaults::ownSavesAndRemovedFilesAreNoConflict() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vm.xml"));
    QVERIFY(writeFile(path, oldBytes));
    DocumentError loadError;
    auto document = DomainDocument::fromFile(path, &loadError);
    QVERIFY(document);
    QString error;
    QVERIFY2(document->save(path, &error), qPrintable(error)); // unchanged on disk
    const ElementId devices = document->devicesElement();
    QVERIFY(
        !document->insertElement(devices, QStringLiteral("<watchdog model='i6300esb'/>")).isNoop());
    QVERIFY2(document->save(path, &error), qPrintable(error)); // its own previous save
    QCOMPARE(readFile(path), document->toBytes());
    QVERIFY(QFile::remove(path));
    QVERIFY2(document->save(path, &error), qPrintable(error)); // nothing left to lose
    QCOMPARE(readFile(path), document->toBytes());
}

void TestSaveFaults::killedMidSaveLeavesOldOrNewNeverTruncated() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vm.xml"));
    const DomainDocument first = bigDocument(4, 'a');
    const DomainDocument second = bigDocument(3, 'b');
    const QByteArray firstBytes = first.toBytes();
    const QByteArray secondBytes = second.toBytes();
    QVERIFY(writeFile(path, firstBytes));
    constexpr int kills = 30;
    int sawFirst = 0;
    int sawSecond = 0;
    QStringList damaged;
    for (int i = 0; i < kills; ++i) {
        const pid_t child = ::fork();
        if (child == 0) {
            // Saves the two in turn, starting with either; each save replaces the other's file
            // (both are the user's own: Overwrite).
            for (int turn = i;; ++turn) {
                const DomainDocument& next = turn % 2 ? first : second;
                next.save(path, nullptr, DomainDocument::SaveMode::Overwrite);
            }
        }
        QVERIFY(child > 0);
        QThread::usleep(QRandomGenerator::global()->bounded(1000, 200000));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        const QByteArray now = readFile(path);
        if (now == firstBytes)
            ++sawFirst;
        else if (now == secondBytes)
            ++sawSecond;
        else
            damaged.append(QStringLiteral("kill %1: %2 bytes").arg(i).arg(now.size()));
    }
    const QStringList temporary = leftovers(QDir(dir.path()), QStringLiteral("vm.xml"));
    qInfo("killed mid-save %d times: %d times the 4 MB document, %d times the 3 MB one, %lld "
          "damaged, %lld temporary files left behind",
          kills, sawFirst, sawSecond, qint64(damaged.size()), qint64(temporary.size()));
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged.join(u'\n')));
    QVERIFY2(sawFirst + sawSecond == kills, "every kill left one of the two documents");
}

void TestSaveFaults::changeJustBeforeTheCommitIsNotOverwritten() {
    // The other program writes after save()'s first look but before the rename: the last check,
    // made once the new bytes are on disk and just before the commit, still sees it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vm.xml"));
    QVERIFY(writeFile(path, oldBytes));
    const FileFingerprint readByUs = FileFingerprint::of(path, oldBytes);
    QVERIFY(!readByUs.changedOnDisk());
    const QByteArray theirs = domainWith("    <!-- written during our save -->\n");
    QString error;
    const bool saved = writeFileSafely(path, bigDocument(1).toBytes(), &error, [&] {
        if (!writeFile(path, theirs))
            return QStringLiteral("(cannot play the other program)");
        return readByUs.changedOnDisk() ? QStringLiteral("changed on disk") : QString();
    });
    QVERIFY(!saved);
    QCOMPARE(error, path + QStringLiteral(": changed on disk"));
    QCOMPARE(readFile(path), theirs);
    QCOMPARE(leftovers(QDir(dir.path()), QStringLiteral("vm.xml")), QStringList());
}

QTEST_GUILESS_MAIN(TestSaveFaults)
#include "tst_savefaults.moc"
