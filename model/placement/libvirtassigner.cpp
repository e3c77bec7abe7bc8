#include "placement/libvirtassigner.h"

#include <map>
#include <tuple>

namespace pcitopo {

namespace {

constexpr ConnectFlags pciAuto() {
    return ConnectFlag::PciDevice | ConnectFlag::AutoAssign;
}

PciAddress rootAddress(int slot, int function) {
    PciAddress a;
    a.slot = slot;
    a.function = function;
    return a;
}

QString errorKey(const PlacementError& e) {
    return QString::number(int(e.device.origin)) + u'/' + QString::number(e.device.index) + u'/' +
           e.message;
}

bool sameAddress(const PciAddress& a, const PciAddress& b) {
    return a.domain == b.domain && a.bus == b.bus && a.slot == b.slot && a.function == b.function;
}

} // namespace

void LibvirtAssigner::fail(int at, const QString& message, const QString& key) {
    PlacementError e;
    e.message = message;
    e.ruleKey = key;
    if (at >= 0) {
        const SimDevice& s = sim.devices.at(at);
        e.device = s.ref;
        e.element = s.device.element;
        e.location =
            s.device.addressElement != NoElement ? s.device.addressLocation : s.device.location;
    }
    // The same problem found again by pass 2 is reported once. A set of the errors so far
    // (those SimDomain found before the passes included), not a scan of them: thousands of
    // unplaceable devices made that quadratic.
    for (; indexedErrors < sim.errors.size(); ++indexedErrors) {
        knownErrors.insert(errorKey(sim.errors.at(indexedErrors)));
    }
    if (knownErrors.contains(errorKey(e))) {
        return;
    }
    sim.errors.append(e);
}

void LibvirtAssigner::fail(int at, const PciFailure& failure) {
    fail(at, failure.message, failure.ruleKey);
}

// qemuDomainPCIAddressSetCreate: buses from the controllers, gaps with the default model
// (IDX-4), then every explicit address collected (qemuDomainCollectPCIAddress).
void LibvirtAssigner::createSet(int busCount, bool dryRun) {
    busSet = std::make_unique<PciBusSet>(rules, busCount, dryRun);
    for (int at : sim.controllers) {
        const SimDevice& c = sim.devices.at(at);
        if (c.isPciController() && c.index >= 0 && c.index < busCount &&
            rules.controllerModel(c.model)) {
            busSet->setModel(c.index, c.model, !c.hotplugOff);
        }
    }
    if (busCount > 0 && busSet->buses().at(0).model.isEmpty()) {
        busSet->setModel(0, QStringLiteral("pci-root"), true);
    }
    const QString gapModel =
        sim.hasPcieRoot() ? QStringLiteral("pcie-root-port") : QStringLiteral("pci-bridge");
    for (int i = 1; i < busCount; ++i) {
        if (busSet->buses().at(i).model.isEmpty()) {
            busSet->setModel(i, gapModel, true);
        }
    }
    collectExplicit();
}

void LibvirtAssigner::collectExplicit() {
    for (int at : sim.iterationOrder()) {
        SimDevice& s = sim.devices[at];
        if (!s.addressPresent()) {
            continue;
        }
        const ConnectFlags flags = s.flags ? s.flags : ConnectFlags(ConnectFlag::PciDevice);
        PciAddress& addr = *s.address;
        if (s.device.kind == DeviceKind::Controller && addr.domain == 0 && addr.bus == 0 &&
            addr.slot == 1) {
            const bool piixIde = s.isController(u"ide") && s.index == 0 && addr.function == 1;
            const bool piixUsb = s.isController(u"usb") && s.index == 0 &&
                                 s.model == u"piix3-uhci" && addr.function == 2;
            if (piixIde || piixUsb) {
                if (busSet->busCount() > 0 &&
                    !(busSet->buses().at(0).flags & ConnectFlag::PciDevice)) {
                    fail(at,
                         QStringLiteral("internal error: Bus 0 must be PCI for integrated PIIX3 "
                                        "USB or IDE controllers"),
                         QStringLiteral("RES-PIIX-Q35"));
                }
                continue;
            }
        }
        const int busBefore = addr.bus;
        if (auto failure = busSet->reserve(addr, flags, true)) {
            fail(at, *failure);
        } else if (addr.bus != busBefore && !moved.contains(at)) {
            moved.append(at);
        }
    }
}

bool LibvirtAssigner::reserveFixed(int at, PciAddress address, ConnectFlags flags) {
    if (auto failure = busSet->reserve(address, flags, true)) {
        fail(at, *failure);
        return false;
    }
    return true;
}

bool LibvirtAssigner::reserveNextFor(int at, int function) {
    SimDevice& s = sim.devices[at];
    PciAddress out;
    if (auto failure = busSet->reserveNext(out, s.flags, function)) {
        fail(at, *failure);
        return false;
    }
    if (!busSet->dryRun()) {
        s.address = out;
        s.otherAddress = false;
    }
    return true;
}

bool LibvirtAssigner::isPrimaryVideoPci() const {
    if (sim.videos.isEmpty()) {
        return false;
    }
    const QString& model = sim.devices.at(sim.videos.first()).model;
    return model != u"none" && model != u"ramfb";
}

void LibvirtAssigner::placePrimaryVideo(int slot, ConnectFlags flags) {
    if (!isPrimaryVideoPci()) {
        return;
    }
    const int at = sim.videos.first();
    SimDevice& video = sim.devices[at];
    if (!video.addressWanted()) {
        return;
    }
    const PciAddress fixed = rootAddress(slot, 0);
    if (auto failure = busSet->validate(fixed, flags, true)) {
        fail(at, *failure);
        return;
    }
    if (busSet->slotInUse(fixed)) {
        reserveNextFor(at); // DRY-1: in the dry run the address is not kept
    } else if (reserveFixed(at, fixed, flags)) {
        video.address = fixed;
    }
}

// The bus-0 functions the chipset always holds (§4: q35 1f.0/1f.3, pc 01.0/01.3).
void LibvirtAssigner::reserveChipsetFunctions(ConnectFlags flags) {
    for (const ReservedAddressRule& r : rules.reservedAddresses(sim.machine)) {
        if (r.behaviour == u"reserved") {
            reserveFixed(-1, rootAddress(r.slot, r.function), flags);
        }
    }
}

// qemuDomainValidateDevicePCISlotsPIIX3
void LibvirtAssigner::validatePiix3() {
    const PciAddress ide = rootAddress(1, 1);
    const PciAddress usb = rootAddress(1, 2);
    for (int at : sim.controllers) {
        SimDevice& c = sim.devices[at];
        PciAddress fixed;
        QString message;
        if (c.isController(u"ide") && c.index == 0) {
            fixed = ide;
            message = QStringLiteral("Primary IDE controller must have PCI address 0:0:1.1");
        } else if (c.isController(u"usb") && c.index == 0 && c.model == u"piix3-uhci") {
            fixed = usb;
            message = QStringLiteral("PIIX3 USB controller at index 0 must have PCI address "
                                     "0:0:1.2");
        } else {
            continue;
        }
        if (c.addressPresent()) {
            if (!sameAddress(*c.address, fixed)) {
                fail(at, QStringLiteral("internal error: ") + message,
                     fixed.function == 1 ? QStringLiteral("RES-IDE") : QStringLiteral("RES-USB"));
                continue;
            }
        } else {
            c.address = fixed;
            c.otherAddress = false;
        }
        reserveFixed(at, *c.address, pciAuto());
    }
    reserveChipsetFunctions(pciAuto());
    placePrimaryVideo(rules.machineRule(Machine::Pc).primaryVideoSlot, pciAuto());
}

// qemuDomainValidateDevicePCISlotsQ35
void LibvirtAssigner::validateQ35() {
    const ConnectFlags flags = ConnectFlag::PcieDevice;
    const PciAddress sata = rootAddress(0x1f, 2);
    for (int at : sim.controllers) {
        SimDevice& c = sim.devices[at];
        if (c.isController(u"sata") && c.index == 0) {
            if (!c.addressPresent()) {
                c.address = sata;
                c.otherAddress = false;
            } else if (!sameAddress(*c.address, sata)) {
                fail(at,
                     QStringLiteral("internal error: Primary SATA controller must have PCI "
                                    "address 0:0:1f.2"),
                     QStringLiteral("RES-SATA"));
            }
        } else if (c.isController(u"usb") && c.model == u"ich9-uhci1" && c.hasNoAddress()) {
            for (int slot : {0x1d, 0x1a}) {
                PciAddress a = rootAddress(slot, 0);
                if (!busSet->slotInUse(a)) {
                    if (reserveFixed(at, a, flags)) {
                        a.multifunction = true;
                        c.address = a;
                    }
                    break;
                }
            }
        } else if (c.isPciController() && c.model == u"dmi-to-pci-bridge" && c.hasNoAddress()) {
            const PciAddress a = rootAddress(0x1e, 0);
            if (!busSet->slotInUse(a) && reserveFixed(at, a, flags)) {
                c.address = a;
            }
        }
    }
    reserveChipsetFunctions(flags);
    placePrimaryVideo(rules.machineRule(Machine::Q35).primaryVideoSlot, flags);
    const PciAddress sound = rootAddress(0x1b, 0);
    if (!busSet->slotInUse(sound)) {
        for (int at : sim.sounds) {
            SimDevice& s = sim.devices[at];
            if (s.model == u"ich9" && s.addressWanted()) {
                if (reserveFixed(at, sound, flags)) {
                    s.address = sound;
                }
                break;
            }
        }
    }
}

void LibvirtAssigner::validateChipsets() {
    if (sim.machine == Machine::Q35) {
        validateQ35();
    } else {
        validatePiix3();
    }
}

// PLACE-pc-spare before the devices, PLACE-q35-spare after them (§5.3 steps 4 and 6).
void LibvirtAssigner::reserveSpareSlots(int maxIndex) {
    PciAddress dummy;
    if (sim.hasPcieRoot()) {
        if (maxIndex <= 0 && busSet->busCount() > maxIndex + 1) {
            if (auto failure =
                    busSet->reserveNext(dummy, ConnectFlag::PcieDevice | ConnectFlag::AutoAssign)) {
                fail(-1, *failure);
            }
        }
        return;
    }
    for (int i = 0; i < busSet->busCount(); ++i) {
        if (!busSet->busFullyReserved(i)) {
            if (auto failure = busSet->reserveNext(dummy, pciAuto())) {
                fail(-1, *failure);
            }
            return;
        }
    }
}

// §5.3 step 7: a controller for every bus that has none, each given an address by search.
void LibvirtAssigner::materializeBuses() {
    // The buses that have a controller, collected once (a search per bus was quadratic with
    // thousands of grown buses); each bus below is visited once, so additions need no update.
    QSet<int> present;
    for (int at : sim.controllers) {
        if (sim.devices.at(at).isPciController()) {
            present.insert(sim.devices.at(at).index);
        }
    }
    for (int i = 1; i < busSet->busCount(); ++i) {
        if (present.contains(i)) {
            continue;
        }
        SimDevice c;
        c.ref = {DeviceOrigin::AddedController, i};
        c.device.kind = DeviceKind::Controller;
        c.device.elementName = QStringLiteral("controller");
        c.device.type = QStringLiteral("pci");
        c.device.model = busSet->buses().at(i).model;
        c.device.index = i;
        c.model = c.device.model;
        c.index = i;
        c.flags = rules.deviceFlags(c.device, sim.machine);
        const int at = int(sim.devices.size());
        sim.devices.append(c);
        sim.controllers.append(at);
        reserveNextFor(at);
    }
}

void LibvirtAssigner::assignControllers() {
    for (int at : sim.controllers) {
        const SimDevice& c = sim.devices.at(at);
        if (c.isPciController() && c.model != u"pci-root" && c.model != u"pcie-root" &&
            c.addressWanted()) {
            reserveNextFor(at);
        }
    }
}

void LibvirtAssigner::assignUsb2(int at) {
    SimDevice& c = sim.devices[at];
    static const QHash<QString, int> functionOf = {{QStringLiteral("ich9-ehci1"), 7},
                                                   {QStringLiteral("ich9-uhci1"), 0},
                                                   {QStringLiteral("ich9-uhci2"), 1},
                                                   {QStringLiteral("ich9-uhci3"), 2}};
    std::optional<PciAddress> partner;
    for (int other : sim.controllers) {
        const SimDevice& o = sim.devices.at(other);
        if (o.isController(u"usb") && functionOf.contains(o.model) && o.index == c.index &&
            o.addressPresent()) {
            partner = o.address;
            break;
        }
    }
    PciAddress addr = partner.value_or(PciAddress{});
    addr.function = functionOf.value(c.model);
    addr.multifunction.reset();
    if (c.model == u"ich9-uhci1") {
        addr.multifunction = true;
    }
    if (partner) {
        if (reserveFixed(at, addr, c.flags)) {
            c.address = addr;
        }
    } else if (reserveNextFor(at, addr.function) && c.address) {
        c.address->multifunction = addr.multifunction;
    }
}

void LibvirtAssigner::assignDeviceSlots() {
    assignControllers();
    for (int at : sim.fss) {
        if (sim.devices.at(at).addressWanted()) {
            reserveNextFor(at);
        }
    }
    for (int at : sim.nets) {
        const SimDevice& n = sim.devices.at(at);
        if (n.device.type != u"hostdev" && n.addressWanted()) {
            reserveNextFor(at);
        }
    }
    for (int at : sim.sounds) {
        const SimDevice& s = sim.devices.at(at);
        if (s.addressWanted() && s.model != u"sb16" && s.model != u"pcspk" && s.model != u"usb") {
            reserveNextFor(at);
        }
    }
    for (int at : sim.controllers) {
        const SimDevice& c = sim.devices.at(at);
        const QString& type = c.device.type;
        if (c.isPciController() || (type == u"usb" && c.model == u"none") || type == u"fdc" ||
            type == u"ccid" || (type == u"ide" && c.index == 0) ||
            (type == u"scsi" && c.model == u"ncr53c90") || !c.addressWanted()) {
            continue;
        }
        const bool usb2 = type == u"usb" && (c.model == u"ich9-ehci1" || c.model == u"ich9-uhci1" ||
                                             c.model == u"ich9-uhci2" || c.model == u"ich9-uhci3");
        if (usb2) {
            assignUsb2(at);
        } else {
            reserveNextFor(at);
        }
    }
    assignEndpoints();
}

void LibvirtAssigner::assignEndpoints() {
    for (int at : sim.disks) {
        const SimDevice& d = sim.devices.at(at);
        if (d.device.bus != u"virtio" || d.addressPresent() || d.device.addressType == u"ccw") {
            continue;
        }
        if (!d.addressWanted()) {
            fail(at,
                 QStringLiteral("unsupported configuration: virtio disk cannot have an address "
                                "of type '%1'")
                     .arg(d.device.addressType),
                 QStringLiteral("CONN-4"));
            continue;
        }
        reserveNextFor(at);
    }
    for (int at : sim.hostdevs) {
        const SimDevice& h = sim.devices.at(at);
        const bool subsys = h.device.kind == DeviceKind::Interface || h.device.mode.isEmpty() ||
                            h.device.mode == u"subsystem";
        const QString& type =
            h.device.kind == DeviceKind::Interface ? QStringLiteral("pci") : h.device.type;
        const bool pciLike =
            type == u"pci" || type == u"scsi_host" || (type == u"mdev" && h.model == u"vfio-pci");
        if (h.addressWanted() && subsys && pciLike) {
            reserveNextFor(at);
        }
    }
    for (int at : sim.memballoons) {
        const SimDevice& m = sim.devices.at(at);
        if (m.model != u"none" && m.addressWanted()) {
            reserveNextFor(at);
        }
    }
    const auto placeWanted = [this](const QList<int>& list, auto&& accept) {
        for (int at : list) {
            const SimDevice& s = sim.devices.at(at);
            if (accept(s) && s.addressWanted()) {
                reserveNextFor(at);
            }
        }
    };
    const auto any = [](const SimDevice&) { return true; };
    placeWanted(sim.rngs, any);
    placeWanted(sim.watchdogs, [](const SimDevice& s) { return s.model == u"i6300esb"; });
    placeWanted(sim.videos,
                [](const SimDevice& s) { return s.model != u"none" && s.model != u"ramfb"; });
    placeWanted(sim.shmems, any);
    placeWanted(sim.inputs, [](const SimDevice& s) { return s.device.bus == u"virtio"; });
    placeWanted(sim.serials,
                [](const SimDevice& s) { return s.device.targetType == u"pci-serial"; });
    placeWanted(sim.iommus, [](const SimDevice& s) { return s.model == u"virtio"; });
    placeWanted(sim.vsocks, any);
    placeWanted(sim.memories, [](const SimDevice& s) {
        return s.model == u"virtio-mem" || s.model == u"virtio-pmem";
    });
}

// virDomainPCIAddressSetAllMulti (MF-1): function 0 of every slot that has another function in
// use gets multifunction='on'. libvirt looks for function 0 among all devices per device; a map
// from slot to its first function 0 (in the same order) finds the same one.
void LibvirtAssigner::setAllMulti() {
    const QList<int> order = sim.iterationOrder();
    std::map<std::tuple<int, int, int>, int> functionZero; // (domain, bus, slot) → device
    for (int at : order) {
        const std::optional<PciAddress>& a = sim.devices.at(at).address;
        if (a && a->function == 0) {
            functionZero.emplace(std::make_tuple(a->domain, a->bus, a->slot), at);
        }
    }
    for (int at : order) {
        const std::optional<PciAddress>& a = sim.devices.at(at).address;
        if (!a || a->function == 0) {
            continue;
        }
        const auto zero = functionZero.find(std::make_tuple(a->domain, a->bus, a->slot));
        if (zero == functionZero.end()) {
            continue;
        }
        PciAddress& o = *sim.devices[zero->second].address;
        if (!o.multifunction) {
            o.multifunction = true;
            multiSet.append(zero->second);
        }
    }
}

void LibvirtAssigner::run() {
    const int maxIndex = sim.maxPciIndex();
    int busCount = maxIndex + 1;
    if (busCount > 0) {
        createSet(busCount, true);
        validateChipsets();
        if (!sim.hasPcieRoot()) {
            reserveSpareSlots(maxIndex);
        }
        assignDeviceSlots();
        if (sim.hasPcieRoot()) {
            reserveSpareSlots(maxIndex);
        }
        materializeBuses();
        busCount = busSet->busCount();
    }
    createSet(busCount, false);
    validateChipsets();
    assignDeviceSlots();
    setAllMulti();
    fillControllerDefaults();
}

} // namespace pcitopo
