#include "autoassignpreview.h"

#include "commands/documentcommand.h"
#include "topology/topology.h"

namespace pcitopo {

namespace {
QString addressText(const Device& device) {
    return device.pciAddress ? device.pciAddress->toShortString() : QStringLiteral("none");
}

bool sameDevice(const Device& a, const Device& b) {
    return a.elementName == b.elementName && a.type == b.type && a.model == b.model &&
           a.index == b.index && a.mac == b.mac && a.targetDev == b.targetDev;
}

AutoAssignPreview::Row rowFor(const Device& device, const RuleTable& rules, Machine machine) {
    AutoAssignPreview::Row row;
    row.device = Topology::labelFor(device, rules, machine);
    if (device.isController(u"pci") && device.index)
        row.device += QStringLiteral(" (index %1)").arg(*device.index);
    row.iconName = iconClassName(Topology::iconFor(device));
    return row;
}

// Lines the policy's edits inserted are new devices; every other device keeps its document
// order, so a greedy walk pairs each old device with its new self.
void compareInventories(const DeviceInventory& before, const DeviceInventory& after,
                        const RuleTable& rules, AutoAssignPreview& preview) {
    const Machine machine = machineFromString(after.machine);
    int next = 0;
    for (const Device& old : before.devices) {
        int match = next;
        while (match < after.devices.size() && !sameDevice(old, after.devices.at(match)))
            ++match;
        if (match == after.devices.size())
            continue; // not found: leave it out rather than pair it wrongly
        for (int added = next; added < match; ++added) {
            AutoAssignPreview::Row row = rowFor(after.devices.at(added), rules, machine);
            row.before = QStringLiteral("—");
            row.after = addressText(after.devices.at(added));
            row.added = true;
            preview.rows.append(row);
        }
        const Device& now = after.devices.at(match);
        if (addressText(old) != addressText(now)) {
            AutoAssignPreview::Row row = rowFor(now, rules, machine);
            row.before = addressText(old);
            row.after = addressText(now);
            preview.rows.append(row);
        }
        next = match + 1;
    }
    for (int added = next; added < after.devices.size(); ++added) {
        AutoAssignPreview::Row row = rowFor(after.devices.at(added), rules, machine);
        row.before = QStringLiteral("—");
        row.after = addressText(after.devices.at(added));
        row.added = true;
        preview.rows.append(row);
    }
}
} // namespace

AutoAssignPreview AutoAssignPreview::compute(const DomainDocument& document, const RuleTable& rules,
                                             const PolicySpec& spec) {
    AutoAssignPreview preview;
    const PolicyPlan plan = makePolicy(spec)->plan(document, rules);
    for (const PolicyMessage& message : plan.errors)
        preview.errors << message.message;
    for (const PolicyMessage& message : plan.warnings)
        preview.warnings << message.message;
    if (!plan.ok())
        return preview;
    DomainDocument copy = document; // the real document changes only on Apply
    auto command = makePolicyCommand(copy, plan, spec.name(), rules);
    QString error;
    if (!command->execute(&error)) {
        preview.errors << error;
        return preview;
    }
    preview.splices = command->splices();
    compareInventories(DeviceInventory::read(document), DeviceInventory::read(copy), rules,
                       preview);
    return preview;
}

} // namespace pcitopo
