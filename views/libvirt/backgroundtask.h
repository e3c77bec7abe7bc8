#pragma once

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace pcitopo {

// Runs one blocking call (a libvirt request can wait on the daemon) on a thread of its own and
// hands its result back on the owner's thread, so the editor stays responsive. One call at a
// time; the destructor waits for a running call instead of abandoning it.
class BackgroundTask final : public QObject {
    Q_OBJECT
public:
    explicit BackgroundTask(QObject* parent = nullptr) : QObject(parent) {}
    ~BackgroundTask() override {
        if (m_thread)
            m_thread->wait();
    }

    bool isBusy() const { return m_thread != nullptr; }

    template <typename Result>
    void run(std::function<Result()> work, std::function<void(const Result&)> done) {
        auto result = std::make_shared<Result>();
        m_thread.reset(QThread::create([work, result] { *result = work(); }));
        connect(m_thread.get(), &QThread::finished, this, [this, result, done] {
            QThread* thread = m_thread.release();
            thread->wait();
            thread->deleteLater();
            emit busyChanged(false);
            done(*result);
        });
        emit busyChanged(true);
        m_thread->start();
    }

signals:
    void busyChanged(bool busy);

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace pcitopo
