#include "placement/pcibusset.h"

#include <algorithm>
#include <numeric>

namespace pcitopo {

namespace {

QString prefix(bool fromConfig) {
    return fromConfig ? QStringLiteral("XML error: ") : QStringLiteral("internal error: ");
}

// virDomainPCIControllerConnectTypeToModel: the controller model a device flag stands for.
QString controllerModelForFlags(ConnectFlags flags) {
    struct Map {
        ConnectFlag flag;
        const char* model;
    };
    static constexpr Map map[] = {
        {ConnectFlag::PcieRootPort, "pcie-root-port"},
        {ConnectFlag::PcieSwitchUpstreamPort, "pcie-switch-upstream-port"},
        {ConnectFlag::PcieSwitchDownstreamPort, "pcie-switch-downstream-port"},
        {ConnectFlag::DmiToPciBridge, "dmi-to-pci-bridge"},
        {ConnectFlag::PciExpanderBus, "pci-expander-bus"},
        {ConnectFlag::PcieExpanderBus, "pcie-expander-bus"},
        {ConnectFlag::PciBridge, "pci-bridge"},
    };
    for (const Map& m : map) {
        if (flags & m.flag) {
            return QLatin1String(m.model);
        }
    }
    return {};
}

} // namespace

PciBusSet::PciBusSet(const RuleTable& rules, int busCount, bool dryRun)
    : m_rules(rules), m_buses(busCount), m_dryRun(dryRun) {}

void PciBusSet::setModel(int bus, const QString& model, bool allowHotplug) {
    PciSimBus& b = m_buses[bus];
    // A new bus extends the skip list; a new slot range on a known bus may free slots it skips.
    if (bus < int(m_skip.size()))
        std::iota(m_skip.begin(), m_skip.end(), 1);
    while (int(m_skip.size()) <= bus)
        m_skip.push_back(int(m_skip.size()) + 1);
    m_noFreeSlotFor.clear(); // and new flags may take what found none
    b.model = model;
    b.flags = m_rules.busFlags(model, !allowHotplug);
    const RuleTable::SlotRange range = m_rules.slotRange(model);
    b.minSlot = range.min;
    b.maxSlot = range.max;
    b.grownRestricted = false;
    // firstFree counts from minSlot: slot 0 of a bridge is never used, yet never free either.
    b.firstFree = std::max(b.firstFree, b.minSlot);
    while (b.firstFree < 32 && b.functions[b.firstFree]) {
        ++b.firstFree;
    }
}

std::optional<PciFailure> PciBusSet::growFailure(ConnectFlags flags) const {
    const QString model = controllerModelForFlags(flags);
    if (!model.isEmpty()) {
        return PciFailure{QStringLiteral("internal error: a PCI slot is needed to connect a PCI "
                                         "controller model='%1', but none is available, and it "
                                         "cannot be automatically added")
                              .arg(model),
                          QStringLiteral("GROW-FAIL-CONTROLLER")};
    }
    return PciFailure{QStringLiteral("internal error: Cannot automatically add a new PCI bus for "
                                     "a device with connect flags %1")
                          .arg(connectFlagsHex(flags)),
                      QStringLiteral("GROW-FAIL-FLAGS")};
}

std::optional<PciFailure> PciBusSet::grow(PciAddress& addr, ConnectFlags flags) {
    int add = addr.bus - busCount() + 1;
    if (add <= 0) {
        return std::nullopt;
    }
    QString model;
    bool needPcieToPciBridge = false;
    if (flags & ConnectFlag::PciDevice) {
        model = QStringLiteral("pci-bridge");
        needPcieToPciBridge = true;
        for (const PciSimBus& b : m_buses) {
            if (b.flags & ConnectFlag::PciBridge) {
                needPcieToPciBridge = false;
                break;
            }
        }
        if (needPcieToPciBridge && add == 1) {
            // GROW-2: a root port plus a pcie-to-pci-bridge; the device moves one bus up.
            ++add;
            ++addr.bus;
        }
    } else if (flags & (ConnectFlag::PcieDevice | ConnectFlag::PcieSwitchUpstreamPort)) {
        model = QStringLiteral("pcie-root-port");
    } else {
        return growFailure(flags);
    }
    int i = busCount();
    m_buses.resize(busCount() + add);
    if (needPcieToPciBridge) {
        setModel(i, QStringLiteral("pcie-root-port"), true);
        m_buses[i].flags = ConnectFlag::PcieToPciBridge;
        m_buses[i].grownRestricted = true;
        ++i;
        setModel(i++, QStringLiteral("pcie-to-pci-bridge"), true);
    }
    for (; i < busCount(); ++i) {
        setModel(i, model, true);
    }
    return std::nullopt;
}

std::optional<PciFailure> PciBusSet::validate(const PciAddress& addr, ConnectFlags flags,
                                              bool fromConfig) const {
    // Messages are built only on failure: this runs for every device.
    const auto at = [&addr] { return addr.toLibvirtString(); };
    const auto failure = [fromConfig](const QString& message, const char* key) {
        return PciFailure{prefix(fromConfig) + message, QLatin1String(key)};
    };
    if (addr.domain != 0) {
        return failure(
            QStringLiteral("Invalid PCI address %1. Only PCI domain 0 is available").arg(at()),
            "DOMAIN-0");
    }
    if (addr.bus >= busCount()) {
        return failure(
            QStringLiteral("Invalid PCI address %1. Only PCI buses up to %2 are available")
                .arg(at())
                .arg(busCount() - 1),
            "GROW-1");
    }
    const PciSimBus& bus = m_buses.at(addr.bus);
    const Compatibility c = m_rules.compatible(flags, bus.flags, fromConfig, addr.bus);
    if (!c.ok) {
        if (c.ruleKey == u"PLACE-1") {
            return failure(QStringLiteral("The device at PCI address %1 was auto-assigned this "
                                          "address, but the PCI controller with index='%2' "
                                          "doesn't allow auto-assignment")
                               .arg(at())
                               .arg(addr.bus),
                           "PLACE-1");
        }
        return PciFailure{prefix(fromConfig) + c.message(addr), c.ruleKey};
    }
    if (bus.minSlot && addr.slot < bus.minSlot) {
        return failure(
            QStringLiteral("Invalid PCI address %1. slot must be >= %2").arg(at()).arg(bus.minSlot),
            "SLOT-MIN");
    }
    if (addr.slot > bus.maxSlot) {
        return failure(
            QStringLiteral("Invalid PCI address %1. slot must be <= %2").arg(at()).arg(bus.maxSlot),
            "SLOT-MAX");
    }
    return std::nullopt;
}

std::optional<PciFailure> PciBusSet::reserve(PciAddress& addr, ConnectFlags flags,
                                             bool fromConfig) {
    // libvirt formats the message before growing, so GROW-2 errors show the original address.
    const PciAddress original = addr;
    const auto originalText = [&original] { return original.toLibvirtString(); };
    if (m_dryRun) {
        if (auto failure = grow(addr, flags)) {
            return failure;
        }
    }
    if (auto failure = validate(addr, flags, fromConfig)) {
        failure->message.replace(addr.toLibvirtString(), originalText());
        return failure;
    }
    PciSimBus& bus = m_buses[addr.bus];
    if (bus.functions[addr.slot] & (1u << addr.function)) {
        return PciFailure{
            prefix(fromConfig) +
                QStringLiteral("Attempted double use of PCI Address %1").arg(originalText()),
            QStringLiteral("DOUBLE-USE")};
    }
    if (!bus.functions[addr.slot] && (flags & ConnectFlag::AggregateSlot)) {
        bus.aggregate[addr.slot] = true;
    }
    bus.functions[addr.slot] |= quint8(1u << addr.function);
    while (bus.firstFree < 32 && bus.functions[bus.firstFree]) {
        ++bus.firstFree;
    }
    return std::nullopt;
}

int PciBusSet::firstNotFull(int from) const {
    const auto full = [this](int bus) {
        return m_buses.at(bus).firstFree > m_buses.at(bus).maxSlot;
    };
    int found = from;
    while (found < busCount() && full(found))
        found = std::max(found + 1, m_skip[size_t(found)]);
    // Path compression: every full bus passed on the way now points at the answer.
    for (int bus = from; bus < found;) {
        const int next = std::max(bus + 1, m_skip[size_t(bus)]);
        m_skip[size_t(bus)] = found;
        bus = next;
    }
    return found;
}

bool PciBusSet::compatible(ConnectFlags device, ConnectFlags bus, int busIndex) const {
    // A pure function of the two flag sets and whether the bus is bus 0 (integrated devices).
    const std::pair<quint64, bool> key{(quint64(uint(device.toInt())) << 32) | uint(bus.toInt()),
                                       busIndex == 0};
    const auto known = m_compatible.constFind(key);
    if (known != m_compatible.cend())
        return *known;
    const bool ok = m_rules.compatible(device, bus, false, busIndex).ok;
    m_compatible.insert(key, ok);
    return ok;
}

bool PciBusSet::findOnBus(int busIndex, PciAddress& a, int function, ConnectFlags flags) const {
    const PciSimBus& bus = m_buses.at(busIndex);
    const bool aggregates = flags & ConnectFlag::AggregateSlot;
    if (!aggregates && bus.firstFree > bus.maxSlot) {
        return false; // a full bus: nothing to find (checked first, it is the common case)
    }
    if (!compatible(flags, bus.flags, busIndex)) {
        return false;
    }
    if (!aggregates) {
        // Only a completely free slot can match: start at the lowest one (same result, faster).
        a.slot = std::max(a.slot, bus.firstFree);
    }
    for (; a.slot <= bus.maxSlot; ++a.slot) {
        const quint8 used = bus.functions[a.slot];
        if (used == 0) {
            return true;
        }
        if ((flags & ConnectFlag::AggregateSlot) && bus.aggregate[a.slot]) {
            if (!(used & (1u << a.function))) {
                return true;
            }
            if (function == -1) {
                for (; a.function < 8; ++a.function) {
                    if (!(used & (1u << a.function))) {
                        return true;
                    }
                }
                a.function = 0;
            }
        }
    }
    return false;
}

std::optional<PciFailure> PciBusSet::reserveNext(PciAddress& out, ConnectFlags flags,
                                                 int function) {
    PciAddress a;
    a.function = function == -1 ? 0 : function;
    bool found = false;
    // A full bus can still take an aggregate device's function: those searches see every bus.
    const bool aggregates = flags & ConnectFlag::AggregateSlot;
    const auto nextBus = [&](int bus) { return aggregates ? bus : firstNotFull(bus); };
    // Buses only fill up between setModel() calls: once a search for these flags (and function)
    // found no free slot, the next one finds none either (thousands of unplaceable devices
    // rescanned every bus each).
    const qint64 search = (qint64(flags.toInt()) << 8) | quint8(function);
    const bool known = m_noFreeSlotFor.contains(search);
    for (a.bus = known ? busCount() : nextBus(0); a.bus < busCount(); a.bus = nextBus(a.bus + 1)) {
        a.slot = m_buses.at(a.bus).minSlot;
        if (findOnBus(a.bus, a, function, flags)) {
            found = true;
            break;
        }
    }
    if (!found)
        m_noFreeSlotFor.insert(search);
    if (!found) {
        if (!m_dryRun) {
            return PciFailure{QStringLiteral("internal error: No more available PCI slots"),
                              QStringLiteral("PLACE-4")};
        }
        if (auto failure = grow(a, flags)) {
            return failure;
        }
        a.slot = m_buses.at(a.bus).minSlot;
    }
    if (auto failure = reserve(a, flags, false)) {
        return failure;
    }
    out = a;
    return std::nullopt;
}

bool PciBusSet::slotInUse(const PciAddress& addr) const {
    return addr.bus < busCount() && m_buses.at(addr.bus).functions[addr.slot] != 0;
}

bool PciBusSet::busFullyReserved(int bus) const {
    const PciSimBus& b = m_buses.at(bus);
    for (int s = b.minSlot; s <= b.maxSlot; ++s) {
        if (!b.functions[s]) {
            return false;
        }
    }
    return true;
}

bool PciBusSet::busEmpty(int bus) const {
    const PciSimBus& b = m_buses.at(bus);
    for (int s = b.minSlot; s <= b.maxSlot; ++s) {
        if (b.functions[s]) {
            return false;
        }
    }
    return true;
}

} // namespace pcitopo
