#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pcitopo {

// One entry of resources/rules/diagnostics.json: everything about a diagnostic code that is
// data rather than logic (severity, libvirt's message template, teaching text, fix kind).
struct DiagnosticSpec {
    QString code;
    Severity severity = Severity::Error;
    QString stage;           // "define" (libvirt), "start" (QEMU), "advice" (pcitopo)
    QString rule;            // pci-rules.md key
    QString messageTemplate; // %1, %2 … replaced by the values
    QString explanation;
    FixKind fixKind = FixKind::None;
    QString source; // libvirt / QEMU file:function

    QString message(const QStringList& args) const;
};

// Generated at build time from diagnostics.json by pcitopo-rulegen (model/rules/rulesource.h).
QList<DiagnosticSpec> compiledDiagnostics();

// The diagnostic catalogue: builtin() is diagnostics.json compiled in (no parsing at start-up).
class DiagnosticCatalogue {
public:
    static const DiagnosticCatalogue& builtin();
    static std::optional<DiagnosticCatalogue> fromJson(const QByteArray& json, QString* error);

    const DiagnosticSpec* find(QStringView code) const; // nullptr when unknown
    const QList<DiagnosticSpec>& entries() const { return m_entries; }

    // A diagnostic of `code` with its message filled from `args`. An unknown code is a
    // programming error: it yields an error diagnostic that says so, never a silent drop.
    Diagnostic make(QStringView code, const QStringList& args) const;

private:
    QList<DiagnosticSpec> m_entries;
};

} // namespace pcitopo
