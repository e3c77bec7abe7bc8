#pragma once

// Timing of in-process work: the median of N runs, in wall-clock and in this process's CPU time.
// The CPU figure barely depends on how busy the (shared) machine is; the wall figure is what a
// user waits for and what the libvirt comparisons use (virsh's work happens in libvirtd).

#include <functional>

namespace pcitopo::bench {

struct Timing {
    double wallMs = 0; // median over the runs
    double cpuMs = 0;  // median over the runs (process CPU time)
    int runs = 0;
};

Timing medianOf(int runs, const std::function<void()>& work);
// `prepare` runs before every run, untimed (e.g. a fresh copy of a document that `work` edits).
Timing medianOf(int runs, const std::function<void()>& prepare, const std::function<void()>& work);

} // namespace pcitopo::bench
