#include "showformat.h"

#include <QJsonArray>

namespace pcitopo::cli {

OccupantFacts occupantFacts(const Topology& topology, const Occupant& occupant) {
    OccupantFacts facts;
    facts.label = occupant.label;
    if (occupant.planned() && occupant.deviceIndex < 0) { // a controller or device libvirt adds
        const Bus* child = topology.bus(occupant.childBus);
        facts.kind = child ? QStringLiteral("controller") : QStringLiteral("implicit");
        facts.model = child ? child->model : occupant.label;
        return facts;
    }
    if (occupant.chipset || occupant.deviceIndex < 0) {
        facts.kind = QStringLiteral("chipset");
        return facts;
    }
    const Device& device = topology.inventory().devices[occupant.deviceIndex];
    facts.kind = device.elementName;
    facts.model = device.model;
    // Without a model the element still says what it is: a controller's type, a disk's bus.
    if (facts.model.isEmpty() && device.kind == DeviceKind::Controller)
        facts.model = device.type;
    else if (facts.model.isEmpty() && device.kind == DeviceKind::Disk)
        facts.model = device.bus;
    else if (facts.model.isEmpty() && device.kind == DeviceKind::Hostdev)
        facts.model = device.type;
    return facts;
}

QString headroomText(const Headroom& headroom) {
    return QStringLiteral("%1 free hotpluggable PCIe port%2, %3 free PCI slot%4")
        .arg(headroom.pciePorts)
        .arg(headroom.pciePorts == 1 ? "" : "s")
        .arg(headroom.pciSlots)
        .arg(headroom.pciSlots == 1 ? "" : "s");
}

namespace {

QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

QJsonValue optionalInt(bool present, int value) {
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject occupantJson(const Topology& topo, const Bus& bus, const Slot& slot,
                         const Occupant& o) {
    const OccupantFacts facts = occupantFacts(topo, o);
    return QJsonObject{
        {QStringLiteral("function"), o.function},
        {QStringLiteral("address"),
         QStringLiteral("%1:%2.%3").arg(hex2(bus.index), hex2(slot.slot)).arg(o.function)},
        {QStringLiteral("kind"), facts.kind},
        {QStringLiteral("model"), facts.model},
        {QStringLiteral("label"), facts.label},
        {QStringLiteral("chipset"), o.chipset},
        {QStringLiteral("conflict"), o.conflict},
        {QStringLiteral("origin"), originName(o.origin)},
        {QStringLiteral("childBus"), optionalInt(o.childBus >= 0, o.childBus)},
    };
}

QJsonObject slotJson(const Topology& topo, const Bus& bus, const Slot& slot) {
    QJsonArray functions;
    for (const Occupant& o : slot.functions)
        functions.append(occupantJson(topo, bus, slot, o));
    QJsonObject json{{QStringLiteral("slot"), slot.slot},
                     {QStringLiteral("usable"), slot.usable},
                     {QStringLiteral("free"), slot.isFree()},
                     {QStringLiteral("hotplug"), hotplugStateName(slot.hotplug)},
                     {QStringLiteral("functions"), functions}};
    if (!slot.usable)
        json.insert(QStringLiteral("reserved"), slot.unusableReason);
    return json;
}

QJsonObject busJson(const Topology& topo, const Bus& bus) {
    QJsonArray cells;
    for (const Slot& slot : bus.cells)
        cells.append(slotJson(topo, bus, slot));
    const bool placed = bus.parentAddress.has_value();
    return QJsonObject{
        {QStringLiteral("index"), bus.index},
        {QStringLiteral("model"), bus.displayName()},
        {QStringLiteral("guestBus"), optionalInt(bus.guestBusNumber >= 0, bus.guestBusNumber)},
        {QStringLiteral("parentBus"), optionalInt(bus.parentBus >= 0, bus.parentBus)},
        {QStringLiteral("address"),
         placed ? QJsonValue(bus.parentAddress->toShortString()) : QJsonValue()},
        {QStringLiteral("implicit"), bus.implicit},
        {QStringLiteral("origin"), originName(bus.origin)},
        {QStringLiteral("expander"), bus.isExpander},
        {QStringLiteral("numaNode"),
         optionalInt(bus.isExpander && bus.numaNode.has_value(), bus.numaNode.value_or(0))},
        {QStringLiteral("hotplugOff"), bus.hotplugOff},
        {QStringLiteral("slots"), cells},
    };
}

QJsonArray unplacedJson(const Topology& topo) {
    QJsonArray list;
    for (const UnplacedDevice& u : topo.unplaced()) {
        const Device& device = topo.inventory().devices[u.deviceIndex];
        list.append(QJsonObject{
            {QStringLiteral("kind"), device.elementName},
            {QStringLiteral("model"), device.model},
            {QStringLiteral("label"), u.label},
            {QStringLiteral("address"),
             u.address ? QJsonValue(u.address->toShortString()) : QJsonValue()},
            {QStringLiteral("note"), u.note},
        });
    }
    return list;
}

} // namespace

QJsonObject showJson(const Topology& topology, const QString& fileName) {
    QJsonArray buses;
    for (const Bus& bus : topology.buses())
        buses.append(busJson(topology, bus));
    const Headroom h = topology.headroom();
    return QJsonObject{
        {QStringLiteral("file"), fileName},
        {QStringLiteral("machine"), machineName(topology.machine())},
        {QStringLiteral("machineAsWritten"), topology.inventory().machine},
        {QStringLiteral("view"), topology.view() == Topology::View::Defined
                                     ? QStringLiteral("defined")
                                     : QStringLiteral("written")},
        {QStringLiteral("buses"), buses},
        {QStringLiteral("unplaced"), unplacedJson(topology)},
        {QStringLiteral("headroom"), QJsonObject{{QStringLiteral("pciePorts"), h.pciePorts},
                                                 {QStringLiteral("pciSlots"), h.pciSlots},
                                                 {QStringLiteral("text"), headroomText(h)}}},
    };
}

} // namespace pcitopo::cli
