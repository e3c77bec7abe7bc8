#pragma once

// Shared by the benchmark implementations (not part of the library's interface).

#include "benchmarks.h"
#include "document/domaindocument.h"

#include <optional>

namespace pcitopo::bench {

// The generated domain as a document; on failure a result that says why (times stay 0).
std::optional<DomainDocument> loadBenchDomain(const BenchDomain& domain, BenchResult* result);

QString formatMs(double ms); // "12.3 ms", with more digits below 1 ms

} // namespace pcitopo::bench
