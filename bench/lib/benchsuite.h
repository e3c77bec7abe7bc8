#pragma once

// The standard benchmark domains and the headless suite `pcitopo bench` runs. The bench_*
// executables use the same domains, so every figure is measured one way.

#include "benchmarks.h"

#include <QList>
#include <functional>

namespace pcitopo::bench {

BenchDomain documentBenchDomain(int devices = 24000); // ≈ 6 MB
BenchDomain validatePcDomain(int nics = 2000);        // pc: NICs behind 70 pci-bridges
BenchDomain validateQ35Domain(int ports = 200);       // q35: a virtio NIC in every root port
BenchDomain assignPcDomain(int nics = 2000);          // pc: unaddressed, 70 pci-bridges
BenchDomain assignQ35Domain(int nics = 200);          // q35: unaddressed, root ports to add
BenchDomain dragDomain(int ports = 200);              // q35: root ports, a NIC in every other
BenchDomain largeDomain(int rootPorts = 32, int cardsPerBridge = 31); // 1057 devices, q35

// The palette entries whose drag verdicts the suite measures.
QStringList dragCandidates();

// Every headless benchmark, in table order; `progress` sees each result as it is finished.
QList<BenchResult>
runHeadlessBenchmarks(const BenchOptions& options,
                      const std::function<void(const BenchResult&)>& progress = {});

} // namespace pcitopo::bench
