// Explainer: PCI controller models and devices, with "where it may go" per machine.
#include "explainer.h"

#include "explain/explainer_p.h"
#include "explain/placementanswer.h"

#include <QSet>
#include <QTextStream>

namespace pcitopo {

using namespace Qt::StringLiterals;

using explaindetail::printDocs;
using explaindetail::printRuleInfo;

namespace {

QString kindName(ConnectionKind kind) {
    switch (kind) {
    case ConnectionKind::None:
        return QStringLiteral("no PCI address");
    case ConnectionKind::Pci:
        return QStringLiteral("conventional PCI");
    case ConnectionKind::Pcie:
        return QStringLiteral("PCI Express");
    case ConnectionKind::Integrated:
        return QStringLiteral("PCI Express, integrated (bus 0)");
    case ConnectionKind::Controller:
        return QStringLiteral("PCI controller");
    case ConnectionKind::Invalid:
        return QStringLiteral("none (libvirt cannot place it)");
    }
    return QString();
}

// CONN-1: "PCIe" means pcieFlags, which are PCI flags on pc; the flags say what it really is.
QString kindOn(const RuleTable& rules, const EndpointRule& rule, Machine machine) {
    const ConnectionKind kind = rule.connection(machine);
    const ConnectFlags flags = rules.flagsForKind(kind, machine);
    if (kind == ConnectionKind::Pcie && !(flags & ConnectFlag::PcieDevice))
        return kindName(ConnectionKind::Pci);
    return kindName(kind);
}

// libvirt's refusal of the device on this machine type wherever it sits, or an empty string.
QString machineRefusal(const EndpointRule& rule, Machine machine) {
    for (const DeviceRefusal& refusal : rule.refusals)
        if (refusal.isAboutMachine() && refusal.refuses(machine, true))
            return refusal.message;
    return QString();
}

QList<Machine> machinesFor(const ExplainOptions& options, const QList<Machine>& possible) {
    QList<Machine> result;
    for (Machine m : {Machine::Q35, Machine::Pc})
        if ((!options.machine || *options.machine == m) && possible.contains(m))
            result.append(m);
    return result;
}

// "e1000" matches "e1000 / rtl8139 / vmxnet3"; "virtio-net" matches "virtio-net-pci".
bool qemuNameMatches(const QString& qemuDevice, const QString& what) {
    for (QString name : qemuDevice.split(u' ', Qt::SkipEmptyParts)) {
        if (name == u"/" || name == u"…")
            continue;
        if (name.compare(what, Qt::CaseInsensitive) == 0)
            return true;
        name.replace(QStringLiteral("-pci"), QString());
        if (name.compare(what, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The rule a device with this model would match, trying the elements that carry a model.
const EndpointRule* ruleForModel(const RuleTable& rules, const QString& what) {
    const QList<std::pair<DeviceKind, QString>> kinds = {
        {DeviceKind::Interface, QStringLiteral("interface")},
        {DeviceKind::Video, QStringLiteral("video")},
        {DeviceKind::Sound, QStringLiteral("sound")},
        {DeviceKind::Watchdog, QStringLiteral("watchdog")},
        {DeviceKind::Controller, QStringLiteral("controller")}};
    for (const auto& [kind, element] : kinds) {
        Device probe;
        probe.kind = kind;
        probe.elementName = element;
        probe.model = what;
        if (kind == DeviceKind::Controller)
            probe.type = what;
        // A catch-all rule matches any model: accept it only when it names the model.
        const EndpointRule* rule = rules.endpointRule(probe);
        if (rule && (rule->displayName.contains(what, Qt::CaseInsensitive) ||
                     rule->qemuDevice.contains(what, Qt::CaseInsensitive)))
            return rule;
    }
    return nullptr;
}

// By rule id; by element name ("hostdev", "disk": the element's first rule that takes a PCI
// address, transitional models aside); by id suffix ("virtio-scsi"); by QEMU name; by model.
const EndpointRule* findEndpointRule(const RuleTable& rules, const QString& id) {
    const QList<EndpointRule>& all = rules.endpointRules();
    for (const EndpointRule& rule : all)
        if (rule.id == id)
            return &rule;
    for (const EndpointRule& rule : all)
        if (rule.element == id && rule.q35 != ConnectionKind::None && !rule.transitional)
            return &rule;
    for (const EndpointRule& rule : all)
        if (rule.id.endsWith(u'-' + id))
            return &rule;
    for (const EndpointRule& rule : all)
        if (qemuNameMatches(rule.qemuDevice, id))
            return &rule;
    return ruleForModel(rules, id);
}

// The reason behind an answer: a bus that never auto-places endpoints explains itself (its
// teaching says so); every other rule by its own teaching text.
std::pair<QString, QString> reasonOf(const RuleTable& rules, const PlacementAnswer& a) {
    if (a.ruleKey == u"PLACE-1")
        if (const ControllerModelRule* bus = rules.controllerModel(a.busModel))
            return {a.busModel, bus->info.teaching};
    const RuleInfo* info = rules.rule(a.ruleKey);
    return {a.ruleKey, info ? info->teaching : QString()};
}

// One machine's table: every controller model with slots, and the reasons behind the answers.
void printWhereItGoes(QTextStream& out, const RuleTable& rules, const QString& name,
                      ConnectFlags flags, Machine machine) {
    out << "\nwhere " << name << " may go on " << machineName(machine) << ":\n";
    QList<std::pair<QString, QString>> reasons;
    for (const PlacementAnswer& a : placementAnswers(rules, flags, machine)) {
        out << "  " << a.busModel.leftJustified(28) << ' ' << a.summary() << '\n';
        const auto reason = reasonOf(rules, a);
        if (!a.ruleKey.isEmpty() && !reason.second.isEmpty() && !reasons.contains(reason))
            reasons.append(reason);
    }
    for (const auto& [label, text] : reasons)
        out << "  why (" << label << "): " << text << '\n';
}

// --into: the one answer, with the whole teaching of the deciding rule and of the bus.
QString printInto(QTextStream& out, const RuleTable& rules, const QString& name, ConnectFlags flags,
                  Machine machine, const ControllerModelRule& bus) {
    out << '\n' << name << " into " << bus.model << " on " << machineName(machine) << ": ";
    if (!bus.allowedOn(machine)) {
        out << "no: " << bus.model << " does not exist on " << machineName(machine)
            << " machines\n";
        return bus.info.key;
    }
    const PlacementAnswer a = placementAnswer(rules, flags, machine, bus);
    out << a.summary() << '\n';
    if (!a.refusal.isEmpty())
        out << "libvirt says: " << explaindetail::readableTemplate(a.refusal) << '\n';
    const auto [label, reason] = reasonOf(rules, a);
    if (!a.ruleKey.isEmpty() && !reason.isEmpty())
        out << "why (" << label << "): " << reason << '\n';
    if (!bus.info.teaching.isEmpty() && label != bus.model)
        out << bus.model << ": " << bus.info.teaching << '\n';
    return a.ruleKey;
}

// The placement part shared by devices and controllers; returns the deciding rule key.
QString printPlacement(QTextStream& out, const RuleTable& rules, const QString& name,
                       const QList<std::pair<Machine, ConnectFlags>>& flagsPerMachine,
                       const ExplainOptions& options) {
    QString decidingKey;
    for (const auto& [machine, flags] : flagsPerMachine) {
        if (!(flags & ConnectTypesMask)) {
            out << '\n' << name << " takes no PCI address on " << machineName(machine) << ".\n";
            continue;
        }
        if (options.into.isEmpty())
            printWhereItGoes(out, rules, name, flags, machine);
        else if (const ControllerModelRule* bus = rules.controllerModel(options.into))
            decidingKey = printInto(out, rules, name, flags, machine, *bus);
    }
    return decidingKey;
}

} // namespace

Explanation Explainer::explainController(const QString& model,
                                         const ExplainOptions& options) const {
    const ControllerModelRule* rule = m_rules.controllerModel(model);
    if (!rule)
        return Explanation{QString(), QString(), DocsLink(), QStringLiteral("no controller")};
    Explanation e;
    e.ruleKey = rule->info.key;
    QTextStream out(&e.text);
    QStringList machines;
    for (Machine m : rule->machines)
        machines << machineName(m);
    out << rule->model << ": " << rule->displayName << '\n';
    out << "machines: " << machines.join(QStringLiteral(", ")) << '\n';
    out << "plugs into: " << rule->plugsIntoText << '\n';
    out << "slots: " << rule->minSlot << '-' << rule->maxSlot << '\n';
    out << "accepts: " << connectFlagsToString(rule->busFlags) << '\n';
    out << "hotplug: "
        << (rule->busFlags & ConnectFlag::Hotpluggable
                ? (rule->hotplugOption ? "yes (hotplug='off' turns it off)" : "yes")
                : "no")
        << '\n';
    printRuleInfo(out, rule->info);
    QList<std::pair<Machine, ConnectFlags>> flags;
    if (!rule->isRoot)
        for (Machine m : machinesFor(options, rule->machines))
            flags.append({m, rule->deviceFlags});
    if (options.machine && !rule->allowedOn(*options.machine))
        out << '\n'
            << rule->model << " does not exist on " << machineName(*options.machine)
            << " machines.\n";
    const QString deciding = printPlacement(out, m_rules, rule->model, flags, options);
    e.docs = deciding.isEmpty() ? libvirtControllerDocs() : libvirtDocsFor(deciding);
    printDocs(out, e.docs);
    return e;
}

Explanation Explainer::explainDevice(const QString& what, const ExplainOptions& options) const {
    QString id = what;
    for (const PaletteEntry& entry : m_rules.palette())
        if (entry.id == what)
            id = entry.endpointRuleId;
    if (id.startsWith(QStringLiteral("controller-pci:")))
        return explainController(id.mid(15), options);
    const EndpointRule* rule = findEndpointRule(m_rules, id);
    if (!rule)
        return Explanation{QString(), QString(), DocsLink(), QStringLiteral("no device")};
    Explanation e;
    e.ruleKey = rule->info.key;
    QTextStream out(&e.text);
    out << rule->id << ": " << rule->displayName << '\n';
    if (!rule->qemuDevice.isEmpty())
        out << "QEMU device: " << rule->qemuDevice << '\n';
    const QList<Machine> machines = machinesFor(options, {Machine::Q35, Machine::Pc});
    QList<std::pair<Machine, ConnectFlags>> flags;
    for (Machine m : machines) {
        if (const QString refused = machineRefusal(*rule, m); !refused.isEmpty()) {
            out << "on " << machineName(m) << ": refused by libvirt: " << refused << '\n';
            continue;
        }
        out << "on " << machineName(m) << ": " << kindOn(m_rules, *rule, m) << '\n';
        flags.append({m, m_rules.flagsForKind(rule->connection(m), m)});
    }
    for (const DeviceRefusal& refusal : rule->refusals)
        if (!refusal.isAboutMachine())
            out << "needs " << (refusal.unless == u"acpi" ? u"<acpi/>"_s : refusal.unless)
                << "; without it libvirt says: " << explaindetail::readableTemplate(refusal.message)
                << '\n';
    printRuleInfo(out, rule->info);
    const QString name = options.name.isEmpty() ? what : options.name;
    const QString deciding = printPlacement(out, m_rules, name, flags, options);
    e.docs = libvirtDocsFor(deciding.isEmpty() ? rule->info.key : deciding);
    printDocs(out, e.docs);
    return e;
}

} // namespace pcitopo
