// Post-parse and validate-time rules of PCI controllers (IDX-1..3, §2.1, §2.2): what libvirt
// refuses about a controller on its own, before any address is assigned.
#include "controllerchecks.h"
#include "validationcontext.h"

#include <QHash>
#include <QSet>

namespace pcitopo {

namespace {

int lowestUnusedIndex(const ValidationContext& context, int from) {
    int candidate = from;
    while (context.controllerAt(candidate))
        ++candidate;
    return candidate;
}

void checkDuplicateIndexes(ValidationContext& context) {
    // Every controller type except usb (USB2 companions share an index): one index, one bus.
    QHash<QString, QSet<int>> seen;
    QHash<const Device*, int> resolved;
    for (const PciController& c : context.pciControllers)
        resolved.insert(c.device, c.index);
    for (const Device& device : context.inventory.devices) {
        if (device.kind != DeviceKind::Controller || device.type == u"usb")
            continue;
        const int index = resolved.value(&device, device.index.value_or(-1));
        if (index < 0)
            continue;
        QSet<int>& indexes = seen[device.type];
        if (indexes.contains(index))
            context.report(u"pci.index.duplicate", {device.type, QString::number(index)},
                           device.element, context.attributeLocation(device.element, u"index"));
        indexes.insert(index);
    }
}

void checkRootPlacement(ValidationContext& context, const PciController& c) {
    const QString rootModel = context.rules.rootModel(context.machine);
    const Device& device = *c.device;
    if (c.index == 0 && c.model != rootModel && c.rule) {
        // IDX-3: an unindexed controller became index 0 because no root was written.
        SuggestedFix fix =
            c.indexWritten
                ? SuggestedFix::setAttribute(device.element, QStringLiteral("index"),
                                             QString::number(lowestUnusedIndex(context, 1)))
                : SuggestedFix::addController(rootModel, QStringLiteral("0"));
        context.report(u"pci.index.root-model", {rootModel, c.model}, device.element,
                       context.attributeLocation(device.element, u"index"), std::move(fix));
    }
    if (c.rule && c.rule->isRoot && c.index != 0) {
        const bool zeroFree = !context.controllerAt(0);
        context.report(u"pci.index.root-not-zero", {}, device.element,
                       context.attributeLocation(device.element, u"index"),
                       zeroFree ? SuggestedFix::setAttribute(
                                      device.element, QStringLiteral("index"), QStringLiteral("0"))
                                : SuggestedFix::removeElement(device.element, c.model));
    }
}

// A value's libvirt range is the same for every model that has the attribute.
const TargetAttributeRule* attributeRange(const RuleTable& rules, const QString& name) {
    for (const ControllerModelRule& model : rules.controllerModels())
        if (const TargetAttributeRule* rule = model.targetAttribute(name); rule && rule->max > 0)
            return rule;
    return nullptr;
}

void reportInvalidOption(ValidationContext& context, const PciController& c, const QString& option,
                         ElementId element, QStringView attribute, SuggestedFix fix) {
    context.report(u"pci.target.invalid-option",
                   {option, QString::number(c.index), c.model, c.modelNameForMessages()}, element,
                   attribute.isEmpty() ? context.document.location(element)
                                       : context.attributeLocation(element, attribute),
                   std::move(fix));
}

void checkNumaNode(ValidationContext& context, const PciController& c) {
    if (!c.numaNode)
        return;
    const ElementId node = context.document.firstChild(c.target, u"node");
    const SuggestedFix fix = SuggestedFix::removeElement(node, QStringLiteral("<node>"));
    const SourceLocation where = context.document.location(node);
    if (*c.numaNode >= context.inventory.numaCellCount) {
        context.report(u"pci.numa.missing-node",
                       {c.model, QString::number(c.index), QString::number(*c.numaNode),
                        QString::number(context.inventory.numaCellCount)},
                       node, where, fix);
    } else if (c.index == 0) {
        context.report(u"pci.numa.root-node", {}, node, where, fix);
    } else if (!c.rule->targetAttribute(QStringLiteral("node"))) {
        reportInvalidOption(context, c, QStringLiteral("numaNode"), node, {}, fix);
    }
}

void checkTargetRanges(ValidationContext& context, const PciController& c) {
    for (auto it = c.targetValues.constBegin(); it != c.targetValues.constEnd(); ++it) {
        const TargetAttributeRule* range = attributeRange(context.rules, it.key());
        if (!range || (*it >= range->min && *it <= range->max))
            continue;
        context.report(u"pci.target.out-of-range",
                       {it.key(), QString::number(*it),
                        QStringLiteral("%1-%2").arg(range->min).arg(range->max)},
                       c.target, context.attributeLocation(c.target, it.key()),
                       SuggestedFix::removeAttribute(c.target, it.key()));
    }
}

void checkTargetOptions(ValidationContext& context, const PciController& c) {
    if (c.device->target.contains(QStringLiteral("index")))
        reportInvalidOption(context, c, QStringLiteral("targetIndex"), c.target, u"index",
                            SuggestedFix::removeAttribute(c.target, QStringLiteral("index")));
    for (const QString& name : {QStringLiteral("busNr"), QStringLiteral("chassisNr"),
                                QStringLiteral("chassis"), QStringLiteral("port")}) {
        if (c.device->target.contains(name) && !c.rule->targetAttribute(name))
            reportInvalidOption(context, c, name, c.target, name,
                                SuggestedFix::removeAttribute(c.target, name));
    }
    if (c.hotplug && !c.rule->hotplugOption)
        reportInvalidOption(context, c, QStringLiteral("hotplug"), c.target, u"hotplug",
                            SuggestedFix::removeAttribute(c.target, QStringLiteral("hotplug")));
}

void checkModelName(ValidationContext& context, const PciController& c) {
    const QString& name = c.device->modelName;
    if (name.isEmpty() || c.rule->modelNames.contains(name))
        return;
    const ElementId model = context.document.firstChild(c.device->element, u"model");
    const SuggestedFix fix = SuggestedFix::removeElement(model, QStringLiteral("<model name>"));
    if (c.rule->isRoot) {
        if (name != u"none")
            reportInvalidOption(context, c, QStringLiteral("modelName"), model, u"name", fix);
        return;
    }
    context.report(u"pci.model-name.invalid", {QString::number(c.index), c.model, name}, model,
                   context.attributeLocation(model, u"name"), fix);
}

void checkMachine(ValidationContext& context, const PciController& c) {
    const bool pxb = c.model == u"pci-expander-bus";
    const bool pxbPcie = c.model == u"pcie-expander-bus";
    if ((!pxb && !pxbPcie) || c.rule->allowedOn(context.machine))
        return;
    const QString other =
        pxb ? QStringLiteral("pcie-expander-bus") : QStringLiteral("pci-expander-bus");
    context.report(pxb ? u"pci.machine.pxb" : u"pci.machine.pxb-pcie", {}, c.device->element,
                   context.attributeLocation(c.device->element, u"model"),
                   SuggestedFix::setAttribute(c.device->element, QStringLiteral("model"), other));
}

} // namespace

void checkControllerIndexes(ValidationContext& context) {
    checkDuplicateIndexes(context);
    for (const PciController& c : context.pciControllers) {
        if (c.index > 255)
            context.report(u"pci.index.too-high", {QString::number(c.index)}, c.device->element,
                           context.attributeLocation(c.device->element, u"index"));
        if (c.index >= 0)
            checkRootPlacement(context, c);
    }
}

void checkControllerOptions(ValidationContext& context) {
    for (const PciController& c : context.pciControllers) {
        if (!c.rule)
            continue;
        if (c.rule->isRoot && c.device->addressElement != NoElement)
            context.reportAtAddress(u"pci.root.address", {}, *c.device,
                                    SuggestedFix::removeAddress(c.device->element));
        checkMachine(context, c);
        checkNumaNode(context, c);
        checkTargetRanges(context, c);
        checkModelName(context, c);
        checkTargetOptions(context, c);
    }
}

} // namespace pcitopo
