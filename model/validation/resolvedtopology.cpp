#include "resolvedtopology.h"
#include "validationcontext.h"

#include <QSet>

namespace pcitopo {

const ResolvedController* ResolvedTopology::controller(int index) const {
    for (const ResolvedController& c : controllers)
        if (c.index == index)
            return &c;
    return nullptr;
}

QString ResolvedTopology::busModel(const ValidationContext& context, int index) const {
    if (index == 0)
        return context.rules.rootModel(context.machine);
    const ResolvedController* c = controller(index);
    return c ? c->model : context.rules.defaultBusModel(context.machine);
}

bool ResolvedTopology::hotplugOff(int index) const {
    if (index == 0)
        return rootHotplugOff;
    if (const ResolvedController* c = controller(index))
        return c->hotplugOff;
    return false;
}

QString deviceLabel(const Device& device) {
    if (device.kind == DeviceKind::Controller) {
        QString label = QStringLiteral("controller %1").arg(device.type);
        if (!device.model.isEmpty())
            label += u' ' + device.model;
        if (device.index)
            label += QStringLiteral(" index %1").arg(*device.index);
        return label;
    }
    if (!device.targetDev.isEmpty())
        return QStringLiteral("%1 %2").arg(device.elementName, device.targetDev);
    if (!device.model.isEmpty())
        return QStringLiteral("%1 %2").arg(device.elementName, device.model);
    return device.elementName;
}

// Without the placer: what the XML alone says. Gaps below the highest index are filled with
// the machine's default bus model (IDX-4), which QEMU gets too.
ResolvedTopology ResolvedTopology::fromDocument(const ValidationContext& context) {
    ResolvedTopology topology;
    topology.rootHotplugOff = context.rootHotplugOff();
    QSet<int> written;
    for (const PciController& c : context.pciControllers) {
        if (c.index <= 0 || (c.rule && c.rule->isRoot))
            continue;
        written.insert(c.index);
        ResolvedController rc;
        rc.element = c.device->element;
        rc.index = c.index;
        rc.model = c.model;
        if (c.device->addressType == u"pci" && c.device->pciAddress &&
            !c.device->pciAddress->isWanted())
            rc.address = c.device->pciAddress;
        rc.chassis = c.targetValue(QStringLiteral("chassis"));
        rc.busNr = c.targetValue(QStringLiteral("busNr"));
        rc.hotplugOff = c.hotplug == std::optional<bool>(false);
        topology.controllers.append(rc);
    }
    const QString gapModel = context.rules.defaultBusModel(context.machine);
    for (int index = 1; index < context.highestIndex(); ++index) {
        if (written.contains(index))
            continue;
        ResolvedController gap;
        gap.index = index;
        gap.model = gapModel;
        gap.added = true;
        topology.controllers.append(gap);
    }
    for (const Device& device : context.inventory.devices) {
        if (device.addressType != u"pci" || !device.pciAddress || device.pciAddress->isWanted())
            continue;
        topology.functions.append(
            {device.element, &device, *device.pciAddress, true, deviceLabel(device)});
    }
    return topology;
}

} // namespace pcitopo
