#include "numapolicy.h"

#include "numatags.h"
#include "policysupport.h"

#include <QMap>

namespace pcitopo {

namespace {

constexpr int SlotsPerExpander = 32; // pxb and pxb-pcie offer slots 0–31
constexpr int HighestBusNr = 254;    // §2.2: busNr is 1–254

struct Expanders {
    const LibvirtPlacement& placement;
    const DeviceInventory& inventory;
    const DomainDocument& document;
    PolicyPlan plan;
    int nextIndex = 1;
    int busNrTop = HighestBusNr + 1; // bus numbers from here up belong to someone else
    int busNrFloor = 1;              // below this, the main hierarchy needs the numbers

    void error(const QString& message) { plan.errors.append({message, {}}); }

    // The devices of one node, at most SlotsPerExpander of them.
    void addExpander(int node, const QList<int>& devices) {
        const bool q35 = placement.machine == Machine::Q35;
        const int expander = nextIndex++;
        const int busNr = busNrTop - (1 + (q35 ? int(devices.size()) : 0));
        if (busNr < busNrFloor)
            return error(QStringLiteral("not enough guest bus numbers (busNr) for another "
                                        "expander bus on NUMA node %1")
                             .arg(node));
        busNrTop = busNr;
        plan.elements.append({policies::controllerXml(
            expander,
            q35 ? QStringLiteral("pcie-expander-bus") : QStringLiteral("pci-expander-bus"),
            {QStringLiteral("<target busNr='%1'>").arg(busNr),
             QStringLiteral("  <node>%1</node>").arg(node), QStringLiteral("</target>")})});
        for (int slot = 0; slot < devices.size(); ++slot) {
            const PciAddress onExpander{0, expander, slot, 0, std::nullopt};
            int bus = expander;
            if (q35) { // a root port per device: pxb-pcie takes no endpoint itself
                bus = nextIndex++;
                plan.elements.append({policies::controllerXml(bus, QStringLiteral("pcie-root-port"),
                                                              {onExpander.toXmlElement()})});
            }
            const PciAddress at{0, bus, q35 ? 0 : slot, 0, std::nullopt};
            const ElementId element = inventory.devices.at(devices.at(slot)).element;
            plan.addresses.append({policies::deviceOrdinal(document, element), at});
        }
    }
};

// The highest bus any written index or user address names. New controllers go above it, and
// the buses libvirt would create below it (IDX-4 gaps, GROW-1) are written out so that they
// keep the model libvirt gives them.
int highestNamedBus(const LibvirtPlacement& placement, const DeviceInventory& inventory) {
    int highest = 0;
    for (const PciControllerInfo& c : placement.controllers)
        if (c.device.origin == DeviceOrigin::Inventory)
            highest = std::max(highest, c.index);
    for (const Device& d : inventory.devices)
        if (policies::hasUserAddress(d))
            highest = std::max(highest, d.pciAddress->bus);
    return highest;
}

void keepLibvirtBuses(Expanders& e, int highest) {
    for (const PciControllerInfo& c : e.placement.controllers)
        if (c.device.origin == DeviceOrigin::AddedController && c.index <= highest)
            e.plan.elements.append({policies::controllerXml(c.index, c.model)});
    // With those buses written, GROW-2 no longer applies: write libvirt's moved address.
    for (const PlacedAddress& a : e.placement.addresses)
        if (a.moved && a.device.origin == DeviceOrigin::Inventory)
            e.plan.addresses.append(
                {policies::deviceOrdinal(e.document,
                                         e.inventory.devices.at(a.device.index).element),
                 a.address});
}

QMap<int, QList<int>> devicesByNode(const NumaTagReading& tags, const DeviceInventory& inventory,
                                    const RuleTable& rules, Machine machine, PolicyPlan& plan) {
    QMap<int, QList<int>> byNode;
    for (const NumaTag& tag : tags.tags) {
        const Device& device = inventory.devices.at(tag.deviceIndex);
        const ConnectionKind kind = rules.connectionKind(device, machine);
        if (kind != ConnectionKind::Pci && kind != ConnectionKind::Pcie)
            plan.errors.append({QStringLiteral("this <%1> cannot go onto a NUMA node: it is not "
                                               "a PCI endpoint that may leave the root bus")
                                    .arg(device.elementName),
                                tag.location});
        else if (policies::hasUserAddress(device))
            plan.warnings.append({QStringLiteral("this <%1> keeps the PCI address the user set "
                                                 "(%2); it is not moved to NUMA node %3")
                                      .arg(device.elementName, device.pciAddress->toShortString())
                                      .arg(tag.node),
                                  device.addressLocation});
        else
            byNode[tag.node].append(tag.deviceIndex);
    }
    return byNode;
}

int lowestBusNr(const LibvirtPlacement& placement) {
    int lowest = HighestBusNr + 1;
    for (const PciControllerInfo& c : placement.controllers)
        if (c.busNr)
            lowest = std::min(lowest, *c.busNr);
    return lowest;
}

} // namespace

PolicyPlan NumaPolicy::plan(const DomainDocument& document, const Analysis& analysis) const {
    const RuleTable& rules = analysis.rules();
    const DeviceInventory& inventory = analysis.inventory();
    const LibvirtPlacement& placement = analysis.placement();
    Expanders e{placement, inventory, document, {}};
    if (placement.refused()) {
        e.plan.errors = policies::placementErrors(placement);
        return e.plan;
    }
    if (inventory.numaCellCount == 0) {
        e.error(QStringLiteral("the numa policy needs the guest's NUMA nodes, but the domain has "
                               "no <cpu><numa><cell> elements"));
        return e.plan;
    }
    const NumaTagReading tags = readNumaTags(document, inventory);
    e.plan.errors = tags.problems;
    const QMap<int, QList<int>> byNode =
        devicesByNode(tags, inventory, rules, placement.machine, e.plan);
    if (!e.plan.ok())
        return e.plan;
    if (byNode.isEmpty()) {
        e.plan.warnings += policies::growMoveWarnings(placement, inventory);
        e.plan.warnings.append({QStringLiteral("no device is left to place on a NUMA node (tag "
                                               "devices in pcitopo's <metadata>); libvirt's "
                                               "layout is used"),
                                {}});
        return e.plan;
    }
    const int highest = highestNamedBus(placement, inventory);
    keepLibvirtBuses(e, highest);
    e.plan.warnings += policies::growMoveWarnings(placement, inventory);
    e.nextIndex = highest + 1;
    e.busNrTop = lowestBusNr(placement);
    // The main hierarchy numbers its buses from 0 upward: leave one per controller libvirt has
    // now, plus one per tagged device in case libvirt still adds a port for it.
    e.busNrFloor = int(placement.controllers.size() + tags.tags.size()) + 1;
    for (auto it = byNode.cbegin(); it != byNode.cend() && e.plan.ok(); ++it)
        for (int from = 0; from < it.value().size() && e.plan.ok(); from += SlotsPerExpander)
            e.addExpander(it.key(), it.value().mid(from, SlotsPerExpander));
    if (e.nextIndex - 1 > 255)
        e.error(QStringLiteral("the expander buses and their ports need PCI controller indexes "
                               "above 255"));
    return e.plan;
}

} // namespace pcitopo
