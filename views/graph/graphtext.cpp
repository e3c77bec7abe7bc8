#include "graphtext.h"

namespace pcitopo {

namespace {
QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

// The reasons model/topology writes for unusable cells, so lupdate sees them.
[[maybe_unused]] constexpr const char* SlotReasons[] = {
    QT_TRANSLATE_NOOP("GraphText", "host bridge"),
    QT_TRANSLATE_NOOP("GraphText", "bridge's own slot"),
};

QString busDetail(const Bus& bus) {
    const QString guest = bus.guestBusNumber >= 0 ? QStringLiteral("0x") + hex2(bus.guestBusNumber)
                                                  : QStringLiteral("?");
    QString detail = GraphText::tr("index %1 · guest bus %2").arg(bus.index).arg(guest);
    if (bus.implicit)
        detail += bus.isRoot() ? GraphText::tr(" · implicit") : GraphText::tr(" · gap");
    if (bus.planned())
        detail += GraphText::tr(" · libvirt will add");
    return detail;
}
} // namespace

QString GraphText::label(const LayoutItem& item, const Topology& topology) {
    const Bus* bus = topology.bus(item.bus);
    switch (item.kind) {
    case LayoutItemKind::NumaFrame:
        return bus && bus->numaNode ? tr("NUMA node %1").arg(*bus->numaNode) : item.label;
    case LayoutItemKind::UnplacedTray:
        return tr("Unplaced (libvirt assigns an address)");
    case LayoutItemKind::CollapsedCells:
        return tr("slots %1–%2 free").arg(hex2(item.slot), hex2(item.lastSlot));
    default:
        return item.label;
    }
}

QString GraphText::detail(const LayoutItem& item, const Topology& topology) {
    const Bus* bus = topology.bus(item.bus);
    switch (item.kind) {
    case LayoutItemKind::BusBox:
        return bus ? busDetail(*bus) : item.detail;
    case LayoutItemKind::Cell:
        return slotReason(item.detail);
    case LayoutItemKind::Chip:
        for (const UnplacedDevice& unplaced : topology.unplaced())
            if (unplaced.element == item.element && item.slot < 0 && !unplaced.note.isEmpty())
                return unplaced.note; // libvirt's words (ADDR-1, GROW-1): English, like them
            else if (unplaced.element == item.element && unplaced.address && item.slot < 0)
                return tr("address %1 names no slot here").arg(unplaced.address->toShortString());
        if (item.planned)
            return item.bus >= 0 && item.element != NoElement
                       ? tr("libvirt will assign this address")
                       : tr("libvirt will add");
        return item.detail;
    default:
        return item.detail;
    }
}

QString GraphText::slotReason(const QString& english) {
    if (english.isEmpty())
        return english;
    return QCoreApplication::translate("GraphText", english.toUtf8().constData());
}

} // namespace pcitopo
