// QEMU's refusals (§6.2). libvirt accepts these domains, so these diagnostics are pcitopo's own
// promise: the domain cannot start. Each is judged on the resolved topology, which includes the
// controllers libvirt adds and the defaults it fills in (chassis = index).
#include "startchecks.h"
#include "resolvedtopology.h"
#include "validationcontext.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace pcitopo {

namespace {

QString qemuDeviceOf(const ValidationContext& context, const ResolvedController& c) {
    if (c.element != NoElement)
        for (const PciController& pc : context.pciControllers)
            if (pc.device->element == c.element && !pc.device->modelName.isEmpty())
                return pc.device->modelName;
    const ControllerModelRule* rule = context.rules.controllerModel(c.model);
    return rule && !rule->defaultModelName.isEmpty() ? rule->defaultModelName : c.model;
}

SourceLocation locationOf(const ValidationContext& context, ElementId element) {
    return element == NoElement ? SourceLocation{} : context.document.location(element);
}

// IDX-6: QEMU creates PCI controllers in index order; a parent must already exist. pci-bridge
// is excluded: libvirt itself refuses that case at define (IDX-5).
void checkParentOrder(ValidationContext& context, const ResolvedTopology& topology) {
    for (const ResolvedController& c : topology.controllers) {
        if (!c.address || c.model == u"pci-bridge" || c.address->bus < c.index)
            continue;
        context.report(
            u"qemu.bus-not-found",
            {qemuDeviceOf(context, c), QString::number(c.index), QString::number(c.address->bus)},
            c.element, locationOf(context, c.element));
    }
}

bool hasChassis(const QString& model) {
    return model == u"pcie-root-port" || model == u"pcie-switch-downstream-port";
}

// Counting down from the top keeps clear of the low indexes (and so chassis) of the ports
// libvirt adds by itself.
int highestUnused(const QSet<int>& used, int from, int to) {
    for (int value = to; value >= from; --value)
        if (!used.contains(value))
            return value;
    return -1;
}

ElementId targetOf(const ValidationContext& context, ElementId controller) {
    const ElementId target = context.document.firstChild(controller, u"target");
    return target != NoElement ? target : controller;
}

using ControllerGroups = QMap<int, QList<const ResolvedController*>>;

void reportClashes(ValidationContext& context, ControllerGroups groups, const QSet<int>& used,
                   QStringView code, const QString& attribute, int lowestValue, int highestValue) {
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (it->size() < 2)
            continue;
        std::sort(it->begin(), it->end(),
                  [](const ResolvedController* a, const ResolvedController* b) {
                      return a->index < b->index;
                  });
        // The second controller QEMU creates with this value fails; report every written
        // member after the first, or the first when it is the only one written.
        for (int i = 0; i < it->size(); ++i) {
            const ResolvedController* c = it->at(i);
            if (c->element == NoElement || (i == 0 && it->at(1)->element != NoElement))
                continue;
            const ElementId target = targetOf(context, c->element);
            const int free = highestUnused(used, lowestValue, highestValue);
            // On the controller's <target>, which the fix adds when the controller has none.
            SuggestedFix fix =
                free < 0 ? SuggestedFix{}
                         : SuggestedFix::setAttribute(c->element, attribute, QString::number(free),
                                                      QStringLiteral("target"));
            context.report(
                code,
                {qemuDeviceOf(context, *c), QString::number(c->index), QString::number(it.key())},
                c->element, context.attributeLocation(target, attribute), fix);
        }
    }
}

// QEMU: "Can't add chassis slot, error -16". Ports without chassis get chassis = index.
void checkChassis(ValidationContext& context, const ResolvedTopology& topology) {
    ControllerGroups byChassis;
    QSet<int> used;
    for (const ResolvedController& c : topology.controllers) {
        if (!hasChassis(c.model))
            continue;
        const int chassis = c.chassis.value_or(c.index);
        byChassis[chassis].append(&c);
        used.insert(chassis);
    }
    reportClashes(context, byChassis, used, u"qemu.chassis-in-use", QStringLiteral("chassis"), 1,
                  255);
}

// QEMU: "Bus N is already in use" for two expanders with one busNr.
void checkBusNr(ValidationContext& context, const ResolvedTopology& topology) {
    ControllerGroups byBusNr;
    QSet<int> used;
    for (const ResolvedController& c : topology.controllers) {
        if (!c.busNr)
            continue;
        byBusNr[*c.busNr].append(&c);
        used.insert(*c.busNr);
    }
    reportClashes(context, byBusNr, used, u"qemu.busnr-in-use", QStringLiteral("busNr"), 1, 254);
}

