#include "validator.h"
#include "addresschecks.h"
#include "advisorychecks.h"
#include "controllerchecks.h"
#include "placementchecks.h"
#include "startchecks.h"
#include "validationcontext.h"

#include <QSet>
#include <algorithm>

namespace pcitopo {

namespace {

bool before(const Diagnostic& a, const Diagnostic& b) {
    if (a.location.line != b.location.line)
        return a.location.line < b.location.line;
    if (a.location.column != b.location.column)
        return a.location.column < b.location.column;
    return a.severity < b.severity;
}

// Two checks may see one fault (the inventory and the address check both read an address):
// the same message at the same place is reported once.
QList<Diagnostic> withoutDuplicates(QList<Diagnostic> diagnostics) {
    QSet<QString> seen;
    QList<Diagnostic> unique;
    for (Diagnostic& d : diagnostics) {
        const QString key =
            QStringLiteral("%1:%2:%3").arg(d.location.line).arg(d.location.column).arg(d.message);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        unique.append(std::move(d));
    }
    return unique;
}

} // namespace

Validator::Validator(const RuleTable& rules, const DiagnosticCatalogue& catalogue)
    : m_rules(rules), m_catalogue(catalogue) {}

QList<Diagnostic> Validator::validate(const DomainDocument& document,
                                      const ValidationOptions& options) const {
    return validate(document, DeviceInventory::read(document), options);
}

QList<Diagnostic> Validator::validate(const DomainDocument& document,
                                      const DeviceInventory& inventory,
                                      const ValidationOptions& options) const {
    ValidationContext context(document, inventory, m_rules, m_catalogue);
    checkControllerSyntax(context);
    checkControllerIndexes(context);
    checkControllerOptions(context);
    checkDeviceAddresses(context);
    const ResolvedTopology topology = checkPlacement(context);
    checkStartTime(context, topology);
    if (options.advice)
        checkAdvice(context, topology);
    QList<Diagnostic> diagnostics = withoutDuplicates(context.takeDiagnostics());
    std::stable_sort(diagnostics.begin(), diagnostics.end(), before);
    return diagnostics;
}

Diagnostic Validator::fromDocumentError(const DocumentError& error,
                                        const DiagnosticCatalogue& catalogue) {
    Diagnostic d = catalogue.make(u"xml.parse", {error.message});
    d.location = error.location;
    return d;
}

} // namespace pcitopo
