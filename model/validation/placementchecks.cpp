// The placer (model/placement) simulates libvirt's address assignment and raises libvirt's own
// messages; here they become diagnostics, and its result becomes the topology QEMU will get.
#include "placementchecks.h"
#include "placement/libvirtplacement.h"
#include "validationcontext.h"

#include <QSet>

namespace pcitopo {

namespace {

// libvirt's message texts are fixed strings: they say which rule refused the domain.
QString codeForMessage(const QString& message) {
    static const QList<std::pair<QString, QString>> codes{
        {QStringLiteral("Attempted double use of PCI Address"), QStringLiteral("pci.slot-in-use")},
        {QStringLiteral("cannot be plugged into the PCI controller"),
         QStringLiteral("pci.bus.incompatible")},
        {QStringLiteral("needs to be an integrated device"), QStringLiteral("pci.bus.integrated")},
        {QStringLiteral(". slot must be"), QStringLiteral("pci.slot.out-of-range")},
        {QStringLiteral("a PCI slot is needed to connect"), QStringLiteral("pci.grow.controller")},
        {QStringLiteral("Cannot automatically add a new PCI bus"),
         QStringLiteral("pci.grow.flags")},
        {QStringLiteral("but index must be larger than bus"),
         QStringLiteral("pci.index.bridge-bus")},
        {QStringLiteral("No free busNr lower than current lowest busNr"),
         QStringLiteral("pci.busnr.no-default")},
    };
    for (const auto& [text, code] : codes)
        if (message.contains(text))
            return code;
    return QStringLiteral("pci.placement");
}

const Device* inventoryDevice(const ValidationContext& context, const DeviceRef& ref) {
    if (ref.origin != DeviceOrigin::Inventory || ref.index < 0 ||
        ref.index >= context.inventory.devices.size())
        return nullptr;
    return &context.inventory.devices.at(ref.index);
}

SuggestedFix fixFor(const QString& code, const Device* device) {
    const bool addressed = device && device->addressElement != NoElement;
    if (addressed && (code == u"pci.slot-in-use" || code == u"pci.bus.incompatible" ||
                      code == u"pci.bus.integrated" || code == u"pci.slot.out-of-range"))
        return SuggestedFix::removeAddress(device->element);
    return {};
}

// Elements libvirt cannot even parse never reach address assignment: what the placer says
// about them is not what libvirt says.
QSet<ElementId> unparsedElements(const ValidationContext& context) {
    QSet<ElementId> elements;
    for (const Diagnostic& d : context.diagnostics())
        if (d.isError() && d.element != NoElement &&
            (d.code.startsWith(u"xml.") || d.code == u"pci.controller.unknown-model"))
            elements.insert(d.element);
    return elements;
}

void reportErrors(ValidationContext& context, const LibvirtPlacement& placement) {
    const QSet<ElementId> unparsed = unparsedElements(context);
    // A message about no element in particular (a controller libvirt would add) is said once:
    // a domain far too large raises it for every bus it cannot add, thousands of times.
    QSet<QString> saidForTheDomain;
    for (const PlacementError& error : placement.errors) {
        const QString code = codeForMessage(error.message);
        const Device* device = inventoryDevice(context, error.device);
        const ElementId element =
            error.element != NoElement ? error.element : (device ? device->element : NoElement);
        if (element != NoElement && unparsed.contains(element))
            continue;
        if (element == NoElement && error.location.line <= 0) {
            if (saidForTheDomain.contains(error.message))
                continue;
            saidForTheDomain.insert(error.message);
        }
        context.report(code, {error.message}, element, error.location, fixFor(code, device));
    }
}

QString implicitLabel(const ImplicitDevice& d) {
    return d.type.isEmpty()
               ? QStringLiteral("%1 %2 (added by libvirt)").arg(d.elementName, d.model)
               : QStringLiteral("controller %1 %2 (added by libvirt)").arg(d.type, d.model);
}

ResolvedTopology resolvedFrom(const ValidationContext& context, const LibvirtPlacement& placement) {
    ResolvedTopology topology;
    topology.rootHotplugOff = context.rootHotplugOff();
    for (const PciControllerInfo& info : placement.controllers) {
        const ControllerModelRule* rule = context.rules.controllerModel(info.model);
        if (info.index <= 0 || (rule && rule->isRoot))
            continue;
        const Device* device = inventoryDevice(context, info.device);
        ResolvedController c;
        c.element = device ? device->element : NoElement;
        c.index = info.index;
        c.model = info.model;
        c.address = info.address;
        c.chassis = info.chassis;
        c.busNr = info.busNr;
        c.hotplugOff = info.hotplugOff;
        c.added = info.device.origin == DeviceOrigin::AddedController;
        topology.controllers.append(c);
    }
    for (const PlacedAddress& placed : placement.addresses) {
        ResolvedFunction f;
        f.device = inventoryDevice(context, placed.device);
        f.element = f.device ? f.device->element : NoElement;
        f.address = placed.address;
        f.explicitAddress = !placed.assigned;
        if (f.device)
            f.label = deviceLabel(*f.device);
        else if (placed.device.origin == DeviceOrigin::Implicit &&
                 placed.device.index < placement.implicitDevices.size())
            f.label = implicitLabel(placement.implicitDevices.at(placed.device.index));
        else if (placed.device.origin == DeviceOrigin::AddedController &&
                 placed.device.index < placement.controllers.size())
            f.label = QStringLiteral("controller pci %1 index %2 (added by libvirt)")
                          .arg(placement.controllers.at(placed.device.index).model)
                          .arg(placement.controllers.at(placed.device.index).index);
        topology.functions.append(f);
    }
    return topology;
}

} // namespace

ResolvedTopology checkPlacement(ValidationContext& context, const LibvirtPlacement& placement) {
    reportErrors(context, placement);
    return resolvedFrom(context, placement);
}

} // namespace pcitopo
