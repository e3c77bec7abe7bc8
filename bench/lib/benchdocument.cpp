// Document throughput: load and save MB/s of a multi-megabyte domain, and the cost of one edit.
#include "benchmarks_p.h"

#include "document/pciaddress.h"

namespace pcitopo::bench {

namespace {

double megabytesPerSecond(qint64 bytes, double ms) {
    return ms > 0 ? (double(bytes) / (1024.0 * 1024.0)) / (ms / 1e3) : 0;
}

QString sizeText(const BenchDomain& domain) {
    return QStringLiteral("%1 MB, %2")
        .arg(double(domain.xml.size()) / (1024.0 * 1024.0), 0, 'f', 2)
        .arg(domain.description);
}

} // namespace

std::optional<DomainDocument> loadBenchDomain(const BenchDomain& domain, BenchResult* result) {
    DocumentError error;
    auto document =
        DomainDocument::fromBytes(domain.xml, domain.domainName + QStringLiteral(".xml"), &error);
    if (!document)
        result->detail = QStringLiteral("the generated domain does not load: ") + error.toString();
    return document;
}

QString formatMs(double ms) {
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 1 ? 3 : 1);
}

BenchResult benchDocumentLoad(const BenchDomain& domain, const BenchOptions& options) {
    BenchResult result = BenchResult::named(QStringLiteral("document-load"),
                                            QStringLiteral("load ") + sizeText(domain));
    std::optional<DomainDocument> document;
    DocumentError error;
    result.pcitopo = medianOf(options.runs, [&] {
        document = DomainDocument::fromBytes(domain.xml, QStringLiteral("bench.xml"), &error);
    });
    if (!document) {
        result.detail = QStringLiteral("the generated domain does not load: ") + error.toString();
        return result;
    }
    result.megabytesPerSecond = megabytesPerSecond(domain.xml.size(), result.pcitopo.cpuMs);
    constexpr double targetMegabytesPerSecond = 500; // issue #15
    result.target = QStringLiteral(">= %1 MB/s").arg(targetMegabytesPerSecond);
    result.passed = *result.megabytesPerSecond >= targetMegabytesPerSecond;
    result.detail =
        QStringLiteral("%1 elements; a full reparse costs this much").arg(document->elementCount());
    return result;
}

BenchResult benchDocumentSave(const BenchDomain& domain, const BenchOptions& options) {
    BenchResult result = BenchResult::named(QStringLiteral("document-save"),
                                            QStringLiteral("save (toBytes) ") + sizeText(domain));
    const std::optional<DomainDocument> document = loadBenchDomain(domain, &result);
    if (!document)
        return result;
    QByteArray saved;
    result.pcitopo = medianOf(options.runs, [&] { saved = document->toBytes(); });
    result.megabytesPerSecond = megabytesPerSecond(domain.xml.size(), result.pcitopo.cpuMs);
    result.detail = saved == domain.xml ? QStringLiteral("byte-identical to the input")
                                        : QStringLiteral("NOT byte-identical to the input");
    return result;
}

// setPciAddress on devices spread over the document (early, middle, late): splice + re-index.
BenchResult benchDocumentEdit(const BenchDomain& domain, const BenchOptions& options) {
    BenchResult result =
        BenchResult::named(QStringLiteral("document-edit"),
                           QStringLiteral("one setPciAddress edit in ") + sizeText(domain));
    std::optional<DomainDocument> document = loadBenchDomain(domain, &result);
    if (!document)
        return result;
    const int edits = std::max(1, options.fastRuns);
    const qsizetype devices = document->deviceElements().size();
    int edit = 0;
    ElementId device = NoElement;
    result.pcitopo = medianOf(
        edits,
        [&] { // ids after an inserted <address> shift: look the device up again, untimed
            device = document->deviceElements().value(int(qint64(edit) * devices / edits));
        },
        [&] {
            document->setPciAddress(device, PciAddress{0, 1 + edit % 200, edit % 32, 0, {}});
            ++edit;
        });
    result.detail =
        QStringLiteral("median of %1 edits spread over %2 devices").arg(edits).arg(devices);
    return result;
}

} // namespace pcitopo::bench
