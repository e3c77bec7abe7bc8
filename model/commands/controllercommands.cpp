#include "controllercommands.h"

#include "devicecommands.h"
#include "document/device.h"
#include "topology/topology.h"

#include <QSet>
#include <algorithm>

namespace pcitopo {

static bool refuse(QString* error, const QString& reason) {
    if (error)
        *error = reason;
    return false;
}

// --- AddControllerCommand ---------------------------------------------------------------------

AddControllerCommand::AddControllerCommand(DomainDocument& document, const QString& model,
                                           int index, std::optional<PciAddress> address,
                                           QList<std::pair<QString, QString>> target)
    : DocumentCommand(document, QStringLiteral("Add %1").arg(model)), m_model(model),
      m_index(index), m_address(address), m_target(std::move(target)) {}

int AddControllerCommand::chooseIndex(const DomainDocument& document,
                                      const std::optional<PciAddress>& at) {
    QSet<int> used;
    int highest = 0;
    for (const Device& d : DeviceInventory::read(document).devices)
        if (d.isController(u"pci") && d.index) {
            used.insert(*d.index);
            highest = std::max(highest, *d.index);
        }
    const int from = at ? at->bus + 1 : highest + 1;
    for (int i = std::max(from, 1); i <= 255; ++i)
        if (!used.contains(i))
            return i;
    return -1;
}

bool AddControllerCommand::perform(QString* error) {
    m_addedIndex = m_index >= 0 ? m_index : chooseIndex(document(), m_address);
    if (m_addedIndex < 0 || m_addedIndex > 255)
        return refuse(error, QStringLiteral("no free PCI controller index (the maximum is 255)"));
    QString xml = QStringLiteral("<controller type='pci' index='%1' model='%2'")
                      .arg(m_addedIndex)
                      .arg(m_model);
    if (m_target.isEmpty()) {
        xml += QStringLiteral("/>");
    } else {
        QString attributes;
        for (const auto& [name, value] : std::as_const(m_target))
            attributes += QStringLiteral(" %1='%2'").arg(name, value);
        xml += QStringLiteral(">\n  <target%1/>\n</controller>").arg(attributes);
    }
    AddDeviceCommand add(document(), xml, m_address);
    if (!add.execute(error))
        return false;
    for (const TextSplice& splice : add.splices())
        record(splice);
    return true;
}

// --- RemoveControllerCommand ------------------------------------------------------------------

RemoveControllerCommand::RemoveControllerCommand(DomainDocument& document, int index, Mode mode,
                                                 const RuleTable& rules)
    : DocumentCommand(document, QStringLiteral("Remove PCI controller %1").arg(index)),
      m_index(index), m_mode(mode), m_rules(rules) {}

static void collectSubtree(const Topology& topo, int index, QSet<int>& out) {
    if (out.contains(index))
        return;
    out.insert(index);
    if (const Bus* bus = topo.bus(index))
        for (int child : bus->childBuses)
            collectSubtree(topo, child, out);
}

bool RemoveControllerCommand::perform(QString* error) {
    const Topology topo = Topology::build(DeviceInventory::read(document()), m_rules);
    const Bus* bus = topo.bus(m_index);
    if (m_index == 0)
        return refuse(error, QStringLiteral("the root bus (index 0) cannot be removed"));
    if (!bus || bus->element == NoElement)
        return refuse(error,
                      QStringLiteral("there is no PCI controller with index %1").arg(m_index));
    QSet<int> subtree;
    collectSubtree(topo, m_index, subtree);
    QList<ElementId> removals{bus->element};
    QList<ElementId> unaddress;
    for (const Device& d : topo.inventory().devices) {
        if (d.element == bus->element || !d.pciAddress || !subtree.contains(d.pciAddress->bus))
            continue;
        const bool isController = d.isController(u"pci");
        if (m_mode == Mode::RefuseIfOccupied)
            return refuse(error, QStringLiteral("bus %1 is not empty: remove or move what sits "
                                                "below it first")
                                     .arg(m_index));
        if (m_mode == Mode::WithSubtree || isController)
            removals.append(d.element);
        else
            unaddress.append(d.element);
    }
    // Descending element order: an edit shifts only the ids after it.
    QList<std::pair<ElementId, bool>> edits;
    for (ElementId e : removals)
        edits.append({e, true});
    for (ElementId e : unaddress)
        edits.append({e, false});
    std::sort(edits.begin(), edits.end(), [](auto a, auto b) { return a.first > b.first; });
    for (const auto& [element, remove] : edits)
        record(remove ? document().removeElement(element) : document().removeAddress(element));
    return true;
}

} // namespace pcitopo
