#include "topologytreeview.h"

#include "common/editorcontext.h"
#include "common/theme.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace pcitopo {

namespace {
QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

QString busTitle(const Bus& bus) {
    QString title = QObject::tr("%1 · index %2").arg(bus.displayName()).arg(bus.index);
    if (bus.guestBusNumber >= 0)
        title += QObject::tr(" · guest bus 0x%1").arg(hex2(bus.guestBusNumber));
    if (bus.numaNode)
        title += QObject::tr(" · NUMA node %1").arg(*bus.numaNode);
    return title;
}

// "  · guest 02:01.0" when the guest sees the device on another bus number than the XML index.
QString guestAddressSuffix(const Bus& bus, int slot, int function) {
    if (bus.guestBusNumber < 0 || bus.guestBusNumber == bus.index)
        return QString();
    return QObject::tr("  · guest %1:%2.%3")
        .arg(hex2(bus.guestBusNumber), hex2(slot))
        .arg(function);
}

QStandardItem* makeItem(const QIcon& icon, const QString& text, ElementId element) {
    auto* item = new QStandardItem(icon, text);
    item->setToolTip(text); // the dock is narrow: a cut row shows itself whole on hover
    item->setData(element, TopologyTreeView::ElementRole);
    item->setEditable(false);
    return item;
}
} // namespace

TopologyTreeView::TopologyTreeView(EditorContext* context, QWidget* parent)
    : QTreeView(parent), m_context(context) {
    m_model = new QStandardItemModel(this);
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAccessibleName(tr("Topology tree"));
    setAccessibleDescription(tr("Buses, slots and devices; selecting one selects it everywhere"));
    connect(m_context, &EditorContext::refreshed, this, &TopologyTreeView::rebuild);
    connect(m_context, &EditorContext::selectionChanged, this, &TopologyTreeView::followSelection);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (m_settingSelection || !current.isValid())
                    return;
                const QVariant element = current.data(ElementRole);
                if (element.isValid())
                    m_context->select(element.toInt());
            });
    // Clicking the current row selects it again (after the graph selected something else).
    connect(this, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const QVariant element = index.data(ElementRole);
        if (element.isValid() && element.toInt() != m_context->selection())
            m_context->select(element.toInt());
    });
    rebuild();
}

QStandardItem* TopologyTreeView::busItem(const Topology& topology, const Bus& bus, int depth) {
    const QString icon = bus.isRoot()     ? QStringLiteral("root")
                         : bus.isExpander ? QStringLiteral("expander")
                                          : QStringLiteral("controller");
    auto* item = makeItem(theme::icon(icon), busTitle(bus), bus.element);
    if (depth > 64) // a cycle in hostile input must not recurse forever
        return item;
    for (const Slot& slot : bus.cells) {
        for (const Occupant& occupant : slot.functions) {
            const QString address = QStringLiteral("%1:%2.%3")
                                        .arg(hex2(bus.index), hex2(slot.slot))
                                        .arg(occupant.function);
            // Planned by libvirt: said in words, since a tree has no dashed line.
            const QString planned = !occupant.planned() ? QString()
                                    : occupant.origin == Origin::AssignedByLibvirt
                                        ? tr("  (libvirt will assign)")
                                        : tr("  (libvirt will add)");
            const QString text = address + QStringLiteral("  ") + occupant.label + planned;
            if (occupant.childBus >= 0) {
                if (const Bus* child = topology.bus(occupant.childBus)) {
                    QStandardItem* childItem = busItem(topology, *child, depth + 1);
                    childItem->setText(address + QStringLiteral("  ") + childItem->text() +
                                       planned);
                    item->appendRow(childItem);
                    continue;
                }
            }
            auto* leaf = makeItem(theme::icon(iconClassName(occupant.icon)),
                                  text + guestAddressSuffix(bus, slot.slot, occupant.function),
                                  occupant.element);
            if (occupant.chipset || occupant.planned())
                leaf->setForeground(theme::TextMuted);
            if (occupant.conflict)
                leaf->setForeground(theme::ErrorRed);
            item->appendRow(leaf);
        }
    }
    return item;
}

void TopologyTreeView::rebuild() {
    m_settingSelection = true;
    m_model->clear();
    if (m_context->hasDocument()) {
        const Topology& topology = m_context->shownTopology();
        for (int index : topology.rootBuses())
            if (const Bus* bus = topology.bus(index))
                m_model->appendRow(busItem(topology, *bus, 0));
        if (!topology.unplaced().isEmpty()) {
            auto* group =
                makeItem(theme::icon(QStringLiteral("auto-assign")),
                         tr("Needs an address (%1)").arg(topology.unplaced().size()), NoElement);
            for (const UnplacedDevice& device : topology.unplaced()) {
                QString text = device.label;
                if (device.address)
                    text += tr("  (at %1: no such slot)").arg(device.address->toShortString());
                group->appendRow(
                    makeItem(theme::icon(iconClassName(device.icon)), text, device.element));
            }
            m_model->appendRow(group);
        }
    }
    expandAll();
    m_settingSelection = false;
    followSelection(m_context->selection());
}

QModelIndex TopologyTreeView::indexOfElement(ElementId element) const {
    if (element == NoElement)
        return {};
    const QModelIndexList found = m_model->match(m_model->index(0, 0), ElementRole, element, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

void TopologyTreeView::followSelection(ElementId element) {
    m_settingSelection = true;
    const QModelIndex index = indexOfElement(element);
    if (index.isValid()) {
        setCurrentIndex(index);
        scrollTo(index);
    } else { // no current row either, so clicking the last one selects it again
        selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::Clear);
    }
    m_settingSelection = false;
}

} // namespace pcitopo
