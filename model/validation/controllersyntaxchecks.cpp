// Parse errors of PCI controllers: what virDomainControllerDefParseXML refuses before anything
// else runs. Each is reported where it is written.
#include "controllerchecks.h"
#include "validationcontext.h"

namespace pcitopo {

namespace {

// conf/domain_conf.c:virDomainControllerPCIModelName (the values <model name> may take).
const QStringList& knownModelNames() {
    static const QStringList names{QStringLiteral("none"),
                                   QStringLiteral("pci-bridge"),
                                   QStringLiteral("i82801b11-bridge"),
                                   QStringLiteral("ioh3420"),
                                   QStringLiteral("x3130-upstream"),
                                   QStringLiteral("xio3130-downstream"),
                                   QStringLiteral("pxb"),
                                   QStringLiteral("pxb-pcie"),
                                   QStringLiteral("pcie-root-port"),
                                   QStringLiteral("spapr-pci-host-bridge"),
                                   QStringLiteral("pcie-pci-bridge")};
    return names;
}

// The numeric <target> attributes in the order libvirt parses them.
const QStringList& numericTargetAttributes() {
    static const QStringList names{QStringLiteral("chassisNr"), QStringLiteral("chassis"),
                                   QStringLiteral("port"), QStringLiteral("busNr")};
    return names;
}

void reportBadInteger(ValidationContext& context, const LibvirtInt& value, ElementId element,
                      const QString& attribute, const QString& elementName, const QString& text,
                      SuggestedFix fix) {
    if (value.status != LibvirtInt::Status::NotInteger &&
        value.status != LibvirtInt::Status::Negative)
        return;
    const QString code = value.status == LibvirtInt::Status::Negative
                             ? QStringLiteral("xml.negative-integer")
                             : QStringLiteral("xml.invalid-integer");
    context.report(code, {attribute, elementName, text}, element,
                   context.attributeLocation(element, attribute), std::move(fix));
}

void checkIndexSyntax(ValidationContext& context, const PciController& c) {
    const Device& device = *c.device;
    if (device.index || device.indexText.isEmpty())
        return;
    const LibvirtInt index = parseLibvirtInt(device.indexText, true, 10);
    reportBadInteger(context, index, device.element, QStringLiteral("index"),
                     QStringLiteral("controller"), device.indexText,
                     SuggestedFix::removeAttribute(device.element, QStringLiteral("index")));
}

void checkModelSyntax(ValidationContext& context, const PciController& c) {
    const Device& device = *c.device;
    if (!c.model.isEmpty() && !c.rule)
        context.report(u"pci.controller.unknown-model", {c.model}, device.element,
                       context.attributeLocation(device.element, u"model"));
    if (!device.modelName.isEmpty() && !knownModelNames().contains(device.modelName)) {
        const ElementId model = context.document.firstChild(device.element, u"model");
        context.report(u"xml.invalid-enum",
                       {QStringLiteral("name"), QStringLiteral("model"), device.modelName}, model,
                       context.attributeLocation(model, u"name"),
                       SuggestedFix::removeElement(model, QStringLiteral("<model name>")));
    }
}

void checkTargetSyntax(ValidationContext& context, const PciController& c) {
    const Device& device = *c.device;
    for (const QString& name : numericTargetAttributes() + QStringList{QStringLiteral("index")}) {
        const auto it = device.target.constFind(name);
        if (it == device.target.constEnd())
            continue;
        reportBadInteger(context, parseLibvirtInt(*it, true, 0), c.target, name,
                         QStringLiteral("target"), *it,
                         SuggestedFix::removeAttribute(c.target, name));
    }
    const auto hotplug = device.target.constFind(QStringLiteral("hotplug"));
    if (hotplug != device.target.constEnd() && *hotplug != u"on" && *hotplug != u"off")
        context.report(
            u"xml.invalid-enum", {QStringLiteral("hotplug"), QStringLiteral("target"), *hotplug},
            c.target, context.attributeLocation(c.target, u"hotplug"),
            SuggestedFix::setAttribute(c.target, QStringLiteral("hotplug"), QStringLiteral("off")));
    if (device.targetNumaNode && !c.numaNode) {
        const ElementId node = context.document.firstChild(c.target, u"node");
        context.report(u"pci.numa.invalid-node", {}, node,
                       context.document.location(node != NoElement ? node : c.target),
                       SuggestedFix::removeElement(node, QStringLiteral("<node>")));
    }
}

// conf/domain_conf.c:virDomainControllerType (libvirt 9.0). There is no "nvme" [nv1].
bool isKnownControllerType(const QString& type) {
    static const QStringList types{QStringLiteral("ide"),           QStringLiteral("fdc"),
                                   QStringLiteral("scsi"),          QStringLiteral("sata"),
                                   QStringLiteral("virtio-serial"), QStringLiteral("ccid"),
                                   QStringLiteral("usb"),           QStringLiteral("pci"),
                                   QStringLiteral("xenbus"),        QStringLiteral("isa")};
    return types.contains(type);
}

void checkControllerTypes(ValidationContext& context) {
    for (const Device& device : context.inventory.devices) {
        if (device.kind != DeviceKind::Controller || device.type.isEmpty() ||
            isKnownControllerType(device.type))
            continue;
        context.report(u"xml.invalid-enum",
                       {QStringLiteral("type"), QStringLiteral("controller"), device.type},
                       device.element, context.attributeLocation(device.element, u"type"),
                       SuggestedFix::removeElement(device.element, QStringLiteral("controller")));
    }
}

} // namespace

void checkControllerSyntax(ValidationContext& context) {
    checkControllerTypes(context);
    for (const PciController& c : context.pciControllers) {
        checkIndexSyntax(context, c);
        checkModelSyntax(context, c);
        checkTargetSyntax(context, c);
    }
}

} // namespace pcitopo
