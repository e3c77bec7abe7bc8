#pragma once

// How often the expensive steps of an analysis ran in this process: the debug row that shows
// "one placement per revision" (`PCITOPO_DEBUG_COUNTERS=1 pcitopo assign …`, tst_analysis).

#include <QString>
#include <atomic>

namespace pcitopo {

struct AnalysisCounters {
    std::atomic<int> placements{0};     // placeLikeLibvirt runs
    std::atomic<int> inventoryReads{0}; // DeviceInventory::read runs
    std::atomic<int> analyses{0};       // Analysis::compute runs (one per revision asked for)

    void reset();
    QString summary() const; // "2 analyses, 2 placements, 2 inventory reads"
};

AnalysisCounters& analysisCounters();

} // namespace pcitopo
