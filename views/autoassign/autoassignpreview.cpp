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

QStringList AutoAssignPreview::lineHunks(const QString& before, const QString& after, int* count) {
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    // Common head and tail first; in between, a greedy walk that takes an insertion or a
    // deletion when the other side's line reappears within a window (placement inserts
    // <address> lines and changes a few attributes: this finds exactly those).
    constexpr int Window = 64;
    QStringList out;
    int hunks = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    QStringList minus;
    QStringList plus;
    qsizetype hunkLine = 0;
    const auto flush = [&] {
        if (minus.isEmpty() && plus.isEmpty())
            return;
        ++hunks;
        out << QStringLiteral("@@ line %1").arg(hunkLine + 1);
        for (const QString& line : std::as_const(minus))
            out << QStringLiteral("- ") + line;
        for (const QString& line : std::as_const(plus))
            out << QStringLiteral("+ ") + line;
        minus.clear();
        plus.clear();
    };
    const auto find = [](const QStringList& list, qsizetype from, const QString& line) {
        for (qsizetype k = from; k < std::min<qsizetype>(list.size(), from + Window); ++k)
            if (list.at(k) == line)
                return k;
        return qsizetype(-1);
    };
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a.at(i) == b.at(j)) {
            flush();
            ++i;
            ++j;
            continue;
        }
        if (minus.isEmpty() && plus.isEmpty())
            hunkLine = i;
        const qsizetype inAfter = i < a.size() ? find(b, j, a.at(i)) : -1;
        const qsizetype inBefore = j < b.size() ? find(a, i, b.at(j)) : -1;
        if (inAfter >= 0 && (inBefore < 0 || inAfter - j <= inBefore - i)) {
            while (j < inAfter)
                plus << b.at(j++);
        } else if (inBefore >= 0) {
            while (i < inBefore)
                minus << a.at(i++);
        } else {
            if (i < a.size())
                minus << a.at(i++);
            if (j < b.size())
                plus << b.at(j++);
        }
    }
    flush();
    if (count)
        *count = hunks;
    return out;
}

AutoAssignPreview AutoAssignPreview::compute(const DomainDocument& document, const RuleTable& rules,
                                             const PolicySpec& spec,
                                             std::shared_ptr<const Analysis> analysis) {
    AutoAssignPreview preview;
    if (!analysis || !analysis->describes(document))
        analysis = Analysis::compute(document, rules);
    const PolicyPlan plan = makePolicy(spec)->plan(document, *analysis);
    for (const PolicyMessage& message : plan.errors)
        preview.errors << message.message;
    for (const PolicyMessage& message : plan.warnings)
        preview.warnings << message.message;
    if (!plan.ok())
        return preview;
    DomainDocument copy = document; // the real document changes only on Apply
    auto command = makePolicyCommand(copy, plan, spec.name(), rules, analysis);
    QString error;
    if (!command->execute(&error)) {
        preview.errors << error;
        return preview;
    }
    preview.splices = command->splices();
    preview.textBefore = document.text();
    preview.hunks = lineHunks(document.text(), copy.text(), &preview.hunkCount);
    compareInventories(analysis->inventory(), DeviceInventory::read(copy), rules, preview);
    return preview;
}

} // namespace pcitopo
