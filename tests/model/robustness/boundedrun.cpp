#include "boundedrun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <cerrno>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace pcitopo::testing {

namespace {

// The high-water mark of the resident memory (VmHWM), in KiB.
qint64 ownPeakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Lowers the high-water mark to the current resident memory (Linux ≥ 4.0), so that what the
// preparation used and freed (the input's generation) is not taken for the work's peak.
void resetPeakRss() {
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

qint64 ownCpuMs() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
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

// The child: header "START PEAK WORKMS CPUMS\n" (KiB, KiB, ms, ms), then the work's result.
[[noreturn]] void runChild(int fd, const std::function<QByteArray()>& work,
                           const std::function<bool()>& prepare) {
    if (prepare && !prepare())
        ::_exit(99);
    resetPeakRss();
    const qint64 start = ownPeakRssKb();
    const qint64 cpuStart = ownCpuMs();
    QElapsedTimer timer;
    timer.start();
    const QByteArray result = work();
    const qint64 workMs = timer.elapsed();
    const qint64 cpuMs = ownCpuMs() - cpuStart;
    const qint64 peak = ownPeakRssKb();
    writeAll(fd, QByteArray::number(start) + ' ' + QByteArray::number(peak) + ' ' +
                     QByteArray::number(workMs) + ' ' + QByteArray::number(cpuMs) + '\n' + result);
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
        run.workCpuMs = header.value(3).toLongLong();
        run.output = raw.mid(newline + 1);
    }
    return run;
}

} // namespace pcitopo::testing
