#include "benchsuite.h"

#include "benchdomains.h"
#include "benchprocess.h"
#include "benchvirsh.h"

#include <QStringList>

namespace pcitopo::bench {

namespace {

// `use` keeps the <name> (and the file kept by --keep) of each benchmark's domain apart.
BenchDomain make(const QString& use, const QString& key, const QString& description,
                 const std::function<QByteArray(const QString& name)>& generate) {
    const QString name = uniqueDomainName(use + u'-' + key);
    return {key, description, name, generate(name)};
}

} // namespace

BenchResult BenchResult::named(const QString& name, const QString& description) {
    BenchResult result;
    result.name = name;
    result.description = description;
    return result;
}

BenchOptions BenchOptions::quick() {
    BenchOptions options;
    options.runs = 1;
    options.fastRuns = 10;
    options.libvirtRuns = 1;
    options.processRuns = 3;
    return options;
}

BenchDomain documentBenchDomain(int devices) {
    return {QString::number(devices), QStringLiteral("%1 devices").arg(devices),
            QStringLiteral("bench"), documentDomain(devices)};
}

BenchDomain validatePcDomain(int nics) {
    return make(QStringLiteral("validate"), QStringLiteral("pc"),
                QStringLiteral("pc: %1 e1000 behind 70 pci-bridges").arg(nics),
                [&](const QString& name) { return pcBridgedDomain(name, 70, nics); });
}

BenchDomain validateQ35Domain(int ports) {
    return make(QStringLiteral("validate"), QStringLiteral("q35"),
                QStringLiteral("q35: %1 root ports, a virtio NIC in each").arg(ports),
                [&](const QString& name) { return q35RootPortDomain(name, ports, 1); });
}

BenchDomain assignPcDomain(int nics) {
    return make(QStringLiteral("assign"), QStringLiteral("pc"),
                QStringLiteral("pc: %1 unaddressed e1000, 70 unaddressed pci-bridges").arg(nics),
                [&](const QString& name) {
                    return unaddressedDomain(name, QStringLiteral("pc"), QStringLiteral("e1000"),
                                             nics, 70);
                });
}

BenchDomain assignQ35Domain(int nics) {
    return make(
        QStringLiteral("assign"), QStringLiteral("q35"),
        QStringLiteral("q35: %1 unaddressed virtio NICs (as many root ports added)").arg(nics),
        [&](const QString& name) {
            return unaddressedDomain(name, QStringLiteral("q35"), QStringLiteral("virtio"), nics,
                                     0);
        });
}

BenchDomain dragDomain(int ports) {
    return make(QStringLiteral("drag"), QStringLiteral("q35"),
                QStringLiteral("q35: %1 root ports, a virtio NIC in every other").arg(ports),
                [&](const QString& name) { return q35RootPortDomain(name, ports, 2); });
}

BenchDomain largeDomain(int rootPorts, int cardsPerBridge) {
    return make(
        QStringLiteral("scene"), QStringLiteral("large"),
        QStringLiteral("q35: %1 root ports, a pcie-to-pci-bridge behind each, %2 e1000 "
                       "per bridge")
            .arg(rootPorts)
            .arg(cardsPerBridge),
        [&](const QString& name) { return q35BridgedDomain(name, rootPorts, cardsPerBridge); });
}

QStringList dragCandidates() {
    return {QStringLiteral("net-virtio"), QStringLiteral("net-e1000"),
            QStringLiteral("ctl-pcie-root-port")};
}

QList<BenchResult> runHeadlessBenchmarks(const BenchOptions& options,
                                         const std::function<void(const BenchResult&)>& progress) {
    QList<BenchResult> results;
    const auto add = [&](BenchResult result) {
        if (progress)
            progress(result);
        results.append(std::move(result));
    };
    // Whole processes first (issue #15's targets), while this process is small.
    for (BenchResult& result : benchWholeProcess(options))
        add(std::move(result));
    add(benchValidate(validatePcDomain(), options));
    add(benchValidate(validateQ35Domain(), options));
    add(benchAssign(assignPcDomain(), options));
    add(benchAssign(assignQ35Domain(), options));
    const BenchDomain drag = dragDomain();
    for (const QString& candidate : dragCandidates())
        add(benchDragVerdicts(drag, candidate, options));
    add(benchDragMove(drag, options));
    add(benchTopology(largeDomain(), options));
    // Last: the multi-megabyte document grows the heap, which would make the benchmarks after
    // it faster than in a fresh process (`pcitopo validate`, the bench executables).
    const BenchDomain document = documentBenchDomain();
    add(benchDocumentLoad(document, options));
    add(benchDocumentSave(document, options));
    add(benchDocumentEdit(document, options));
    for (BenchResult& result : benchGrowth(options))
        add(std::move(result));
    return results;
}

} // namespace pcitopo::bench