// AGG-3: function 0 says multifunction='off' while other functions of the slot are used.
void checkMultifunctionOff(ValidationContext& context, const ResolvedTopology& topology) {
    for (const ResolvedFunction& f : topology.functions) {
        if (f.address.function != 0 || !f.device || !f.device->pciAddress ||
            f.device->pciAddress->multifunction != std::optional<bool>(false))
            continue;
        for (const ResolvedFunction& other : topology.functions) {
            if (!other.address.sameSlot(f.address) || other.address.function == 0)
                continue;
            const QString slot = QString::number(f.address.slot, 16);
            context.report(u"qemu.multifunction-off",
                           {slot + QStringLiteral(".0"),
                            slot + u'.' + QString::number(other.address.function, 16)},
                           f.element,
                           context.attributeLocation(f.device->addressElement, u"multifunction"),
                           SuggestedFix::setMultifunction(f.element, true));
            break;
        }
    }
}

// QEMU's device name for an endpoint. Some rule-table rows cover several models
// ("e1000 / rtl8139 / …"); then the model written in the XML is QEMU's device name.
QString qemuEndpointDevice(const ValidationContext& context, const Device& device) {
    const EndpointRule* rule = context.rules.endpointRule(device);
    if (rule && !rule->qemuDevice.isEmpty() && !rule->qemuDevice.contains(u' '))
        return rule->qemuDevice;
    if (!device.model.isEmpty())
        return device.model;
    return rule && !rule->defaultModel.isEmpty() ? rule->defaultModel : device.elementName;
}

bool hasPiix3Ide(const DeviceInventory& inventory) {
    for (const Device& device : inventory.devices) {
        if (device.isController(u"ide") && device.index.value_or(0) == 0)
            return true;
        if (device.kind == DeviceKind::Disk && device.bus == u"ide")
            return true; // libvirt adds ide0 for it, and then reports a double use itself
    }
    return false;
}

// RES-1: on pc QEMU always creates piix3-ide at 00:01.1, whatever the XML says.
void checkPiix3IdeSlot(ValidationContext& context, const ResolvedTopology& topology) {
    if (context.machine != Machine::Pc || hasPiix3Ide(context.inventory))
        return;
    for (const ResolvedFunction& f : topology.functions) {
        const PciAddress& a = f.address;
        if (a.domain != 0 || a.bus != 0 || a.slot != 1 || a.function != 1 || !f.device)
            continue;
        const QString qemuDevice = qemuEndpointDevice(context, *f.device);
        context.reportAtAddress(u"qemu.piix3-ide-slot", {qemuDevice}, *f.device,
                                SuggestedFix::removeAddress(f.element));
    }
}

bool isSharedTransientDisk(const ValidationContext& context, const Device& device) {
    if (device.kind != DeviceKind::Disk)
        return false;
    const ElementId transient = context.document.firstChild(device.element, u"transient");
    return transient != NoElement &&
           context.document.attribute(transient, u"shareBacking") == u"yes";
}

// QEMU's name of bus `index`: the q35 root is pcie.0, every other bus pci.N.
QString qemuBusName(const ValidationContext& context, int index) {
    return index == 0 && context.machine == Machine::Q35 ? QStringLiteral("pcie.0")
                                                         : QStringLiteral("pci.%1").arg(index);
}

// A disk with <transient shareBacking='yes'/> is hot-plugged by libvirt right after QEMU starts
// (paused). Only buses with native hotplug take it then: pci-root and pci-expander-bus hotplug
// through ACPI and refuse it, like buses without hotplug (oracle --start).
void checkTransientDisks(ValidationContext& context, const ResolvedTopology& topology) {
    for (const ResolvedFunction& f : topology.functions) {
        if (!f.device || !isSharedTransientDisk(context, *f.device))
            continue;
        const QString model = topology.busModel(context, f.address.bus);
        const bool acpiHotplug = model == u"pci-root" || model == u"pci-expander-bus";
        const bool hotplug =
            static_cast<bool>(context.rules.busFlags(model, topology.hotplugOff(f.address.bus)) &
                              ConnectFlag::Hotpluggable);
        if (hotplug && !acpiHotplug)
            continue;
        context.report(
            u"qemu.transient-disk-hotplug", {qemuBusName(context, f.address.bus)}, f.element,
            f.device->addressElement != NoElement ? f.device->addressLocation : f.device->location);
    }
}

} // namespace

void checkStartTime(ValidationContext& context, const ResolvedTopology& topology) {
    checkParentOrder(context, topology);
    checkChassis(context, topology);
    checkBusNr(context, topology);
    checkMultifunctionOff(context, topology);
    checkPiix3IdeSlot(context, topology);
    checkTransientDisks(context, topology);
}

} // namespace pcitopo
