// Growth exponents (issue #15): how load, validate, assign and show grow from 500 to 4000
// devices. time ~ devices^exponent, fitted by least squares over log-log; linear code gives 1.
#include "benchmarks_p.h"
#include "benchprocess.h"

#include "benchdomains.h"
#include "layout/topologylayout.h"
#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"
#include "validation/validator.h"

#include <cmath>

namespace pcitopo::bench {

namespace {

constexpr double kTargetExponent = 1.1;
constexpr int kSizes[] = {500, 1000, 2000, 4000};

double fittedExponent(const QList<double>& sizes, const QList<double>& times) {
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    const int n = int(sizes.size());
    for (int i = 0; i < n; ++i) {
        const double x = std::log(sizes[i]);
        const double y = std::log(std::max(times[i], 1e-6));
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

// `work(xml)` timed (CPU, median) on the domain `make(devices)` makes, for every size.
BenchResult growthRow(const QString& name, const QString& description,
                      const std::function<QByteArray(int devices)>& make,
                      const std::function<void(const QByteArray& xml)>& work,
                      const BenchOptions& options) {
    BenchResult r = BenchResult::named(name, description);
    QList<double> sizes, times;
    QStringList detail;
    for (const int devices : kSizes) {
        const QByteArray xml = make(devices);
        const Timing timing = medianOf(std::max(3, options.runs), [&] { work(xml); });
        sizes.append(devices);
        times.append(timing.cpuMs);
        detail.append(QStringLiteral("%1: %2").arg(devices).arg(formatMs(timing.cpuMs)));
        r.pcitopo = timing; // the largest size's figure in the table
    }
    r.exponent = fittedExponent(sizes, times);
    r.target = QStringLiteral("exponent <= %1").arg(kTargetExponent);
    r.passed = *r.exponent <= kTargetExponent;
    r.detail = QStringLiteral("CPU time at ") + detail.join(QStringLiteral(", "));
    return r;
}

std::optional<DomainDocument> load(const QByteArray& xml) {
    DocumentError error;
    return DomainDocument::fromBytes(xml, QStringLiteral("growth.xml"), &error);
}

QByteArray unaddressedQ35(int devices) {
    return unaddressedDomain(QStringLiteral("growth"), QStringLiteral("q35"),
                             QStringLiteral("virtio"), devices, 0);
}

// Every NIC on a bus that does not exist: each device is an error.
QByteArray invalidPc(int devices) {
    return pcBridgedDomain(QStringLiteral("growth"), 0, devices);
}

void validate(const QByteArray& xml) {
    static const Validator validator;
    if (const auto document = load(xml))
        validator.validate(*document, DeviceInventory::read(*document));
}

} // namespace

QList<BenchResult> benchGrowth(const BenchOptions& options) {
    const RuleTable& rules = RuleTable::builtin();
    return {
        growthRow(
            QStringLiteral("growth-load"), QStringLiteral("document load, 500 → 4000 devices"),
            documentDomain, [](const QByteArray& xml) { load(xml); }, options),
        growthRow(QStringLiteral("growth-validate"),
                  QStringLiteral("validate, q35 with 500 → 4000 unaddressed virtio NICs"),
                  unaddressedQ35, validate, options),
        growthRow(QStringLiteral("growth-validate-invalid"),
                  QStringLiteral("validate, pc with 500 → 4000 NICs on missing buses"), invalidPc,
                  validate, options),
        growthRow(
            QStringLiteral("growth-assign"),
            QStringLiteral("assign, q35 with 500 → 4000 unaddressed virtio NICs"), unaddressedQ35,
            [&](const QByteArray& xml) {
                if (auto document = load(xml)) {
                    const LibvirtPlacement placement =
                        placeLikeLibvirt(DeviceInventory::read(*document), rules, &*document);
                    applyPlacement(*document, placement);
                }
            },
            options),
        growthRow(
            QStringLiteral("growth-show"),
            QStringLiteral("show (inventory, topology, layout), q35 root ports with a NIC "
                           "each, 500 → 4000 devices"),
            [](int devices) { return q35RootPortDomain(QStringLiteral("growth"), devices / 2, 1); },
            [&](const QByteArray& xml) {
                if (const auto document = load(xml))
                    TopologyLayout::compute(
                        Topology::build(DeviceInventory::read(*document), rules));
            },
            options),
    };
}

} // namespace pcitopo::bench
