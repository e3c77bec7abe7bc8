#include "validationcontext.h"

#include <QSet>
#include <cerrno>
#include <climits>
#include <cstdlib>

namespace pcitopo {

namespace {

const QStringList& numericTargetAttributes() {
    static const QStringList names{QStringLiteral("chassisNr"), QStringLiteral("chassis"),
                                   QStringLiteral("port"), QStringLiteral("busNr"),
                                   QStringLiteral("index")};
    return names;
}

} // namespace

LibvirtInt parseLibvirtInt(const QString& text, bool present, int base) {
    LibvirtInt result;
    if (!present)
        return result;
    const QByteArray bytes = text.toLatin1();
    char* end = nullptr;
    errno = 0;
    const long long value = std::strtoll(bytes.constData(), &end, base);
    // virStrToLong_i: the whole string must be a number that fits an int.
    if (bytes.isEmpty() || end == bytes.constData() || *end != '\0' || errno == ERANGE ||
        value > INT_MAX || value < INT_MIN) {
        result.status = LibvirtInt::Status::NotInteger;
        return result;
    }
    result.value = value;
    result.status = value < 0 ? LibvirtInt::Status::Negative : LibvirtInt::Status::Ok;
    return result;
}

std::optional<int> PciController::targetValue(const QString& name) const {
    const auto it = targetValues.constFind(name);
    if (it == targetValues.constEnd())
        return std::nullopt;
    return *it;
}

QString PciController::modelNameForMessages() const {
    if (!device->modelName.isEmpty())
        return device->modelName;
    if (rule && !rule->defaultModelName.isEmpty())
        return rule->defaultModelName;
    return QStringLiteral("none");
}

ValidationContext::ValidationContext(const DomainDocument& document_,
                                     const DeviceInventory& inventory_, const RuleTable& rules_,
                                     const DiagnosticCatalogue& catalogue)
    : document(document_), inventory(inventory_), rules(rules_),
      machine(machineFromString(inventory_.machine)), m_catalogue(catalogue) {
    readPciControllers();
    assignMissingIndexes();
}

void ValidationContext::readPciControllers() {
    for (const Device& device : inventory.devices) {
        if (!device.isController(u"pci"))
            continue;
        PciController c;
        c.device = &device;
        c.model = device.model;
        c.rule = rules.controllerModel(device.model);
        c.indexWritten = device.index.has_value() || !device.indexText.isEmpty();
        if (device.index)
            c.index = *device.index;
        c.target = document.firstChild(device.element, u"target");
        for (const QString& name : numericTargetAttributes()) {
            const auto it = device.target.constFind(name);
            const LibvirtInt v = parseLibvirtInt(it == device.target.constEnd() ? QString() : *it,
                                                 it != device.target.constEnd(), 0);
            if (v.ok())
                c.targetValues.insert(name, static_cast<int>(v.value));
        }
        const QString hotplug = device.target.value(QStringLiteral("hotplug"));
        if (hotplug == u"on" || hotplug == u"off")
            c.hotplug = hotplug == u"on";
        if (device.targetNumaNode) {
            const LibvirtInt node = parseLibvirtInt(device.targetNumaNode->trimmed(), true, 10);
            if (node.ok())
                c.numaNode = static_cast<int>(node.value);
        }
        pciControllers.append(c);
    }
}

// IDX-3 (conf/domain_postparse.c:virDomainAssignControllerIndexes): a controller written
// without index takes the lowest index no PCI controller uses yet, in document order.
void ValidationContext::assignMissingIndexes() {
    QSet<int> used;
    for (const PciController& c : pciControllers)
        if (c.index >= 0)
            used.insert(c.index);
    for (PciController& c : pciControllers) {
        if (c.indexWritten)
            continue;
        int candidate = 0;
        while (used.contains(candidate))
            ++candidate;
        c.index = candidate;
        used.insert(candidate);
    }
}

const PciController* ValidationContext::controllerAt(int index) const {
    for (const PciController& c : pciControllers)
        if (c.index == index)
            return &c;
    return nullptr;
}

int ValidationContext::highestIndex() const {
    int highest = 0;
    for (const PciController& c : pciControllers)
        highest = std::max(highest, c.index);
    return highest;
}

bool ValidationContext::rootHotplugOff() const {
    const PciController* root = controllerAt(0);
    return root && root->hotplug == std::optional<bool>(false);
}

void ValidationContext::report(QStringView code, const QStringList& args, ElementId element,
                               SourceLocation location, SuggestedFix fix) {
    Diagnostic d = m_catalogue.make(code, args);
    d.element = element;
    d.location = location;
    d.fix = std::move(fix);
    m_diagnostics.append(std::move(d));
}

void ValidationContext::report(QStringView code, const QStringList& args, const Device& device,
                               SuggestedFix fix) {
    report(code, args, device.element, device.location, std::move(fix));
}

void ValidationContext::reportAtAddress(QStringView code, const QStringList& args,
                                        const Device& device, SuggestedFix fix) {
    const bool hasAddress = device.addressElement != NoElement;
    report(code, args, device.element, hasAddress ? device.addressLocation : device.location,
           std::move(fix));
}

SourceLocation ValidationContext::attributeLocation(ElementId element,
                                                    QStringView attribute) const {
    if (element == NoElement)
        return {};
    if (document.hasAttribute(element, attribute))
        return document.attributeLocation(element, attribute);
    return document.location(element);
}

} // namespace pcitopo
