#pragma once

#include "diagnostic.h"
#include "diagnosticcatalogue.h"
#include "document/device.h"
#include "document/domaindocument.h"
#include "rules/ruletable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pcitopo {

// An integer attribute read the way libvirt's virXMLPropInt reads it (strtol semantics).
struct LibvirtInt {
    enum class Status { Absent, Ok, NotInteger, Negative };
    Status status = Status::Absent;
    long long value = 0;
    bool ok() const { return status == Status::Ok; }
};
// base 0: "0x1f" is hex and "017" octal (target attributes); base 10 for index.
LibvirtInt parseLibvirtInt(const QString& text, bool present, int base);

// A <controller type='pci'> with what libvirt reads from it. Parse failures leave the values
// unset; the parse checks report them.
struct PciController {
    const Device* device = nullptr;
    int index = -1; // resolved: written, or the lowest unused one (IDX-3); -1 unusable
    bool indexWritten = false;
    QString model;                             // as written
    const ControllerModelRule* rule = nullptr; // nullptr: unknown model
    ElementId target = NoElement;              // its <target> element
    QHash<QString, int> targetValues;          // parsed numeric <target> attributes
    std::optional<bool> hotplug;               // <target hotplug=on|off>
    std::optional<int> numaNode;               // <target><node>

    std::optional<int> targetValue(const QString& name) const;
    QString modelNameForMessages() const; // <model name> or the default libvirt fills in
};

// What every check reads (the document, its inventory, the rule table) and writes (diagnostics).
class ValidationContext {
public:
    ValidationContext(const DomainDocument& document, const DeviceInventory& inventory,
                      const RuleTable& rules, const DiagnosticCatalogue& catalogue);

    const DomainDocument& document;
    const DeviceInventory& inventory;
    const RuleTable& rules;
    Machine machine;
    QList<PciController> pciControllers; // in document order

    const PciController* controllerAt(int index) const; // first with that index, or nullptr
    int highestIndex() const;
    bool rootHotplugOff() const; // <target hotplug='off'/> on the controller at index 0

    void report(QStringView code, const QStringList& args, ElementId element,
                SourceLocation location, SuggestedFix fix = {});
    void report(QStringView code, const QStringList& args, const Device& device,
                SuggestedFix fix = {});
    void reportAtAddress(QStringView code, const QStringList& args, const Device& device,
                         SuggestedFix fix = {});
    // Position of `attribute` on `element`, or of the element when the attribute is absent.
    SourceLocation attributeLocation(ElementId element, QStringView attribute) const;

    const QList<Diagnostic>& diagnostics() const { return m_diagnostics; }
    QList<Diagnostic> takeDiagnostics() { return std::move(m_diagnostics); }

private:
    void readPciControllers();
    void assignMissingIndexes();

    const DiagnosticCatalogue& m_catalogue;
    QList<Diagnostic> m_diagnostics;
};

} // namespace pcitopo
