#include "placementanswer.h"

namespace pcitopo {

QString PlacementAnswer::summary() const {
    const QString hotplug =
        hotpluggable ? QStringLiteral("hotpluggable") : QStringLiteral("not hotpluggable");
    if (automatic)
        return QStringLiteral("yes, ") + hotplug;
    if (explicitOk)
        return QStringLiteral("only with an explicit address, ") + hotplug;
    return QStringLiteral("no: ") + refusalShort;
}

PlacementAnswer placementAnswer(const RuleTable& rules, ConnectFlags deviceFlags, Machine machine,
                                const ControllerModelRule& bus) {
    Q_UNUSED(machine);
    PlacementAnswer a;
    a.busModel = bus.model;
    // Integrated devices must sit on bus 0: only the root bus has that index.
    const int busIndex = bus.isRoot ? 0 : 1;
    const Compatibility automatic = rules.compatible(deviceFlags, bus.busFlags, false, busIndex);
    const Compatibility written = rules.compatible(deviceFlags, bus.busFlags, true, busIndex);
    a.automatic = automatic.ok;
    a.explicitOk = written.ok;
    const bool endpoint = deviceFlags.toInt() & ConnectEndpointMask;
    a.hotpluggable = a.explicitOk && endpoint && (bus.busFlags & ConnectFlag::Hotpluggable);
    if (!written.ok) {
        a.ruleKey = written.ruleKey;
        a.refusal = written.message(PciAddress{0, busIndex, bus.minSlot, 0, std::nullopt});
        a.refusalShort =
            written.integratedViolation
                ? QStringLiteral("an integrated device must sit on bus 0")
                : QStringLiteral("%1 does not accept a %2").arg(bus.model, written.kindText);
    } else if (!automatic.ok) {
        // Legal when written, but libvirt's own slot search skips this bus (§1.3, PLACE-1).
        a.ruleKey =
            automatic.ruleKey == u"PLACE-1" ? automatic.ruleKey : QStringLiteral("COMPAT-1");
    } else if (!a.hotpluggable) {
        a.ruleKey = QStringLiteral("HP-5");
    }
    return a;
}

QList<PlacementAnswer> placementAnswers(const RuleTable& rules, ConnectFlags deviceFlags,
                                        Machine machine) {
    QList<PlacementAnswer> answers;
    for (const ControllerModelRule& bus : rules.controllerModels())
        if (bus.allowedOn(machine) && bus.maxSlot >= bus.minSlot)
            answers.append(placementAnswer(rules, deviceFlags, machine, bus));
    return answers;
}

} // namespace pcitopo
