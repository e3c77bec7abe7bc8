#include "guestbusnumbering.h"

#include <QSet>

namespace pcitopo {

namespace {

class Numbering {
public:
    Numbering(QList<Bus>& buses, const QHash<int, int>& position)
        : m_buses(buses), m_position(position) {}

    void numberTree(int index, int number) {
        Bus* root = bus(index);
        if (!root || m_visited.contains(index))
            return;
        root->guestBusNumber = number;
        m_visited.insert(index);
        int counter = number;
        descend(*root, counter);
    }

private:
    void descend(const Bus& parent, int& counter) {
        for (int childIndex : parent.childBuses) {
            Bus* child = bus(childIndex);
            if (!child || child->isExpander || m_visited.contains(childIndex))
                continue;
            m_visited.insert(childIndex);
            child->guestBusNumber = ++counter;
            descend(*child, counter);
        }
    }

    Bus* bus(int index) {
        const auto it = m_position.constFind(index);
        return it == m_position.constEnd() ? nullptr : &m_buses[*it];
    }

    QList<Bus>& m_buses;
    const QHash<int, int>& m_position;
    QSet<int> m_visited;
};

std::optional<int> writtenBusNr(const Bus& bus, const DeviceInventory& inventory) {
    if (bus.deviceIndex < 0)
        return std::nullopt;
    bool ok = false;
    const int value =
        inventory.devices[bus.deviceIndex].target.value(QStringLiteral("busNr")).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

void GuestBusNumbering::assign(QList<Bus>& buses, const QHash<int, int>& position,
                               const DeviceInventory& inventory) {
    for (Bus& bus : buses)
        bus.guestBusNumber = -1;
    Numbering numbering(buses, position);
    numbering.numberTree(0, 0);

    // libvirt's busNr default (§2.2): below the lowest written busNr, two apart, index order.
    int lowest = 256;
    for (const Bus& bus : buses)
        if (const std::optional<int> nr = writtenBusNr(bus, inventory))
            lowest = std::min(lowest, *nr);
    for (const Bus& bus : buses) {
        if (!bus.isExpander)
            continue;
        std::optional<int> nr = writtenBusNr(bus, inventory);
        if (!nr) {
            lowest -= 2;
            nr = lowest;
        }
        if (*nr > 0 && bus.parentAddress)
            numbering.numberTree(bus.index, *nr);
    }
}

} // namespace pcitopo
