#include "rules/ruletable.h"
#include "rules/ruletable_p.h"

namespace pcitopo {

Machine machineFromString(QStringView machine) {
    if (machine == u"q35" || machine.startsWith(u"pc-q35-")) {
        return Machine::Q35;
    }
    return Machine::Pc;
}

QString machineName(Machine machine) {
    return machine == Machine::Q35 ? QStringLiteral("q35") : QStringLiteral("pc");
}

bool DeviceRefusal::refuses(Machine machine, bool hasAcpi) const {
    if (unless == u"acpi")
        return !hasAcpi;
    return unless != QStringLiteral("machine:") + machineName(machine);
}

QString connectFlagsToString(ConnectFlags flags) {
    static const char* const names[] = {"AUTOASSIGN",
                                        "HOTPLUGGABLE",
                                        "INTEGRATED",
                                        "AGGREGATE_SLOT",
                                        "PCI_DEVICE",
                                        "PCIE_DEVICE",
                                        "PCIE_ROOT_PORT",
                                        "PCIE_SWITCH_UPSTREAM_PORT",
                                        "PCIE_SWITCH_DOWNSTREAM_PORT",
                                        "DMI_TO_PCI_BRIDGE",
                                        "PCI_EXPANDER_BUS",
                                        "PCIE_EXPANDER_BUS",
                                        "PCI_BRIDGE",
                                        "PCIE_TO_PCI_BRIDGE"};
    QStringList parts;
    for (int bit = 0; bit < 14; ++bit) {
        if (flags.toInt() & (1u << bit)) {
            parts.append(QLatin1String(names[bit]));
        }
    }
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(u'|');
}

QString connectFlagsHex(ConnectFlags flags) {
    return QString::number(flags.toInt(), 16).rightJustified(2, u'0');
}

const TargetAttributeRule* ControllerModelRule::targetAttribute(QStringView name) const {
    for (const TargetAttributeRule& t : targetAttributes) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

QString Compatibility::message(const PciAddress& address) const {
    if (ok) {
        return {};
    }
    const QString at = address.toLibvirtString();
    if (integratedViolation) {
        return QStringLiteral("The device at PCI address %1 needs to be an integrated device "
                              "(bus=0)")
            .arg(at);
    }
    if (hotplugViolation) {
        return QStringLiteral("The device at PCI address %1 requires hotplug capability, but the "
                              "PCI controller with index='%2' doesn't support hotplug")
            .arg(at)
            .arg(address.bus);
    }
    return QStringLiteral("The device at PCI address %1 cannot be plugged into the PCI controller "
                          "with index='%2'. It requires a controller that accepts a %3.")
        .arg(at)
        .arg(address.bus)
        .arg(kindText);
}

RuleTable::RuleTable() : d(std::make_unique<Data>()) {}
RuleTable::~RuleTable() = default;
RuleTable::RuleTable(const RuleTable& o) : d(std::make_unique<Data>(*o.d)) {}
RuleTable& RuleTable::operator=(const RuleTable& o) {
    if (this != &o) {
        d = std::make_unique<Data>(*o.d);
    }
    return *this;
}
RuleTable::RuleTable(RuleTable&&) noexcept = default;
RuleTable& RuleTable::operator=(RuleTable&&) noexcept = default;

std::optional<RuleTable> RuleTable::fromJson(const QByteArray& json, QString* error) {
    RuleTable table;
    if (!loadRuleTableJson(json, *table.d, error)) {
        return std::nullopt;
    }
    for (PaletteEntry& p : table.d->palette) {
        for (const EndpointRule& e : table.d->endpoints) {
            if (e.id == p.endpointRuleId) {
                p.teaching = e.info.teaching;
            }
        }
        if (p.endpointRuleId.startsWith(u"controller-pci:")) {
            if (const auto* c = table.controllerModel(p.endpointRuleId.mid(15))) {
                p.teaching = c->info.teaching;
            }
        }
    }
    return table;
}

const RuleTable& RuleTable::builtin() {
    static const RuleTable table = [] {
        RuleTable compiled;
        fillCompiledRuleData(*compiled.d);
        indexRuleData(*compiled.d);
        return compiled;
    }();
    return table;
}

void indexRuleData(RuleTable::Data& data) {
    for (int i = 0; i < data.rules.size(); ++i)
        data.ruleByKey.insert(data.rules.at(i).key, i);
    for (int i = 0; i < data.controllers.size(); ++i)
        data.controllerByModel.insert(data.controllers.at(i).model, i);
}

const ControllerModelRule* RuleTable::controllerModel(QStringView model) const {
    auto it = d->controllerByModel.constFind(model.toString());
    return it == d->controllerByModel.constEnd() ? nullptr : &d->controllers.at(*it);
}

const QList<ControllerModelRule>& RuleTable::controllerModels() const {
    return d->controllers;
}

ConnectFlags RuleTable::busFlags(QStringView model, bool hotplugOff) const {
    const ControllerModelRule* c = controllerModel(model);
    if (!c) {
        return {};
    }
    ConnectFlags flags = c->busFlags;
    if (hotplugOff) {
        flags &= ~ConnectFlags(ConnectFlag::Hotpluggable);
    }
    return flags;
}

RuleTable::SlotRange RuleTable::slotRange(QStringView model) const {
    const ControllerModelRule* c = controllerModel(model);
    return c ? SlotRange{c->minSlot, c->maxSlot} : SlotRange{};
}

QString RuleTable::rootModel(Machine m) const {
    return d->machines[int(m)].rootModel;
}

QString RuleTable::defaultBusModel(Machine m) const {
    return d->machines[int(m)].defaultBusModel;
}

const MachineRule& RuleTable::machineRule(Machine m) const {
    return d->machines[int(m)];
}

QString RuleTable::implicitMemballoonModel() const {
    return d->implicitMemballoonModel;
}

QString RuleTable::implicitVideoModel() const {
    return d->implicitVideoModel;
}

const QList<EndpointRule>& RuleTable::endpointRules() const {
    return d->endpoints;
}

ConnectFlags RuleTable::flagsForKind(ConnectionKind kind, Machine m) const {
    const ConnectFlags pci = ConnectFlag::PciDevice | ConnectFlag::AutoAssign;
    const ConnectFlags pcie =
        m == Machine::Q35 ? ConnectFlag::PcieDevice | ConnectFlag::AutoAssign : pci;
    switch (kind) {
    case ConnectionKind::Pci:
        return pci;
    case ConnectionKind::Pcie:
        return pcie;
    case ConnectionKind::Integrated:
        return pcie | ConnectFlag::Integrated;
    case ConnectionKind::None:
    case ConnectionKind::Controller:
    case ConnectionKind::Invalid:
        break;
    }
    return {};
}

ConnectionKind RuleTable::connectionKind(const Device& device, Machine m) const {
    const EndpointRule* rule = endpointRule(device);
    return rule ? rule->connection(m) : ConnectionKind::None;
}

ConnectFlags RuleTable::deviceFlags(const Device& device, Machine m) const {
    const ConnectionKind kind = connectionKind(device, m);
    if (kind == ConnectionKind::Controller) {
        const ControllerModelRule* c = controllerModel(device.model);
        return c ? c->deviceFlags : ConnectFlags();
    }
    return flagsForKind(kind, m);
}

Compatibility RuleTable::compatible(ConnectFlags device, ConnectFlags bus, bool explicitAddress,
                                    int busIndex) const {
    Compatibility c;
    if (device & ConnectFlag::Integrated) {
        if (busIndex != 0) {
            c.ok = false;
            c.integratedViolation = true;
            c.ruleKey = QStringLiteral("COMPAT-INTEGRATED");
            return c;
        }
        bus |= ConnectFlag::AutoAssign;
    }
    if (explicitAddress) {
        if (bus.toInt() & ConnectEndpointMask) {
            bus |= ConnectFlags::fromInt(ConnectEndpointMask);
        }
        if (device & ConnectFlag::PciBridge) {
            device |= ConnectFlag::PciDevice;
        }
    } else if ((device & ConnectFlag::AutoAssign) && !(bus & ConnectFlag::AutoAssign)) {
        c.ok = false;
        c.ruleKey = QStringLiteral("PLACE-1");
        return c;
    }
    if ((device & ConnectFlag::Hotpluggable) && !(bus & ConnectFlag::Hotpluggable)) {
        c.ok = false;
        c.hotplugViolation = true;
        c.ruleKey = QStringLiteral("COMPAT-HOTPLUG");
        return c;
    }
    if (!(device.toInt() & bus.toInt() & ConnectTypesMask)) {
        c.ok = false;
        c.ruleKey = QStringLiteral("COMPAT-1");
        for (const KindText& k : d->kindTexts) {
            if (device & k.flag) {
                c.kindText = k.text;
                break;
            }
        }
    }
    return c;
}

QList<ReservedAddressRule> RuleTable::reservedAddresses(Machine m) const {
    QList<ReservedAddressRule> out;
    for (const ReservedAddressRule& r : d->reserved) {
        if (r.machine == m) {
            out.append(r);
        }
    }
    return out;
}

const RuleInfo* RuleTable::rule(QStringView key) const {
    auto it = d->ruleByKey.constFind(key.toString());
    return it == d->ruleByKey.constEnd() ? nullptr : &d->rules.at(*it);
}

const QList<RuleInfo>& RuleTable::rules() const {
    return d->rules;
}

const QList<PaletteEntry>& RuleTable::palette() const {
    return d->palette;
}

QStringList RuleTable::paletteGroups() const {
    return d->paletteGroups;
}

} // namespace pcitopo
