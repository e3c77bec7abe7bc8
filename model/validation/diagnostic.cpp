#include "diagnostic.h"

#include <algorithm>
#include <array>
#include <utility>

namespace pcitopo {

namespace {

constexpr std::array<std::pair<FixKind, const char*>, 8> kFixKindNames{{
    {FixKind::None, ""},
    {FixKind::MoveTo, "move-to"},
    {FixKind::RemoveAddress, "remove-address"},
    {FixKind::AddController, "add-controller"},
    {FixKind::SetMultifunction, "set-multifunction"},
    {FixKind::SetAttribute, "set-attribute"},
    {FixKind::RemoveAttribute, "remove-attribute"},
    {FixKind::RemoveElement, "remove-element"},
}};

} // namespace

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromName(QStringView name) {
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (name == severityName(s))
            return s;
    return std::nullopt;
}

QString fixKindName(FixKind kind) {
    for (const auto& [k, n] : kFixKindNames)
        if (k == kind)
            return QString::fromLatin1(n);
    return {};
}

std::optional<FixKind> fixKindFromName(QStringView name) {
    for (const auto& [k, n] : kFixKindNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

SuggestedFix SuggestedFix::moveTo(ElementId element, const PciAddress& address) {
    SuggestedFix f;
    f.kind = FixKind::MoveTo;
    f.element = element;
    f.address = address;
    f.label = QStringLiteral("Move to %1").arg(address.toShortString());
    return f;
}

SuggestedFix SuggestedFix::removeAddress(ElementId element) {
    SuggestedFix f;
    f.kind = FixKind::RemoveAddress;
    f.element = element;
    f.label = QStringLiteral("Remove the address (let libvirt assign one)");
    return f;
}

SuggestedFix SuggestedFix::addController(const QString& model, const QString& index) {
    SuggestedFix f;
    f.kind = FixKind::AddController;
    f.model = model;
    f.value = index;
    f.label = index.isEmpty() ? QStringLiteral("Add %1").arg(model)
                              : QStringLiteral("Add %1 with index %2").arg(model, index);
    return f;
}

SuggestedFix SuggestedFix::addControllers(const QString& model, int count, int filled) {
    SuggestedFix f = addController(model);
    f.count = std::max(count, 1);
    f.filled = filled;
    if (f.count > 1)
        f.label = QStringLiteral("Add %1 %2s (libvirt fills %3 of them with devices it places)")
                      .arg(f.count)
                      .arg(model)
                      .arg(filled);
    return f;
}

SuggestedFix SuggestedFix::setMultifunction(ElementId element, bool on) {
    SuggestedFix f;
    f.kind = FixKind::SetMultifunction;
    f.element = element;
    f.multifunction = on;
    f.label =
        on ? QStringLiteral("Set multifunction='on'") : QStringLiteral("Set multifunction='off'");
    return f;
}

SuggestedFix SuggestedFix::setAttribute(ElementId element, const QString& attribute,
                                        const QString& value, const QString& child) {
    SuggestedFix f;
    f.kind = FixKind::SetAttribute;
    f.element = element;
    f.attribute = attribute;
    f.value = value;
    f.child = child;
    f.label = QStringLiteral("Set %1='%2'").arg(attribute, value);
    return f;
}

SuggestedFix SuggestedFix::removeAttribute(ElementId element, const QString& attribute) {
    SuggestedFix f;
    f.kind = FixKind::RemoveAttribute;
    f.element = element;
    f.attribute = attribute;
    f.label = QStringLiteral("Remove %1").arg(attribute);
    return f;
}

SuggestedFix SuggestedFix::removeElement(ElementId element, const QString& what) {
    SuggestedFix f;
    f.kind = FixKind::RemoveElement;
    f.element = element;
    f.label = QStringLiteral("Remove %1").arg(what);
    return f;
}

bool hasErrors(const QList<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.isError(); });
}

} // namespace pcitopo
