#pragma once

// "Where may it go, and does it hotplug there?" for one device kind and one PCI controller
// model, from the rule table alone (no domain needed): the teaching side of drag feedback.
//
//     const PlacementAnswer a = placementAnswer(rules, flags, Machine::Q35, *rootPort);
//     if (a.explicitOnly()) ...  // legal only when the user writes the address

#include "rules/ruletable.h"

namespace pcitopo {

struct PlacementAnswer {
    QString busModel;          // "pcie-root-port"
    bool automatic = false;    // libvirt would put it there itself (§1.3 without fromConfig)
    bool explicitOk = false;   // legal with an explicit <address> (§1.3 with fromConfig)
    bool hotpluggable = false; // the slot offers hotplug (HP-1) and the device can use it
    QString ruleKey;           // the deciding rule: COMPAT-1, PLACE-1, HP-5, …
    QString refusal;           // libvirt's message when not even an explicit address works
    QString refusalShort;      // "pcie-root-port does not accept a standard PCI device"

    bool explicitOnly() const { return explicitOk && !automatic; }
    // "yes, hotpluggable" / "only with an explicit address, not hotpluggable" / "no: …"
    QString summary() const;
};

// `deviceFlags`: as RuleTable::flagsForKind or a controller's deviceFlags. A controller
// (no endpoint bit) never hotplugs.
PlacementAnswer placementAnswer(const RuleTable& rules, ConnectFlags deviceFlags, Machine machine,
                                const ControllerModelRule& bus);

// Every controller model of the machine with slots, in rule-table order.
QList<PlacementAnswer> placementAnswers(const RuleTable& rules, ConnectFlags deviceFlags,
                                        Machine machine);

} // namespace pcitopo
