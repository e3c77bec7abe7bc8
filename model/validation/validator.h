#pragma once

// The validator: every problem of a domain at once, with libvirt's verdict.
//
//     DocumentError error;
//     auto document = DomainDocument::fromFile(path, &error);
//     if (!document) show(Validator::fromDocumentError(error));
//     QList<Diagnostic> problems = Validator().validate(*document);
//     bool libvirtAndQemuAccept = !hasErrors(problems);
//
// Errors are exactly what libvirt 9.0 refuses at define and what QEMU 7.2 refuses at start
// (pci-rules.md §6); warnings and infos are advice. Diagnostics are sorted by position.

#include "diagnostic.h"
#include "diagnosticcatalogue.h"
#include "document/device.h"
#include "document/domaindocument.h"
#include "rules/ruletable.h"

#include <QList>

namespace pcitopo {

struct LibvirtPlacement;
struct Headroom;

struct ValidationOptions {
    bool advice = true; // warnings and infos besides the errors
};

class Validator {
public:
    explicit Validator(const RuleTable& rules = RuleTable::builtin(),
                       const DiagnosticCatalogue& catalogue = DiagnosticCatalogue::builtin());

    QList<Diagnostic> validate(const DomainDocument& document,
                               const ValidationOptions& options = {}) const;
    // When the caller already has the inventory.
    QList<Diagnostic> validate(const DomainDocument& document, const DeviceInventory& inventory,
                               const ValidationOptions& options = {}) const;
    // When the caller already has libvirt's placement and the headroom (Analysis, once per
    // revision).
    QList<Diagnostic> validate(const DomainDocument& document, const DeviceInventory& inventory,
                               const LibvirtPlacement& placement, const Headroom& headroom,
                               const ValidationOptions& options = {}) const;

    // A file that could not be read or parsed, as a diagnostic (code "xml.parse").
    static Diagnostic
    fromDocumentError(const DocumentError& error,
                      const DiagnosticCatalogue& catalogue = DiagnosticCatalogue::builtin());

private:
    const RuleTable& m_rules;
    const DiagnosticCatalogue& m_catalogue;
};

} // namespace pcitopo
