#include "boundedrun.h"

#include <QElapsedTimer>
#include <QList>
#include <cerrno>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace pcitopo::testing {

namespace {

qint64 ownPeakRssKb() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void writeAll(int fd, const QByteArray& bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += n;
    }
}

// The child: header "START PEAK WORKMS\n" (KiB, KiB, ms), then the work's result.
[[noreturn]] void runChild(int fd, const std::function<QByteArray()>& work,
                           const std::function<bool()>& prepare) {
    if (prepare && !prepare())
        ::_exit(99);
    const qint64 start = ownPeakRssKb();
    QElapsedTimer timer;
    timer.start();
    const QByteArray result = work();
    const qint64 workMs = timer.elapsed();
    const qint64 peak = ownPeakRssKb();
    writeAll(fd, QByteArray::number(start) + ' ' + QByteArray::number(peak) + ' ' +
                     QByteArray::number(workMs) + '\n' + result);
    ::close(fd);
    ::_exit(0); // no atexit handlers, no Qt teardown of the parent's state in the child
}

// Reads the child's pipe until it closes or the deadline passes; false on the deadline.
bool readUntil(int fd, QByteArray& into, const QElapsedTimer& timer, int timeLimitMs) {
    char buffer[65536];
    for (;;) {
        const qint64 left = timeLimitMs - timer.elapsed();
        if (left <= 0)
            return false;
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, int(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return false;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return true;
        into.append(buffer, n);
    }
}

} // namespace

BoundedRun runBounded(const std::function<QByteArray()>& work, int timeLimitMs,
                      const std::function<bool()>& prepare) {
    BoundedRun run;
    int fds[2];
    if (::pipe(fds) != 0)
        return run;
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        runChild(fds[1], work, prepare);
    }
    ::close(fds[1]);
    QByteArray raw;
    const bool inTime = pid > 0 && readUntil(fds[0], raw, timer, timeLimitMs);
    ::close(fds[0]);
    if (pid <= 0)
        return run;
    if (!inTime)
        ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    run.elapsedMs = timer.elapsed();
    run.finished = inTime && WIFEXITED(status);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    const qsizetype newline = raw.indexOf('\n');
    if (newline >= 0) {
        const QList<QByteArray> header = raw.left(newline).split(' ');
        run.startRssKb = header.value(0).toLongLong();
        run.peakRssKb = header.value(1).toLongLong();
        run.workMs = header.value(2).toLongLong();
        run.output = raw.mid(newline + 1);
    }
    return run;
}

} // namespace pcitopo::testing
