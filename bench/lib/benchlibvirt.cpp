// The comparisons with libvirt: pcitopo's validate and assign against `virsh define` of the same
// file, measured in the same run.
#include "benchmarks_p.h"
#include "benchvirsh.h"

#include "document/safewrite.h"
#include "placement/applyplacement.h"
#include "placement/libvirtplacement.h"
#include "validation/validator.h"

#include <QDir>
#include <QTemporaryDir>

namespace pcitopo::bench {

namespace {

constexpr double targetRatio = 10;

// The generated domain as a file (what both pcitopo and virsh read); empty on failure.
QString writeDomainFile(const BenchDomain& domain, const QString& dir) {
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(domain.domainName + QStringLiteral(".xml"));
    return writeFileSafely(path, domain.xml, nullptr) ? path : QString();
}

void compareWithLibvirt(BenchResult& result, const BenchDomain& domain, const QString& path,
                        const BenchOptions& options) {
    result.target = QStringLiteral("ratio >= %1").arg(targetRatio);
    if (!options.withLibvirt) {
        result.libvirtNote = QStringLiteral("libvirt skipped (--no-libvirt)");
        return;
    }
    const VirshDefineTiming virsh =
        timeVirshDefine({DomainFile{path, domain.domainName}}, options.libvirtRuns);
    if (!virsh.ok() || virsh.wallMs.isEmpty()) {
        result.libvirtNote = virsh.problem;
        return;
    }
    result.libvirtMs = virsh.wallMs.first();
    result.ratio = *result.libvirtMs / std::max(result.pcitopo.wallMs, 1e-6);
    result.passed = result.ratio >= targetRatio;
}

// Runs `measure` on the domain written to options.keepDir (or a temporary directory), then
// times `virsh define` of the same file.
template <typename Measure>
BenchResult onDomainFile(BenchResult result, const BenchDomain& domain, const BenchOptions& options,
                         Measure&& measure) {
    QTemporaryDir temporary;
    const QString path =
        writeDomainFile(domain, options.keepDir.isEmpty() ? temporary.path() : options.keepDir);
    if (path.isEmpty()) {
        result.detail = QStringLiteral("cannot write the generated domain");
        return result;
    }
    if (!measure(path, result))
        return result;
    compareWithLibvirt(result, domain, path, options);
    return result;
}

int errorCount(const QList<Diagnostic>& diagnostics) {
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic& d) { return d.isError(); }));
}

} // namespace

BenchResult benchValidate(const BenchDomain& domain, const BenchOptions& options) {
    BenchResult start = BenchResult::named(QStringLiteral("validate-") + domain.key,
                                           QStringLiteral("validate ") + domain.description);
    return onDomainFile(start, domain, options, [&](const QString& path, BenchResult& result) {
        const Validator validator;
        DocumentError error;
        std::optional<DomainDocument> document;
        QList<Diagnostic> diagnostics;
        result.pcitopo = medianOf(
            options.runs,
            [&] { // the previous run's results go untimed, before this run allocates its own
                document.reset();
                diagnostics.clear();
            },
            [&] {
                document = DomainDocument::fromFile(path, &error);
                if (document)
                    diagnostics = validator.validate(*document, DeviceInventory::read(*document));
            });
        if (!document) {
            result.detail = error.toString();
            return false;
        }
        const Timing load = medianOf(options.runs, [&] { DomainDocument::fromFile(path, &error); });
        const Timing read = medianOf(options.runs, [&] { DeviceInventory::read(*document); });
        const DeviceInventory inventory = DeviceInventory::read(*document);
        const Timing check =
            medianOf(options.runs, [&] { validator.validate(*document, inventory); });
        result.detail =
            QStringLiteral("load %1 + inventory %2 + validate %3; %4 errors, %5 "
                           "diagnostics")
                .arg(formatMs(load.wallMs), formatMs(read.wallMs), formatMs(check.wallMs))
                .arg(errorCount(diagnostics))
                .arg(diagnostics.size());
        return true;
    });
}

BenchResult benchAssign(const BenchDomain& domain, const BenchOptions& options) {
    BenchResult start = BenchResult::named(QStringLiteral("assign-") + domain.key,
                                           QStringLiteral("assign ") + domain.description);
    return onDomainFile(start, domain, options, [&](const QString& path, BenchResult& result) {
        const RuleTable& rules = RuleTable::builtin();
        DocumentError error;
        std::optional<DomainDocument> document;
        LibvirtPlacement placement;
        QList<TextSplice> splices;
        result.pcitopo = medianOf(
            options.runs,
            [&] { // the previous run's results go untimed, before this run allocates its own
                document.reset();
                placement = {};
                splices.clear();
            },
            [&] {
                document = DomainDocument::fromFile(path, &error);
                if (!document)
                    return;
                placement = placeLikeLibvirt(DeviceInventory::read(*document), rules, &*document);
                splices = applyPlacement(*document, placement);
            });
        if (!document) {
            result.detail = error.toString();
            return false;
        }
        const Timing load = medianOf(options.runs, [&] { DomainDocument::fromFile(path, &error); });
        const auto original = DomainDocument::fromFile(path, &error);
        const DeviceInventory inventory = DeviceInventory::read(*original);
        const Timing simulate =
            medianOf(options.runs, [&] { placeLikeLibvirt(inventory, rules, &*original); });
        const Timing apply = medianOf(
            options.runs, [&] { document = original; }, // a fresh copy, untimed
            [&] { applyPlacement(*document, placement); });
        result.detail =
            QStringLiteral("load %1 + simulate %2 + apply %3; %4 PCI controllers, %5 "
                           "splices, %6")
                .arg(formatMs(load.wallMs), formatMs(simulate.wallMs), formatMs(apply.wallMs))
                .arg(placement.controllers.size())
                .arg(splices.size())
                .arg(placement.refused() ? placement.errors.first().message
                                         : QStringLiteral("accepted"));
        return true;
    });
}

} // namespace pcitopo::bench
