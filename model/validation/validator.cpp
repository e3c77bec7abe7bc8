#include "validator.h"
#include "addresschecks.h"
#include "advisorychecks.h"
#include "controllerchecks.h"
#include "placement/libvirtplacement.h"
#include "placementchecks.h"
#include "startchecks.h"
#include "topology/topology.h"
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

// libvirt's message without its error-class prefix ("XML error: " …).
QString withoutPrefix(const QString& message) {
    static const QStringList prefixes{QStringLiteral("XML error: "),
                                      QStringLiteral("unsupported configuration: "),
                                      QStringLiteral("internal error: ")};
    for (const QString& prefix : prefixes)
        if (message.startsWith(prefix))
            return message.mid(prefix.size());
    return message;
}

// Two checks may see one fault (the inventory, the placer and the static checks all read
// addresses): the same message about the same element, or at the same place, is reported
// once; the first report (the static checks come first and carry fixes) wins.
QList<Diagnostic> withoutDuplicates(QList<Diagnostic> diagnostics) {
    QSet<QString> seen;
    QList<Diagnostic> unique;
    for (Diagnostic& d : diagnostics) {
        const QString message = withoutPrefix(d.message);
        const QString byPlace =
            QStringLiteral("%1:%2|").arg(d.location.line).arg(d.location.column) + message;
        const QString byElement = QStringLiteral("e%1|").arg(d.element) + message;
        const bool elementKnown = d.element != NoElement;
        if ((d.location.line > 0 && seen.contains(byPlace)) ||
            (elementKnown && seen.contains(byElement)))
            continue;
        seen.insert(byPlace);
        if (elementKnown)
            seen.insert(byElement);
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
    const LibvirtPlacement placement = placeLikeLibvirt(inventory, m_rules, &document);
    const Headroom headroom =
        Topology::build(inventory, m_rules, &placement, Topology::View::Defined).headroom();
    return validate(document, inventory, placement, headroom, options);
}

QList<Diagnostic> Validator::validate(const DomainDocument& document,
                                      const DeviceInventory& inventory,
                                      const LibvirtPlacement& placement, const Headroom& headroom,
                                      const ValidationOptions& options) const {
    ValidationContext context(document, inventory, m_rules, m_catalogue);
    checkControllerSyntax(context);
    checkControllerIndexes(context);
    checkControllerOptions(context);
    checkDeviceAddresses(context);
    const ResolvedTopology topology = checkPlacement(context, placement);
    checkStartTime(context, topology);
    if (options.advice)
        checkAdvice(context, topology, headroom);
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
