#include "slotexplanation.h"

namespace pcitopo {

namespace {

QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

QString hotplugSentence(const Slot& slot) {
    switch (slot.hotplug) {
    case HotplugState::Hotpluggable:
        return QStringLiteral("Devices can be hot-plugged and hot-unplugged here.");
    case HotplugState::HotplugOff:
        return QStringLiteral("hotplug='off' on this controller: no hot-(un)plug here.");
    case HotplugState::NotHotpluggable:
        break;
    }
    return QStringLiteral("This slot is not hotpluggable.");
}

// The rule id the Explainer finds a device by.
QString subjectOf(const Topology& topo, const Occupant& o) {
    const Device& device = topo.inventory().devices[o.deviceIndex];
    if (device.isController(u"pci"))
        return device.model;
    const EndpointRule* rule = topo.rules().endpointRule(device);
    return rule ? rule->id : QString();
}

} // namespace

Explanation explainSlot(const Topology& topology, int busIndex, int slotNumber, int function) {
    const Bus* bus = topology.bus(busIndex);
    const Slot* slot = bus ? bus->slot(slotNumber) : nullptr;
    if (!slot)
        return Explanation{QString(), QString(), DocsLink(),
                           QStringLiteral("no slot %1 on bus %2").arg(slotNumber).arg(busIndex)};
    const QString guest = bus->guestBusNumber >= 0
                              ? QStringLiteral("guest bus 0x") + hex2(bus->guestBusNumber)
                              : QStringLiteral("guest bus unknown");
    QString head = QStringLiteral("Slot %1:%2 is on bus %3, a %4 (%5). ")
                       .arg(hex2(busIndex), hex2(slotNumber))
                       .arg(busIndex)
                       .arg(bus->displayName(), guest);
    if (!slot->usable)
        head += QStringLiteral("It cannot be used: %1.").arg(slot->unusableReason);
    else
        head += hotplugSentence(*slot);
    const Occupant* occupant = function >= 0               ? slot->occupant(function)
                               : slot->functions.isEmpty() ? nullptr
                                                           : &slot->functions.first();
    const Explainer explainer(topology.rules());
    ExplainOptions options;
    options.machine = topology.machine();
    Explanation e;
    if (occupant && !occupant->chipset && occupant->deviceIndex >= 0) {
        options.into = bus->model;
        const Device& device = topology.inventory().devices[occupant->deviceIndex];
        options.name = device.model.isEmpty() ? device.elementName : device.model;
        head += QStringLiteral(" It holds %1.").arg(occupant->label);
        e = explainer.explain(subjectOf(topology, *occupant), options);
    } else if (occupant) {
        head += QStringLiteral(" It holds %1, part of the machine.").arg(occupant->label);
        e = explainer.explain(bus->model, options);
    } else {
        e = explainer.explain(bus->model, options);
    }
    if (!e.isValid()) // an unknown model: the slot facts alone
        e = Explanation{QString(), QString(), libvirtDocsFor(QString()), QString()};
    e.text = head + QStringLiteral("\n\n") + e.text;
    return e;
}

} // namespace pcitopo
