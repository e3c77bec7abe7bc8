#include "document/safewrite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace pcitopo {

namespace {

constexpr qint64 staleAfterSeconds = 60;
// Set on every temporary a save writes: the mark that lets removeStaleTemporaries() tell our
// leftovers from a user's "vm.xml.backup" (the same pattern as far as names go).
constexpr char temporaryMark[] = "user.pcitopo.temporary";

QString systemError(int cause) {
    return qt_error_string(cause);
}

// write(2) until every byte is out; errno tells why not.
bool writeAll(int fd, const QByteArray& bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// A device, a FIFO or a socket is written where it is: replacing it with a regular file would
// destroy it (as root, `-o /dev/null` would replace /dev/null).
bool writeInPlace(const QString& path, const QByteArray& bytes, QString* reason) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *reason = QStringLiteral("cannot save: ") + systemError(errno);
        return false;
    }
    const bool written = writeAll(fd, bytes);
    const int cause = errno;
    if (::close(fd) != 0 || !written) {
        *reason = QStringLiteral("cannot write: ") + systemError(written ? errno : cause);
        return false;
    }
    return true;
}

// The new file gets the old one's owner and mode (chown first: it clears set-id bits).
bool keepOwnerAndMode(int fd, const struct stat& old) {
    if ((old.st_uid != ::geteuid() || old.st_gid != ::getegid()) &&
        ::fchown(fd, old.st_uid, old.st_gid) != 0)
        return false;
    return ::fchmod(fd, old.st_mode & 07777) == 0;
}

bool writeReplacing(const QString& path, const QByteArray& bytes, const struct stat* old,
                    const LastCheck& lastCheck, QString* reason) {
    removeStaleTemporaries(path);
    QSaveFile file(path);
    auto fail = [&](const QString& what, const QString& why) {
        *reason = what + QStringLiteral(": ") + why;
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot save"), file.errorString());
    // Marks the temporary as ours, and as in use while this save runs (see
    // removeStaleTemporaries). Where the file system has no user attributes nothing is removed.
    ::fsetxattr(file.handle(), temporaryMark, "1", 1, 0);
    ::flock(file.handle(), LOCK_EX | LOCK_NB);
    if (old && !keepOwnerAndMode(file.handle(), *old))
        return fail(QStringLiteral("cannot keep the file's owner and mode"), systemError(errno));
    // QSaveFile::commit() in Qt 6.4 can miss a failed final flush (disk full, file too large)
    // and report it as "Unknown error": every step is checked here, with errno's own words.
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0)
        return fail(QStringLiteral("cannot write"),
                    errno ? systemError(errno) : file.errorString());
    if (lastCheck) {
        const QString refused = lastCheck();
        if (!refused.isEmpty()) {
            file.cancelWriting();
            *reason = refused;
            return false;
        }
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot replace the file"), file.errorString());
    return true;
}

} // namespace

FileFingerprint FileFingerprint::of(const QString& path, const QByteArray& bytes) {
    struct stat st {};
    FileFingerprint fingerprint;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode)) {
        fingerprint.m_path = QFileInfo(path).absoluteFilePath();
        fingerprint.m_bytes = bytes;
    }
    return fingerprint;
}

bool FileFingerprint::changedOnDisk() const {
    if (m_path.isEmpty())
        return false;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return file.exists(); // unreadable now: say so rather than overwrite it blindly
    if (file.size() != m_bytes.size())
        return true;
    return file.readAll() != m_bytes;
}

bool writeFileSafely(const QString& path, const QByteArray& bytes, QString* error,
                     const LastCheck& lastCheck) {
    QString reason;
    bool ok = false;
    struct stat st {};
    if (path == u"-") {
        std::fflush(stdout);
        ok = writeAll(STDOUT_FILENO, bytes);
        if (!ok)
            reason = QStringLiteral("cannot write: ") + systemError(errno);
    } else if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        ok = writeReplacing(path, bytes, nullptr, lastCheck, &reason);
    } else if (S_ISDIR(st.st_mode)) {
        reason = QStringLiteral("cannot save: ") + systemError(EISDIR);
    } else if (!S_ISREG(st.st_mode)) {
        ok = writeInPlace(path, bytes, &reason);
    } else {
        ok = writeReplacing(path, bytes, &st, lastCheck, &reason);
    }
    if (!ok && error) {
        const QString where = path == u"-" ? QStringLiteral("standard output") : path;
        *error = where + QStringLiteral(": ") + reason;
    }
    return ok;
}

int removeStaleTemporaries(const QString& path) {
    const QFileInfo target(path);
    const QFileInfo real(target.exists() ? target.canonicalFilePath() : target.absoluteFilePath());
    const QDir dir = real.absoluteDir();
    const QRegularExpression ours(
        QStringLiteral("^%1\\.[A-Za-z]{6}$").arg(QRegularExpression::escape(real.fileName())));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    int removed = 0;
    for (const QString& name :
         dir.entryList({real.fileName() + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden)) {
        if (!ours.match(name).hasMatch())
            continue;
        const QByteArray candidate = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(candidate.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        struct stat st {};
        char mark = 0;
        const bool stale = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
                           st.st_uid == ::geteuid() && now - st.st_mtime >= staleAfterSeconds &&
                           ::fgetxattr(fd, temporaryMark, &mark, 1) == 1 &&
                           ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        if (stale && ::unlink(candidate.constData()) == 0)
            ++removed;
        ::close(fd);
    }
    return removed;
}

} // namespace pcitopo
