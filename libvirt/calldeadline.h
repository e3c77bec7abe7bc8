#pragma once

// A deadline for libvirt calls that may never return. libvirt's client API blocks, with no
// timeout of its own for a daemon that accepts the connection and then never answers (a hung
// libvirtd, a stray socket): keepalive needs an event loop and only starts once the connection
// is open. A watchdog thread is simpler and covers the connect too: armed around each call, it
// ends the process with `message` on standard error and exit status 2 when the deadline passes.
// The blocked call cannot be cancelled, so giving up is the only safe answer; a temporary
// domain left defined then is removed by the next `pcitopo check` (removeStaleTemporaryDomains).
//
//     CallDeadline deadline;
//     deadline.arm(30, "pcitopo check: qemu:///system did not answer within 30 s");
//     ... libvirt calls ...
//     deadline.disarm();

#include <QString>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pcitopo {

class CallDeadline {
public:
    CallDeadline();
    ~CallDeadline();
    CallDeadline(const CallDeadline&) = delete;
    CallDeadline& operator=(const CallDeadline&) = delete;

    void arm(int seconds, const QString& message);
    void disarm();

private:
    void watch();

    std::mutex mutex;
    std::condition_variable changed;
    bool armed = false;
    bool quitting = false;
    std::chrono::steady_clock::time_point deadline;
    QByteArray message;
    std::thread watcher;
};

} // namespace pcitopo
