#include "show.h"

#include "documentloading.h"
#include "topology/topology.h"

#include <QTextStream>

namespace pcitopo::cli {

namespace {

QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

QString slotRange(const Bus& bus) {
    if (bus.maxSlot < bus.minSlot)
        return QStringLiteral("no slots");
    if (bus.minSlot == bus.maxSlot)
        return QStringLiteral("slot %1").arg(hex2(bus.minSlot));
    return QStringLiteral("slots %1-%2").arg(hex2(bus.minSlot), hex2(bus.maxSlot));
}

QString whereBusSits(const Bus& bus) {
    if (bus.isRoot())
        return QStringLiteral("root");
    if (bus.parentAddress)
        return QStringLiteral("at %1").arg(bus.parentAddress->toShortString());
    return bus.implicit ? QStringLiteral("added by libvirt (gap)") : QStringLiteral("unplaced");
}

QString hotplugText(const Bus& bus) {
    if (bus.hotplugOff)
        return QStringLiteral("hotplug off");
    return bus.flags & ConnectFlag::Hotpluggable ? QStringLiteral("hotplug")
                                                 : QStringLiteral("no hotplug");
}

void printBuses(QTextStream& out, const Topology& topo) {
    out << "buses:\n";
    for (const Bus& bus : topo.buses()) {
        const QString guest = bus.guestBusNumber >= 0
                                  ? QStringLiteral("0x") + hex2(bus.guestBusNumber)
                                  : QStringLiteral("?");
        int used = 0;
        for (const Slot& slot : bus.cells)
            used += slot.usable && !slot.functions.isEmpty() ? 1 : 0;
        out << QStringLiteral("  index %1  guest bus %2  %3  %4  %5, %6 used  %7")
                   .arg(bus.index, 3)
                   .arg(guest, -4)
                   .arg(bus.model, -27)
                   .arg(whereBusSits(bus), -12)
                   .arg(slotRange(bus))
                   .arg(used)
                   .arg(hotplugText(bus));
        if (bus.numaNode && bus.isExpander)
            out << "  NUMA node " << *bus.numaNode;
        out << '\n';
    }
}

void printDevices(QTextStream& out, const Topology& topo) {
    out << "devices:\n";
    for (const Bus& bus : topo.buses())
        for (const Slot& slot : bus.cells)
            for (const Occupant& o : slot.functions) {
                const PciAddress address{0, bus.index, slot.slot, o.function, std::nullopt};
                QString note;
                if (o.chipset)
                    note = QStringLiteral("  (chipset)");
                if (o.conflict)
                    note += QStringLiteral("  (conflict: address used twice)");
                out << "  " << address.toShortString() << "  " << o.label << note << '\n';
            }
}

void printUnplaced(QTextStream& out, const Topology& topo) {
    out << "unplaced:";
    if (topo.unplaced().isEmpty())
        out << " none";
    out << '\n';
    for (const UnplacedDevice& u : topo.unplaced()) {
        out << "  " << u.label;
        if (u.address)
            out << "  (address " << u.address->toShortString() << " names no slot)";
        out << '\n';
    }
}

} // namespace

int runShow(const QStringList& arguments) {
    QTextStream err(stderr);
    if (arguments.size() != 1 || arguments.first().startsWith(u'-')) {
        err << "usage: pcitopo show FILE\n";
        return 2;
    }
    const std::optional<DomainDocument> document = loadDocumentOrReport(arguments.first());
    if (!document)
        return 2;
    const DeviceInventory inventory = DeviceInventory::read(*document);
    const Topology topo = Topology::build(inventory, RuleTable::builtin());
    QTextStream out(stdout);
    out << "file: " << arguments.first() << '\n';
    out << "machine: " << machineName(topo.machine());
    if (!inventory.machine.isEmpty() && inventory.machine != machineName(topo.machine()))
        out << " (" << inventory.machine << ')';
    out << '\n';
    printBuses(out, topo);
    printDevices(out, topo);
    printUnplaced(out, topo);
    const Headroom h = topo.headroom();
    out << "headroom: " << h.pciePorts << " PCIe ports, " << h.pciSlots << " PCI slots\n";
    for (const InventoryProblem& p : inventory.problems)
        err << arguments.first() << ':' << p.location.line << ':' << p.location.column << ": "
            << p.message << '\n';
    return 0;
}

} // namespace pcitopo::cli
