#pragma once

#include "document/domaindocument.h"
#include "document/pciaddress.h"

#include <QList>
#include <QString>
#include <optional>

namespace pcitopo {

enum class Severity { Error, Warning, Info };

QString severityName(Severity severity); // "error", "warning", "info"
std::optional<Severity> severityFromName(QStringView name);

// What a suggested fix does. Plain data: the GUI and the commands engineer turn it into one
// undoable command; nothing here touches the document.
enum class FixKind {
    None,
    MoveTo,           // element's <address> := address
    RemoveAddress,    // drop element's <address> so libvirt assigns one
    AddController,    // insert <controller type='pci' model=model [index=value]/> under <devices>
    SetMultifunction, // element's <address multifunction=on|off>
    SetAttribute,     // element's attribute := value (element may be a <target> child)
    RemoveAttribute,  // remove element's attribute
    RemoveElement,    // remove element
};

QString fixKindName(FixKind kind); // "move-to", "remove-address", … ; "" for None
std::optional<FixKind> fixKindFromName(QStringView name);

struct SuggestedFix {
    FixKind kind = FixKind::None;
    QString label;                     // verb phrase for a button: "Move to 00:03.0"
    ElementId element = NoElement;     // the element the fix edits (NoElement for AddController)
    std::optional<PciAddress> address; // MoveTo
    QString model;                     // AddController: the controller model
    QString attribute;                 // SetAttribute / RemoveAttribute
    QString value;                     // SetAttribute; AddController: the index ("" = any)
    bool multifunction = true;         // SetMultifunction
    int count = 1;                     // AddController: how many (libvirt fills some)
    int filled = 0;                    // AddController: how many of them libvirt fills
    QString child; // SetAttribute: the attribute is on element's child of that name (created)

    bool isNone() const { return kind == FixKind::None; }

    static SuggestedFix moveTo(ElementId element, const PciAddress& address);
    static SuggestedFix removeAddress(ElementId element);
    static SuggestedFix addController(const QString& model, const QString& index = {});
    // `count` controllers of `model` without index or address, of which libvirt fills `filled`
    // with devices it places: the label says so ("Add 6 pcie-root-ports (libvirt fills 5)").
    static SuggestedFix addControllers(const QString& model, int count, int filled);
    static SuggestedFix setMultifunction(ElementId element, bool on);
    static SuggestedFix setAttribute(ElementId element, const QString& attribute,
                                     const QString& value, const QString& child = {});
    static SuggestedFix removeAttribute(ElementId element, const QString& attribute);
    static SuggestedFix removeElement(ElementId element, const QString& what);
};

// One problem of a domain: what libvirt (or QEMU at start) says, where, why, and how to fix it.
struct Diagnostic {
    Severity severity = Severity::Error;
    QString code;                  // stable key, e.g. "pci.slot-in-use" (diagnostics.json)
    ElementId element = NoElement; // the element at fault (NoElement: the whole domain)
    SourceLocation location;       // 1-based line/column of that element (or attribute)
    QString message;               // libvirt's/QEMU's words, verbatim where they say something
    QString explanation;           // teaching text from the catalogue
    QString rule;                  // pci-rules.md key, e.g. "IDX-1"
    SuggestedFix fix;
    // The user waived this warning or note (a <pcitopo:waiver> in <metadata>); errors never are.
    bool waived = false;

    bool isError() const { return severity == Severity::Error; }
};

bool hasErrors(const QList<Diagnostic>& diagnostics);

} // namespace pcitopo
