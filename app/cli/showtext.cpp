#include "showformat.h"

#include <QSet>

namespace pcitopo::cli {

namespace {

QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

QString hotplugMark(HotplugState state) {
    switch (state) {
    case HotplugState::Hotpluggable:
        return QStringLiteral("  [hotplug]");
    case HotplugState::HotplugOff:
        return QStringLiteral("  [hotplug off]");
    case HotplugState::NotHotpluggable:
        break;
    }
    return QStringLiteral("  [no hotplug]");
}

// "bus 5: pcie-expander-bus, guest bus 0x80, NUMA node 0"
QString busLine(const Bus& bus) {
    QString line = QStringLiteral("bus %1: %2").arg(bus.index).arg(bus.displayName());
    line += bus.guestBusNumber >= 0 ? QStringLiteral(", guest bus 0x") + hex2(bus.guestBusNumber)
                                    : QStringLiteral(", guest bus unknown");
    if (bus.isExpander && bus.numaNode)
        line += QStringLiteral(", NUMA node %1").arg(*bus.numaNode);
    if (bus.hotplugOff)
        line += QStringLiteral(", hotplug='off'");
    if ((bus.implicit && !bus.isRoot()) || bus.planned())
        line += QStringLiteral(", added by libvirt");
    else if (!bus.isRoot() && !bus.parentAddress)
        line += QStringLiteral(", not placed yet (libvirt assigns its address)");
    return line;
}

class TreeWriter {
public:
    explicit TreeWriter(const Topology& topology) : m_topo(topology) {}

    QString write() {
        for (const Bus& bus : m_topo.buses())
            if (!m_printed.contains(bus.index) && !isNested(bus))
                writeBus(bus, QString());
        return m_out;
    }

private:
    // A bus is printed under the slot of its controller when that slot is printed.
    bool isNested(const Bus& bus) const {
        const Bus* parent = m_topo.bus(bus.parentBus);
        return bus.parentAddress && parent && parent->slot(bus.parentAddress->slot);
    }

    void line(const QString& prefix, bool last, const QString& text) {
        m_out += prefix + (last ? QStringLiteral("`-- ") : QStringLiteral("|-- ")) + text + u'\n';
    }

    static QString childPrefix(const QString& prefix, bool last) {
        return prefix + (last ? QStringLiteral("    ") : QStringLiteral("|   "));
    }

    // One entry per slot, except that runs of 3+ free slots with one hotplug state collapse.
    struct Entry {
        int first = 0;
        int last = 0;
    };
    static QList<Entry> entriesOf(const Bus& bus) {
        QList<Entry> entries;
        for (int s = 0; s < bus.cells.size(); ++s) {
            int end = s;
            while (bus.cells[s].isFree() && end + 1 < bus.cells.size() &&
                   bus.cells[end + 1].isFree() &&
                   bus.cells[end + 1].hotplug == bus.cells[s].hotplug)
                ++end;
            if (end - s + 1 < 3)
                end = s;
            entries.append({s, end});
            s = end;
        }
        return entries;
    }

    void writeBus(const Bus& bus, const QString& prefix) {
        m_printed.insert(bus.index);
        m_out += busLine(bus) + u'\n';
        const QList<Entry> entries = entriesOf(bus);
        for (int i = 0; i < entries.size(); ++i)
            writeEntry(bus, entries[i], prefix, i + 1 == entries.size());
    }

    void writeEntry(const Bus& bus, const Entry& entry, const QString& prefix, bool last) {
        const Slot& slot = bus.cells[entry.first];
        const QString at = hex2(bus.index) + u':' + hex2(slot.slot);
        if (entry.last > entry.first) {
            line(prefix, last,
                 QStringLiteral("%1-%2 free, %3 slots%4")
                     .arg(at, hex2(entry.last))
                     .arg(entry.last - entry.first + 1)
                     .arg(hotplugMark(slot.hotplug)));
            return;
        }
        if (!slot.usable && slot.functions.isEmpty()) {
            line(prefix, last, QStringLiteral("%1 reserved: %2").arg(at, slot.unusableReason));
            return;
        }
        if (slot.functions.isEmpty()) {
            line(prefix, last, at + QStringLiteral(" free") + hotplugMark(slot.hotplug));
            return;
        }
        for (int f = 0; f < slot.functions.size(); ++f) {
            const bool lastLine = last && f + 1 == slot.functions.size();
            writeOccupant(slot, slot.functions[f], at, prefix, lastLine);
        }
    }

    void writeOccupant(const Slot& slot, const Occupant& o, const QString& at,
                       const QString& prefix, bool last) {
        const OccupantFacts facts = occupantFacts(m_topo, o);
        QString text = at + u'.' + QString::number(o.function) + u' ' + facts.kind;
        if (!facts.model.isEmpty())
            text += u' ' + facts.model;
        if (facts.label != facts.model)
            text += QStringLiteral(": ") + facts.label;
        if (!o.chipset)
            text += hotplugMark(slot.hotplug);
        if (o.conflict)
            text += QStringLiteral("  (conflict: another device has this address)");
        if (o.origin == Origin::AssignedByLibvirt)
            text += QStringLiteral("  (libvirt will assign)");
        else if (o.planned())
            text += QStringLiteral("  (libvirt will add)");
        line(prefix, last, text);
        const Bus* child = m_topo.bus(o.childBus);
        if (child && !m_printed.contains(child->index)) {
            const QString inner = childPrefix(prefix, last);
            m_out += inner + QStringLiteral("`-- ");
            writeBus(*child, inner + QStringLiteral("    "));
        }
    }

    const Topology& m_topo;
    QSet<int> m_printed;
    QString m_out;
};

QString unplacedText(const Topology& topo) {
    if (topo.unplaced().isEmpty())
        return QStringLiteral("unplaced: none\n");
    QString out = QStringLiteral("unplaced (libvirt assigns the address):\n");
    for (const UnplacedDevice& u : topo.unplaced()) {
        const Device& device = topo.inventory().devices[u.deviceIndex];
        out += QStringLiteral("  ") + device.elementName + QStringLiteral(": ") + u.label;
        if (!u.note.isEmpty())
            out += QStringLiteral(" (") + u.note + u')';
        else if (u.address)
            out += QStringLiteral(" (its address %1 names no slot here)")
                       .arg(u.address->toShortString());
        out += u'\n';
    }
    return out;
}

} // namespace

QString showText(const Topology& topology, const QString& fileName) {
    QString out = QStringLiteral("file: ") + fileName + u'\n';
    const QString written = topology.inventory().machine;
    out += QStringLiteral("machine: ") + machineName(topology.machine());
    if (!written.isEmpty() && written != machineName(topology.machine()))
        out += QStringLiteral(" (") + written + u')';
    out += u'\n';
    if (topology.view() == Topology::View::Defined)
        out += QStringLiteral("view: as libvirt will define it (--view written: as written)\n");
    out += TreeWriter(topology).write();
    out += unplacedText(topology);
    out += QStringLiteral("headroom: ") + headroomText(topology.headroom()) + u'\n';
    return out;
}

} // namespace pcitopo::cli
