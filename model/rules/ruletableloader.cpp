#include "rules/ruletable_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace pcitopo {

namespace {

struct FlagName {
    const char* name;
    ConnectFlag flag;
};

constexpr FlagName flagNames[] = {
    {"AUTOASSIGN", ConnectFlag::AutoAssign},
    {"HOTPLUGGABLE", ConnectFlag::Hotpluggable},
    {"INTEGRATED", ConnectFlag::Integrated},
    {"AGGREGATE_SLOT", ConnectFlag::AggregateSlot},
    {"PCI_DEVICE", ConnectFlag::PciDevice},
    {"PCIE_DEVICE", ConnectFlag::PcieDevice},
    {"PCIE_ROOT_PORT", ConnectFlag::PcieRootPort},
    {"PCIE_SWITCH_UPSTREAM_PORT", ConnectFlag::PcieSwitchUpstreamPort},
    {"PCIE_SWITCH_DOWNSTREAM_PORT", ConnectFlag::PcieSwitchDownstreamPort},
    {"DMI_TO_PCI_BRIDGE", ConnectFlag::DmiToPciBridge},
    {"PCI_EXPANDER_BUS", ConnectFlag::PciExpanderBus},
    {"PCIE_EXPANDER_BUS", ConnectFlag::PcieExpanderBus},
    {"PCI_BRIDGE", ConnectFlag::PciBridge},
    {"PCIE_TO_PCI_BRIDGE", ConnectFlag::PcieToPciBridge},
};

std::optional<ConnectFlag> flagFromName(const QString& name) {
    for (const FlagName& f : flagNames) {
        if (name == QLatin1String(f.name)) {
            return f.flag;
        }
    }
    return std::nullopt;
}

QStringList stringList(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& v : value.toArray()) {
        out.append(v.toString());
    }
    return out;
}

