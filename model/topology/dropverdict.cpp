#include "dropverdict.h"

#include <QSet>

namespace pcitopo {

QString verdictName(Verdict verdict) {
    switch (verdict) {
    case Verdict::LegalHotpluggable:
        return QStringLiteral("hotpluggable");
    case Verdict::LegalNotHotpluggable:
        return QStringLiteral("not-hotpluggable");
    case Verdict::Illegal:
        break;
    }
    return QStringLiteral("illegal");
}

DropCandidate DropCandidate::paletteEntry(const QString& paletteId) {
    return {Source::PaletteEntry, paletteId, -1};
}
DropCandidate DropCandidate::controllerModel(const QString& model) {
    return {Source::ControllerModel, model, -1};
}
DropCandidate DropCandidate::existingDevice(int deviceIndex) {
    return {Source::ExistingDevice, QString(), deviceIndex};
}

namespace {

const QString kControllerPrefix = QStringLiteral("controller-pci:");

// The candidate with everything the per-cell check needs, computed once per drag.
struct Resolved {
    QString name; // "e1000", "pcie-root-port"
    ConnectFlags flags;
    const ControllerModelRule* controller = nullptr;
    int controllerIndex = -1; // an existing controller's index
    int deviceIndex = -1;
    QSet<int> subtree; // an existing controller's own bus and everything below it
    QString problem;   // why it cannot go anywhere (set: every cell is illegal)
    QString problemKey;
};

void resolveController(Resolved& r, const Topology& topo, const QString& model) {
    r.controller = topo.rules().controllerModel(model);
    r.name = model;
    if (!r.controller) {
        r.problem = QStringLiteral("%1 is not a PCI controller model libvirt knows").arg(model);
        return;
    }
    r.flags = r.controller->deviceFlags;
    if (r.controller->isRoot)
        r.problem = QStringLiteral("%1 is the root bus: it plugs into nothing").arg(model);
    else if (!r.controller->allowedOn(topo.machine()))
        r.problem = QStringLiteral("%1 is not available on %2 machines")
                        .arg(model, machineName(topo.machine()));
    r.problemKey = r.controller->info.key;
}

void collectSubtree(const Topology& topo, int index, QSet<int>& out) {
    if (out.contains(index))
        return;
    out.insert(index);
    if (const Bus* bus = topo.bus(index))
        for (int child : bus->childBuses)
            collectSubtree(topo, child, out);
}

const EndpointRule* endpointRuleById(const RuleTable& rules, QStringView id) {
    for (const EndpointRule& rule : rules.endpointRules())
        if (rule.id == id)
            return &rule;
    return nullptr;
}

void resolvePalette(Resolved& r, const Topology& topo, const QString& id) {
    const RuleTable& rules = topo.rules();
    const PaletteEntry* entry = nullptr;
    for (const PaletteEntry& e : rules.palette())
        if (e.id == id)
            entry = &e;
    const QString ruleId = entry ? entry->endpointRuleId : id;
    if (ruleId.startsWith(kControllerPrefix))
        return resolveController(r, topo, ruleId.mid(kControllerPrefix.size()));
    const EndpointRule* rule = endpointRuleById(rules, ruleId);
    r.name = entry ? entry->displayName : id;
    if (!rule) {
        r.problem = QStringLiteral("unknown palette entry '%1'").arg(id);
        return;
    }
    if (!entry)
        r.name = rule->displayName;
    else if (r.name.endsWith(u')') && r.name.contains(QStringLiteral(" (")))
        r.name.truncate(r.name.lastIndexOf(QStringLiteral(" ("))); // "Intel e1000 (PCI)"
    r.flags = rules.flagsForKind(rule->connection(topo.machine()), topo.machine());
    r.problemKey = rule->info.key;
}

void resolveExisting(Resolved& r, const Topology& topo, int deviceIndex) {
    const QList<Device>& devices = topo.inventory().devices;
    if (deviceIndex < 0 || deviceIndex >= devices.size()) {
        r.problem = QStringLiteral("no such device");
        return;
    }
    const Device& d = devices[deviceIndex];
    r.deviceIndex = deviceIndex;
    if (d.isController(u"pci")) {
        resolveController(r, topo, d.model);
        r.controllerIndex = d.index.value_or(-1);
        if (r.controllerIndex >= 0)
            collectSubtree(topo, r.controllerIndex, r.subtree);
    } else {
        r.flags = topo.rules().deviceFlags(d, topo.machine());
    }
    r.name = Topology::labelFor(d, topo.rules(), topo.machine());
}

Resolved resolve(const Topology& topo, const DropCandidate& what) {
    Resolved r;
    switch (what.source) {
    case DropCandidate::Source::PaletteEntry:
        resolvePalette(r, topo, what.id);
        break;
    case DropCandidate::Source::ControllerModel:
        resolveController(r, topo, what.id);
        break;
    case DropCandidate::Source::ExistingDevice:
        resolveExisting(r, topo, what.deviceIndex);
        break;
    }
    if (r.problem.isEmpty() && !(r.flags & ConnectTypesMask))
        r.problem = QStringLiteral("%1 takes no PCI address").arg(r.name);
    return r;
}

// The first sentence of a rule's teaching text: the reason line under the cursor.
QString teachingLine(const RuleTable& rules, QStringView key, const QString& fallback) {
    const RuleInfo* info = rules.rule(key);
    if (!info || info->teaching.isEmpty())
        return fallback;
    QString text = info->teaching;
    const qsizetype end = text.indexOf(QStringLiteral(". "));
    if (end > 0)
        text.truncate(end + 1);
    return text;
}

QString kindText(ConnectFlags flags) {
    if (flags & ConnectFlag::PciDevice)
        return QStringLiteral("conventional PCI device");
    if (flags & ConnectFlag::PcieDevice)
        return QStringLiteral("PCI Express device");
    return QStringLiteral("PCI controller");
}

SlotVerdict illegal(SlotVerdict v, const QString& reason, const QString& key) {
    v.verdict = Verdict::Illegal;
    v.reason = reason;
    v.ruleKey = key;
    return v;
}

bool isOther(const Occupant& o, const Resolved& r) {
    return o.deviceIndex < 0 || o.deviceIndex != r.deviceIndex;
}

const Occupant* otherAt(const Slot& slot, int function, const Resolved& r) {
    for (const Occupant& o : slot.functions)
        if (o.function == function && isOther(o, r))
            return &o;
    return nullptr;
}

int chooseFunction(const Slot& slot, const Resolved& r) {
    for (int f = 0; f < 8; ++f)
        if (!otherAt(slot, f, r))
            return f;
    return -1;
}

bool sharesSlot(const Slot& slot, int function, const Resolved& r) {
    if (function > 0)
        return true;
    for (const Occupant& o : slot.functions)
        if (isOther(o, r))
            return true;
    return false;
}

// The lowest controller index above the target bus that no controller uses (IDX-5/IDX-6:
// QEMU creates controllers in index order, so a child must come after its bus).
int freeIndexAbove(const Topology& topo, int busIndex) {
    for (int i = busIndex + 1; i <= 255; ++i) {
        const Bus* b = topo.bus(i);
        if (!b || b->implicit)
            return i;
    }
    return -1;
}

// libvirt's message of a rule, from the rule table (placeholders %1 %2 …).
QString ruleMessage(const RuleTable& rules, QStringView key) {
    const RuleInfo* info = rules.rule(key);
    return info ? info->message : QString();
}

SlotVerdict slotRangeVerdict(const SlotVerdict& v, const RuleTable& rules, const Bus& bus,
                             int slot) {
    if (bus.index == 0 && slot == 0)
        return illegal(v,
                       teachingLine(rules, u"ADDR-1",
                                    QStringLiteral("bus 0 slot 0 means \"assign an address\"")),
                       QStringLiteral("ADDR-1"));
    const bool below = slot < bus.minSlot;
    const QString key = below ? QStringLiteral("SLOT-MIN") : QStringLiteral("SLOT-MAX");
    return illegal(
        v,
        ruleMessage(rules, key)
            .arg(v.address.toLibvirtString(), QString::number(below ? bus.minSlot : bus.maxSlot)),
        key);
}

QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

SlotVerdict indexOrderVerdict(SlotVerdict v, const Topology& topo, const Resolved& r,
                              const Bus& bus) {
    if (r.controllerIndex < 0) {
        v.controllerIndex = freeIndexAbove(topo, bus.index);
        if (v.controllerIndex < 0)
            return illegal(v, QStringLiteral("no free controller index above %1").arg(bus.index),
                           QStringLiteral("IDX-1"));
        return v;
    }
    if (r.controllerIndex > bus.index)
        return v;
    const RuleTable& rules = topo.rules();
    if (r.controller->model == u"pci-bridge")
        return illegal(
            v,
            ruleMessage(rules, u"IDX-5")
                .arg(QString::number(r.controllerIndex), hex2(r.controllerIndex), hex2(bus.index)),
            QStringLiteral("IDX-5"));
    return illegal(v,
                   QStringLiteral("QEMU would fail at start: ") +
                       ruleMessage(rules, u"IDX-6").arg(bus.index),
                   QStringLiteral("IDX-6"));
}

SlotVerdict legalVerdict(SlotVerdict v, const Topology& topo, const Resolved& r, const Bus& bus,
                         const Slot& slot) {
    Q_UNUSED(topo);
    QString reason;
    v.verdict = Verdict::LegalNotHotpluggable;
    v.ruleKey = QStringLiteral("HP-5"); // the table's hotplug rule (HP-1…HP-5 of pci-rules.md §7)
    if (r.controller) {
        reason = QStringLiteral("a PCI controller cannot be hotplugged");
    } else if (slot.hotplug == HotplugState::HotplugOff) {
        reason = QStringLiteral("hotplug='off' on %1: no hot-(un)plug here").arg(bus.model);
    } else if (slot.hotplug == HotplugState::NotHotpluggable) {
        reason = QStringLiteral("%1 slots are not hotpluggable").arg(bus.model);
    } else if (sharesSlot(slot, v.address.function, r)) {
        reason = QStringLiteral("shares slot %1 with other functions: no hot-(un)plug")
                     .arg(v.address.slot, 2, 16, QLatin1Char('0'));
    } else {
        v.verdict = Verdict::LegalHotpluggable;
        v.ruleKey = QStringLiteral("HP-1"); // HP-5 says "cannot be hot-plugged": not here
        reason = QStringLiteral("hotpluggable slot on %1").arg(bus.model);
    }
    // §1.3: an explicit address lets PCI and PCIe endpoints into each other's slots.
    if (!r.controller && !(r.flags & bus.flags & ConnectTypesMask)) {
        reason = QStringLiteral("%1 is a %2: a %3 takes it only with an explicit address; %4")
                     .arg(r.name, kindText(r.flags), bus.model, reason);
        v.ruleKey = QStringLiteral("COMPAT-1");
    }
    v.reason = reason;
    return v;
}

SlotVerdict check(const Topology& topo, const Resolved& r, const Bus& bus, int slotNumber,
                  int function) {
    SlotVerdict v;
    v.address.bus = bus.index;
    v.address.slot = slotNumber;
    v.address.function = std::max(function, 0);
    if (!r.problem.isEmpty())
        return illegal(v, r.problem, r.problemKey);
    const Slot* slot = bus.slot(slotNumber);
    if (!slot || !slot->usable || slotNumber > 31)
        return slotRangeVerdict(v, topo.rules(), bus, slotNumber);
    if (r.subtree.contains(bus.index))
        return illegal(v, QStringLiteral("%1 cannot sit on its own bus or below it").arg(r.name),
                       QStringLiteral("IDX-6"));
    if (function < 0)
        v.address.function = chooseFunction(*slot, r);
    if (v.address.function < 0 || v.address.function > 7)
        return illegal(v, QStringLiteral("all 8 functions of this slot are in use"), QString());
    if (const Occupant* o = otherAt(*slot, v.address.function, r))
        return illegal(v,
                       ruleMessage(topo.rules(), u"DOUBLE-USE").arg(v.address.toLibvirtString()) +
                           QStringLiteral(" (%1)").arg(o->label),
                       QStringLiteral("DOUBLE-USE"));
    const Compatibility c = topo.rules().compatible(r.flags, bus.flags, true, bus.index);
    if (!c.ok)
        return illegal(v, c.message(v.address), c.ruleKey);
    if (r.controller) {
        v = indexOrderVerdict(v, topo, r, bus);
        if (!v.reason.isEmpty())
            return v;
    }
    return legalVerdict(v, topo, r, bus, *slot);
}

} // namespace

SlotVerdict verdictForDrop(const Topology& topology, const DropCandidate& what, int bus, int slot,
                           int function) {
    const Resolved r = resolve(topology, what);
    const Bus* target = topology.bus(bus);
    if (!target) {
        SlotVerdict v;
        v.address.bus = bus;
        v.address.slot = slot;
        return illegal(v, QStringLiteral("there is no bus with index %1").arg(bus), QString());
    }
    return check(topology, r, *target, slot, function);
}

QList<CellVerdict> allVerdicts(const Topology& topology, const DropCandidate& what) {
    const Resolved r = resolve(topology, what);
    QList<CellVerdict> result;
    for (const Bus& bus : topology.buses())
        for (const Slot& slot : bus.cells)
            if (slot.usable)
                result.append({bus.index, slot.slot, check(topology, r, bus, slot.slot, -1)});
    return result;
}

// A legal cell for a controller model; `natural` also asks for a free slot whose bus takes the
// model's kind without the explicit-address relaxation (a pci-bridge directly on pcie-root is
// legal, but a pcie-to-pci-bridge on a root port is what libvirt itself would build).
static bool hasCellFor(const Topology& topology, const ControllerModelRule& model, bool natural) {
    for (const CellVerdict& cell :
         allVerdicts(topology, DropCandidate::controllerModel(model.model))) {
        if (!cell.verdict.isLegal())
            continue;
        const Bus* bus = topology.bus(cell.bus);
        if (!natural || (cell.verdict.address.function == 0 &&
                         (model.deviceFlags & bus->flags & ConnectTypesMask)))
            return true;
    }
    return false;
}

QString controllerToAddFor(const Topology& topology, const DropCandidate& what) {
    const Resolved r = resolve(topology, what);
    if (!r.problem.isEmpty())
        return QString();
    for (const bool natural : {true, false})
        for (const ControllerModelRule& model : topology.rules().controllerModels()) {
            if (model.isRoot || !model.allowedOn(topology.machine()) ||
                !topology.rules().compatible(r.flags, model.busFlags, false, 1).ok)
                continue;
            if (hasCellFor(topology, model, natural))
                return model.model;
        }
    return QString();
}

} // namespace pcitopo
