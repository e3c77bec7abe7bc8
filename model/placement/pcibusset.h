#pragma once

// libvirt's virDomainPCIAddressSet (conf/domain_addr.c), reproduced operation for operation:
// the buses (one per PCI controller index), their slot/function occupancy, growth in a dry run
// (§5.4), validation of explicit addresses (§1.3, §6.1) and the slot search (§5.6).

#include "document/pciaddress.h"
#include "rules/ruletable.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace pcitopo {

// A failed operation: libvirt's message (with its "XML error: " / "internal error: " prefix)
// and the pci-rules.md key.
struct PciFailure {
    QString message;
    QString ruleKey;
};

struct PciSimBus {
    QString model; // controller model, empty until set
    ConnectFlags flags;
    int minSlot = 0;
    int maxSlot = 31;
    std::array<quint8, 32> functions{}; // bit f set: function f in use
    std::array<bool, 32> aggregate{};   // AGG-1
    bool grownRestricted = false; // the GROW pcie-root-port that takes only the pcie-to-pci-bridge
    int firstFree = 0; // lowest slot >= minSlot with no function in use (only ever grows)
};

class PciBusSet {
public:
    PciBusSet(const RuleTable& rules, int busCount, bool dryRun);

    const QList<PciSimBus>& buses() const { return m_buses; }
    int busCount() const { return int(m_buses.size()); }
    bool dryRun() const { return m_dryRun; }

    // virDomainPCIAddressBusSetModel
    void setModel(int bus, const QString& model, bool allowHotplug);

    // virDomainPCIAddressSetGrow: grows so that addr.bus exists; may raise addr.bus (GROW-2).
    std::optional<PciFailure> grow(PciAddress& addr, ConnectFlags flags);
    // virDomainPCIAddressValidate
    std::optional<PciFailure> validate(const PciAddress& addr, ConnectFlags flags,
                                       bool fromConfig) const;
    // virDomainPCIAddressReserveAddrInternal (grows first in a dry run)
    std::optional<PciFailure> reserve(PciAddress& addr, ConnectFlags flags, bool fromConfig);
    // virDomainPCIAddressGetNextAddr + reserve; `function` -1 = any
    std::optional<PciFailure> reserveNext(PciAddress& out, ConnectFlags flags, int function = -1);

    bool slotInUse(const PciAddress& addr) const;
    bool busFullyReserved(int bus) const;
    bool busEmpty(int bus) const;

private:
    bool findOnBus(int bus, PciAddress& search, int function, ConnectFlags flags) const;
    std::optional<PciFailure> growFailure(ConnectFlags flags) const;

    const RuleTable& m_rules;
    QList<PciSimBus> m_buses;
    bool m_dryRun = false;
    // A search for a free slot skips full buses (firstFree > maxSlot): m_skip[b] is a bus after
    // b with no full bus between them, or b + 1 (a union-find "next", path-compressed). With
    // thousands of buses, rescanning the full ones for every device made placement quadratic.
    // Buses only fill up, except through setModel(), which resets it.
    int firstNotFull(int from) const;
    bool compatible(ConnectFlags device, ConnectFlags bus, int busIndex) const;
    mutable std::vector<int> m_skip;
    mutable QHash<std::pair<quint64, bool>, bool>
        m_compatible;             // RuleTable::compatible(auto-assign) answers
    QSet<qint64> m_noFreeSlotFor; // searches (flags, function) that found no free slot
};

} // namespace pcitopo
