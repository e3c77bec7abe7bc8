// Advice: nothing here makes libvirt or QEMU refuse the domain. Warnings are about what the
// guest will not be able to do (see a function, hot-unplug a device); infos about what libvirt
// changes by itself.
#include "advisorychecks.h"
#include "resolvedtopology.h"
#include "topology/topology.h"
#include "validationcontext.h"

#include <QHash>
#include <QSet>

namespace pcitopo {

namespace {

struct SlotKey {
    int domain, bus, slot;
    bool operator==(const SlotKey&) const = default;
};
size_t qHash(const SlotKey& k, size_t seed = 0) {
    return qHashMulti(seed, k.domain, k.bus, k.slot);
}

using SlotMap = QHash<SlotKey, QList<const ResolvedFunction*>>;

SlotMap functionsBySlot(const ResolvedTopology& topology) {
    SlotMap bySlot;
    for (const ResolvedFunction& f : topology.functions)
        bySlot[{f.address.domain, f.address.bus, f.address.slot}].append(&f);
    return bySlot;
}

// Function 0 of a bus-0 slot the chipset occupies (q35 00:1f.0, pc 00:01.0).
bool chipsetHasFunctionZero(const ValidationContext& context, const SlotKey& key) {
    if (key.domain != 0 || key.bus != 0)
        return false;
    for (const ReservedAddressRule& r : context.rules.reservedAddresses(context.machine))
        if (r.slot == key.slot && r.function == 0 && r.behaviour != u"default")
            return true;
    return false;
}

const ResolvedFunction* atFunction(const QList<const ResolvedFunction*>& functions, int fn) {
    for (const ResolvedFunction* f : functions)
        if (f->address.function == fn)
            return f;
    return nullptr;
}

QString slotText(const PciAddress& a) {
    PciAddress slot = a;
    slot.function = 0;
    return slot.toShortString().chopped(2);
}

void checkMultifunction(ValidationContext& context, const SlotMap& bySlot) {
    for (auto it = bySlot.constBegin(); it != bySlot.constEnd(); ++it) {
        const QList<const ResolvedFunction*>& functions = *it;
        const ResolvedFunction* zero = atFunction(functions, 0);
        const ResolvedFunction* other = nullptr;
        for (const ResolvedFunction* f : functions)
            if (f->address.function != 0 &&
                (!other || f->address.function < other->address.function))
                other = f;
        if (!other)
            continue;
        if (!zero && !chipsetHasFunctionZero(context, it.key())) {
            PciAddress target = other->address;
            target.function = 0;
            const SuggestedFix fix = other->explicitAddress
                                         ? SuggestedFix::moveTo(other->element, target)
                                         : SuggestedFix{};
            context.report(u"pci.multifunction.no-function-zero",
                           {slotText(other->address), QString::number(other->address.function)},
                           other->element,
                           other->device ? other->device->addressLocation : SourceLocation{}, fix);
        } else if (zero && zero->explicitAddress && zero->device &&
                   !zero->device->pciAddress->multifunction) {
            context.report(u"pci.multifunction.implicit-on", {zero->label, slotText(zero->address)},
                           zero->element, zero->device->addressLocation,
                           SuggestedFix::setMultifunction(zero->element, true));
        }
    }
}

// The kinds users hot-plug and hot-unplug; advice about the others would be noise.
bool usuallyHotplugged(const Device& device) {
    return device.kind == DeviceKind::Interface || device.kind == DeviceKind::Hostdev ||
           (device.kind == DeviceKind::Disk && device.bus == u"virtio");
}

// HP-5: why a device cannot be hot-unplugged where it sits, or an empty string.
QString unplugObstacle(const ValidationContext& context, const ResolvedTopology& topology,
                       const SlotMap& bySlot, const ResolvedFunction& f) {
    const QString model = topology.busModel(context, f.address.bus);
    const bool off = topology.hotplugOff(f.address.bus);
    if (!(context.rules.busFlags(model, off) & ConnectFlag::Hotpluggable))
        return off ? QStringLiteral("its bus (%1 %2) has hotplug='off'")
                         .arg(model)
                         .arg(f.address.bus)
                   : QStringLiteral("%1 slots do not support hotplug").arg(model);
    if (bySlot.value({f.address.domain, f.address.bus, f.address.slot}).size() > 1)
        return QStringLiteral("it shares its slot with other functions");
    return {};
}

// Elements with an error: no advice may call their place legal (HP-5 says "legal here").
QSet<ElementId> elementsWithErrors(const ValidationContext& context) {
    QSet<ElementId> elements;
    for (const Diagnostic& d : context.diagnostics())
        if (d.isError() && d.element != NoElement)
            elements.insert(d.element);
    return elements;
}

void checkHotUnplug(ValidationContext& context, const ResolvedTopology& topology,
                    const SlotMap& bySlot) {
    const QSet<ElementId> refused = elementsWithErrors(context);
    for (const ResolvedFunction& f : topology.functions) {
        if (!f.device || !usuallyHotplugged(*f.device) || refused.contains(f.element))
            continue;
        const QString obstacle = unplugObstacle(context, topology, bySlot, f);
        if (obstacle.isEmpty())
            continue;
        const SuggestedFix fix =
            f.explicitAddress ? SuggestedFix::removeAddress(f.element) : SuggestedFix{};
        context.report(u"pci.hotplug.not-unpluggable",
                       {f.label, f.address.toShortString(), obstacle}, f.element,
                       f.device->addressElement != NoElement ? f.device->addressLocation
                                                             : f.device->location,
                       fix);
    }
}

// q35: a PCIe device can only be hot-plugged into an empty port that existed at boot.
// Fixes that fix: libvirt puts its unaddressed devices into empty written ports before it adds
// any, so one free port takes as many ports as libvirt adds now, plus one.
void checkHeadroom(ValidationContext& context, const ResolvedTopology& topology,
                   const Headroom& headroom) {
    if (context.machine != Machine::Q35 || headroom.pciePorts > 0)
        return;
    int addedPorts = 0;
    for (const ResolvedController& c : topology.controllers)
        if (c.added && c.model == u"pcie-root-port")
            ++addedPorts;
    const ElementId devices = context.document.devicesElement();
    context.report(
        u"pci.hotplug.no-headroom", {}, devices,
        devices == NoElement ? SourceLocation{} : context.document.location(devices),
        SuggestedFix::addControllers(QStringLiteral("pcie-root-port"), addedPorts + 1, addedPorts));
}

} // namespace

void checkAdvice(ValidationContext& context, const ResolvedTopology& topology,
                 const Headroom& headroom) {
    const SlotMap bySlot = functionsBySlot(topology);
    checkMultifunction(context, bySlot);
    checkHotUnplug(context, topology, bySlot);
    checkHeadroom(context, topology, headroom);
}

} // namespace pcitopo