// The value a JSON name stands for in a small name table; nullopt for a name not in it.
template <typename T, std::size_t N>
std::optional<T> valueNamed(const QString& name, const std::pair<const char*, T> (&table)[N]) {
    for (const auto& [key, value] : table) {
        if (name == QLatin1String(key)) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<Machine> machineFromKey(const QString& key) {
    static constexpr std::pair<const char*, Machine> machines[] = {{"q35", Machine::Q35},
                                                                   {"pc", Machine::Pc}};
    return valueNamed(key, machines);
}

ConnectionKind connectionFromName(const QString& name) {
    static constexpr std::pair<const char*, ConnectionKind> kinds[] = {
        {"pci", ConnectionKind::Pci},
        {"pcie", ConnectionKind::Pcie},
        {"integrated", ConnectionKind::Integrated},
        {"controller", ConnectionKind::Controller},
        {"invalid", ConnectionKind::Invalid}};
    return valueNamed(name, kinds).value_or(ConnectionKind::None);
}

RuleInfo ruleInfoFrom(const QJsonObject& o) {
    return RuleInfo{o.value(u"key").toString(), o.value(u"title").toString(),
                    o.value(u"message").toString(), o.value(u"teaching").toString(),
                    o.value(u"source").toString()};
}

// Controller and endpoint rows carry only key/teaching/source; the title is their display name.
RuleInfo rowInfo(const QJsonObject& o, const RuleTable::Data& data) {
    RuleInfo info = ruleInfoFrom(o);
    info.title = o.value(u"displayName").toString();
    if (auto it = data.ruleByKey.constFind(info.key); it != data.ruleByKey.constEnd()) {
        info.message = data.rules.at(*it).message;
        if (info.source.isEmpty()) {
            info.source = data.rules.at(*it).source;
        }
    }
    return info;
}

ControllerModelRule controllerFrom(const QJsonObject& o, const RuleTable::Data& data) {
    ControllerModelRule c;
    c.model = o.value(u"model").toString();
    c.displayName = o.value(u"displayName").toString();
    c.defaultModelName = o.value(u"defaultModelName").toString();
    c.modelNames = stringList(o.value(u"modelNames"));
    for (const QString& m : stringList(o.value(u"machines"))) {
        if (auto machine = machineFromKey(m)) {
            c.machines.append(*machine);
        }
    }
    c.deviceFlags = connectFlagsFromNames(stringList(o.value(u"deviceFlags")));
    c.busFlags = connectFlagsFromNames(stringList(o.value(u"busFlags")));
    c.minSlot = o.value(u"minSlot").toInt();
    c.maxSlot = o.value(u"maxSlot").toInt(31);
    c.isRoot = o.value(u"isRoot").toBool();
    c.hotplugOption = o.value(u"hotplugOption").toBool();
    c.autoAdded = o.value(u"autoAdded").toBool();
    c.plugsIntoText = o.value(u"plugsInto").toString();
    for (const QJsonValue& v : o.value(u"targetAttributes").toArray()) {
        const QJsonObject t = v.toObject();
        c.targetAttributes.append({t.value(u"name").toString(), t.value(u"option").toString(),
                                   t.value(u"min").toInt(), t.value(u"max").toInt(),
                                   t.value(u"default").toString()});
    }
    c.info = rowInfo(o, data);
    return c;
}

void loadEndpoint(const QJsonObject& o, RuleTable::Data& data) {
    EndpointRule e;
    e.id = o.value(u"id").toString();
    e.element = o.value(u"element").toString();
    e.displayName = o.value(u"displayName").toString();
    e.qemuDevice = o.value(u"qemu").toString();
    e.defaultModel = o.value(u"defaultModel").toString();
    e.q35 = connectionFromName(o.value(u"q35").toString());
    e.pc = connectionFromName(o.value(u"pc").toString());
    e.transitional = o.value(u"transitional").toBool();
    e.defaultAddressType = o.value(u"defaultAddressType").toString();
    e.ignoresAddress = o.value(u"ignoresAddress").toBool();
    for (const QJsonValue& r : o.value(u"refusals").toArray()) {
        const QJsonObject refusal = r.toObject();
        e.refusals.append(
            {refusal.value(u"unless").toString(), refusal.value(u"message").toString()});
    }
    e.info = rowInfo(o, data);
    QList<FieldMatch> matches;
    const QJsonObject match = o.value(u"match").toObject();
    for (auto it = match.begin(); it != match.end(); ++it) {
        matches.append({it.key(), stringList(it.value())});
    }
    data.endpoints.append(e);
    data.endpointMatches.append(matches);
}

void loadReserved(const QJsonObject& o, RuleTable::Data& data) {
    ReservedAddressRule r;
    r.machine = machineFromKey(o.value(u"machine").toString()).value_or(Machine::Pc);
    r.slot = o.value(u"slot").toInt();
    r.function = o.value(u"function").toInt();
    r.what = o.value(u"what").toString();
    r.behaviour = o.value(u"behaviour").toString();
    r.info = rowInfo(o, data);
    r.info.title = r.what;
    data.reserved.append(r);
}

void loadPalette(const QJsonObject& o, RuleTable::Data& data) {
    PaletteEntry p;
    p.id = o.value(u"id").toString();
    p.group = o.value(u"group").toString();
    p.displayName = o.value(u"displayName").toString();
    p.xmlTemplate = o.value(u"xml").toString();
    p.endpointRuleId = o.value(u"rule").toString();
    data.palette.append(p);
}

void loadMachines(const QJsonObject& machines, RuleTable::Data& data) {
    for (auto it = machines.begin(); it != machines.end(); ++it) {
        if (auto m = machineFromKey(it.key())) {
            const QJsonObject o = it.value().toObject();
            MachineRule& r = data.machines[int(*m)];
            r.machine = *m;
            r.rootModel = o.value(u"root").toString();
            r.defaultBusModel = o.value(u"defaultBus").toString();
            r.implicitUsbModel = o.value(u"implicitUsbModel").toString();
            r.implicitSata = o.value(u"implicitSata").toBool();
            r.primaryVideoSlot = o.value(u"primaryVideoSlot").toInt();
        }
    }
}

} // namespace

ConnectFlags connectFlagsFromNames(const QStringList& names) {
    ConnectFlags flags;
    for (const QString& n : names) {
        if (auto f = flagFromName(n)) {
            flags |= *f;
        }
    }
    return flags;
}

bool loadRuleTableJson(const QByteArray& json, RuleTable::Data& data, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error) {
            *error = QStringLiteral("rule table: %1 at offset %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return false;
    }
    const QJsonObject root = doc.object();
    loadMachines(root.value(u"machines").toObject(), data);
    const QJsonObject implicit = root.value(u"implicitDevices").toObject();
    data.implicitMemballoonModel = implicit.value(u"memballoonModel").toString();
    data.implicitVideoModel = implicit.value(u"videoModel").toString();
    for (const QJsonValue& v : root.value(u"kindTexts").toArray()) {
        const QJsonObject o = v.toObject();
        if (auto f = flagFromName(o.value(u"flag").toString())) {
            data.kindTexts.append({*f, o.value(u"text").toString()});
        }
    }
    for (const QJsonValue& v : root.value(u"rules").toArray()) {
        data.ruleByKey.insert(v.toObject().value(u"key").toString(), int(data.rules.size()));
        data.rules.append(ruleInfoFrom(v.toObject()));
    }
    for (const QJsonValue& v : root.value(u"controllers").toArray()) {
        data.controllerByModel.insert(v.toObject().value(u"model").toString(),
                                      int(data.controllers.size()));
        data.controllers.append(controllerFrom(v.toObject(), data));
    }
    const QJsonObject prefixes = root.value(u"diskBusFromTargetPrefix").toObject();
    for (auto it = prefixes.begin(); it != prefixes.end(); ++it) {
        data.diskBusFromPrefix.insert(it.key(), it.value().toString());
    }
    for (const QJsonValue& v : root.value(u"endpoints").toArray()) {
        loadEndpoint(v.toObject(), data);
    }
    for (const QJsonValue& v : root.value(u"reserved").toArray()) {
        loadReserved(v.toObject(), data);
    }
    data.paletteGroups = stringList(root.value(u"paletteGroups"));
    for (const QJsonValue& v : root.value(u"palette").toArray()) {
        loadPalette(v.toObject(), data);
    }
    return true;
}

} // namespace pcitopo
