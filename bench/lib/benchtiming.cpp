#include "benchtiming.h"

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <ctime>

namespace pcitopo::bench {

namespace {

double processCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> samples) {
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

} // namespace

Timing medianOf(int runs, const std::function<void()>& work) {
    return medianOf(
        runs, [] {}, work);
}

Timing medianOf(int runs, const std::function<void()>& prepare, const std::function<void()>& work) {
    QList<double> wall, cpu;
    for (int run = 0; run < std::max(1, runs); ++run) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = processCpuMs();
        work();
        cpu.append(processCpuMs() - cpuStart);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return {median(wall), median(cpu), int(wall.size())};
}

} // namespace pcitopo::bench
