#include "linuxnetname.h"

namespace pcitopo {

namespace {

constexpr int OnboardIndexMax = 16383; // ONBOARD_14BIT_INDEX_MAX

QString functionSuffix(const PciAddress& a) {
    const bool multifunction = a.multifunction.value_or(false);
    return a.function > 0 || multifunction ? QStringLiteral("f%1").arg(a.function) : QString();
}

std::optional<int> hotplugSlotNumber(const NetNameFacts& f) {
    if (f.machine != Machine::Pc || !f.acpi || !f.onRootBus || !f.slotHotpluggable)
        return std::nullopt;
    if (f.guestAddress.slot <= 0)
        return std::nullopt;
    return f.guestAddress.slot;
}

} // namespace

QString predictLinuxNetName(const NetNameFacts& f) {
    if (f.acpiIndex && *f.acpiIndex > 0 && *f.acpiIndex <= OnboardIndexMax)
        return QStringLiteral("eno%1").arg(*f.acpiIndex);
    if (const std::optional<int> slot = hotplugSlotNumber(f))
        return QStringLiteral("ens%1").arg(*slot) + functionSuffix(f.guestAddress);
    return QStringLiteral("enp%1s%2").arg(f.guestAddress.bus).arg(f.guestAddress.slot) +
           functionSuffix(f.guestAddress);
}

} // namespace pcitopo
