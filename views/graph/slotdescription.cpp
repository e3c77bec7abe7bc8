#include "slotdescription.h"

#include "graphtext.h"

namespace pcitopo {

QString SlotDescription::hotplugText(HotplugState state) {
    switch (state) {
    case HotplugState::Hotpluggable:
        return tr("hotpluggable");
    case HotplugState::HotplugOff:
        return tr("hotplug off");
    case HotplugState::NotHotpluggable:
        break;
    }
    return tr("not hotpluggable");
}

QString SlotDescription::describe(const Topology& topology, int busIndex, int slot, int lastSlot) {
    const Bus* bus = topology.bus(busIndex);
    QStringList parts{tr("bus %1").arg(busIndex)};
    if (bus)
        parts << bus->displayName();
    parts << (lastSlot > slot ? tr("slots %1 to %2").arg(slot).arg(lastSlot)
                              : tr("slot %1").arg(slot));
    const Slot* cell = bus ? bus->slot(slot) : nullptr;
    if (cell && !cell->usable) {
        parts << tr("reserved");
        if (!cell->unusableReason.isEmpty())
            parts << GraphText::slotReason(cell->unusableReason);
        return parts.join(QStringLiteral(", "));
    }
    if (!cell || cell->functions.isEmpty()) {
        parts << tr("empty");
    } else {
        QStringList occupants;
        for (const Occupant& occupant : cell->functions)
            occupants << occupant.label;
        parts << tr("occupied by %1").arg(occupants.join(QStringLiteral(" + ")));
    }
    parts << hotplugText(cell ? cell->hotplug : HotplugState::NotHotpluggable);
    return parts.join(QStringLiteral(", "));
}

QString SlotDescription::describeVerdict(const SlotVerdict& verdict) {
    QString text;
    switch (verdict.verdict) {
    case Verdict::LegalHotpluggable:
        text = tr("can take it, hotpluggable");
        break;
    case Verdict::LegalNotHotpluggable:
        text = tr("can take it, not hotpluggable");
        break;
    case Verdict::Illegal:
        text = tr("cannot take it");
        break;
    }
    return verdict.reason.isEmpty() ? text : text + QStringLiteral(": ") + verdict.reason;
}

} // namespace pcitopo
