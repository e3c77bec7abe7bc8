#pragma once

// The two passes of qemu/qemu_domain_address.c:qemuDomainAssignPCIAddresses (§5.3–§5.5) over a
// SimDomain. Internal to model/placement; the public entry point is placeLikeLibvirt().

#include "placement/pcibusset.h"
#include "placement/simdomain.h"

#include <QSet>
#include <memory>

namespace pcitopo {

class LibvirtAssigner {
public:
    LibvirtAssigner(SimDomain& sim, const RuleTable& rules) : sim(sim), rules(rules) {}

    // Runs both passes; afterwards finalBusSet() is pass 2's address set.
    void run();
    const PciBusSet& finalBusSet() const { return *busSet; }
    // Devices whose explicit address GROW-2 moved.
    const QList<int>& movedDevices() const { return moved; }
    // Devices to which MF-1 added multifunction='on'.
    const QList<int>& multifunctionSet() const { return multiSet; }
    // Controller target values libvirt defaulted, by device position in sim.devices.
    struct Defaults {
        bool modelName = false, chassisNr = false, chassis = false, port = false, busNr = false;
    };
    const QHash<int, Defaults>& defaults() const { return defaulted; }
    // Final controller target values (written or defaulted), by device position.
    struct Targets {
        QString modelName;
        std::optional<int> chassisNr, chassis, port, busNr;
    };
    const QHash<int, Targets>& targets() const { return controllerTargets; }

private:
    void createSet(int busCount, bool dryRun);
    void collectExplicit();
    void validateChipsets();
    void validatePiix3();
    void validateQ35();
    void placePrimaryVideo(int slot, ConnectFlags flags);
    void reserveChipsetFunctions(ConnectFlags flags);
    void reserveSpareSlots(int maxIndex);
    void materializeBuses();
    void assignDeviceSlots();
    void assignControllers();
    void assignUsb2(int at);
    void assignEndpoints();
    void setAllMulti();
    void fillControllerDefaults();
    void fillTargets(int at, Targets& t, Defaults& d);

    bool reserveFixed(int at, PciAddress address, ConnectFlags flags);
    bool reserveNextFor(int at, int function = -1);
    void fail(int at, const PciFailure& failure);
    void fail(int at, const QString& message, const QString& key);
    bool isPrimaryVideoPci() const;

    SimDomain& sim;
    const RuleTable& rules;
    std::unique_ptr<PciBusSet> busSet;
    QList<int> moved;
    QList<int> multiSet;
    QHash<int, Defaults> defaulted;
    QHash<int, Targets> controllerTargets;
    QSet<QString> knownErrors; // of sim.errors[0, indexedErrors), see fail()
    qsizetype indexedErrors = 0;
};

} // namespace pcitopo
