#pragma once
// Runs a piece of work in a forked child with a time limit and measures its peak memory, so a
// test can assert that hostile input is handled within bounded time and memory, and so a
// process can be killed or limited (setrlimit, setuid) without touching the test itself.
#include <QByteArray>
#include <functional>

namespace pcitopo::testing {

struct BoundedRun {
    bool finished = false; // the child exited by itself within the time limit
    int exitCode = -1;     // its exit code (-1 when it was killed or crashed)
    QByteArray output;     // what `work` returned, as the child sent it
    qint64 elapsedMs = 0;  // the whole child, from fork to exit
    qint64 workMs = 0;     // `work` alone, as the child measured it (wall clock)
    qint64 workCpuMs = 0;  // the CPU time `work` used (user + system): load-independent
    qint64 peakRssKb = 0;  // the child's peak resident memory (its own high-water mark)
    qint64 startRssKb = 0; // its resident memory when the work began (inherited at fork)
    qint64 growthKb() const { return peakRssKb - startRssKb; }
};

// `work` runs in the child; its result is sent back through a pipe. The child is killed with
// SIGKILL when it takes longer than `timeLimitMs`. `prepare` (optional) runs in the child first,
// outside the measured work (setrlimit, setuid, …); it returns false to make the child exit 99.
BoundedRun runBounded(const std::function<QByteArray()>& work, int timeLimitMs,
                      const std::function<bool()>& prepare = {});

} // namespace pcitopo::testing
