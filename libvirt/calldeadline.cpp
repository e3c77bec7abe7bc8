#include "calldeadline.h"

#include <unistd.h>

namespace pcitopo {

CallDeadline::CallDeadline() : watcher([this] { watch(); }) {}

CallDeadline::~CallDeadline() {
    {
        const std::lock_guard lock(mutex);
        quitting = true;
    }
    changed.notify_all();
    watcher.join();
}

void CallDeadline::arm(int seconds, const QString& text) {
    {
        const std::lock_guard lock(mutex);
        armed = true;
        deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        message = text.toUtf8() + '\n';
    }
    changed.notify_all();
}

void CallDeadline::disarm() {
    {
        const std::lock_guard lock(mutex);
        armed = false;
    }
    changed.notify_all();
}

void CallDeadline::watch() {
    std::unique_lock lock(mutex);
    while (!quitting) {
        if (!armed) {
            changed.wait(lock);
            continue;
        }
        if (changed.wait_until(lock, deadline) == std::cv_status::timeout && armed &&
            std::chrono::steady_clock::now() >= deadline) {
            // Only async-signal-safe calls from here: the main thread is stuck inside libvirt.
            [[maybe_unused]] const ssize_t written =
                ::write(STDERR_FILENO, message.constData(), size_t(message.size()));
            ::_exit(2);
        }
    }
}

} // namespace pcitopo
