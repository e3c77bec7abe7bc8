#include "rules/ruletable.h"
#include "rules/ruletable_p.h"

// Matching a Device against the endpoint rows of the rule table (§3).

namespace pcitopo {

namespace {

// A disk without <target bus> gets its bus from the target dev prefix (vda → virtio);
// a floppy is on fdc (conf/domain_conf.c:virDomainDiskDefAssignAddress…
// virDiskNameToBusDeviceIndex).
QString diskBus(const Device& device, const QHash<QString, QString>& prefixes) {
    if (!device.bus.isEmpty()) {
        return device.bus;
    }
    if (device.device == u"floppy") {
        return QStringLiteral("fdc");
    }
    QString best;
    int bestLength = 0;
    for (auto it = prefixes.begin(); it != prefixes.end(); ++it) {
        if (device.targetDev.startsWith(it.key()) && it.key().size() > bestLength) {
            best = it.value();
            bestLength = int(it.key().size());
        }
    }
    return best;
}

QString fieldValue(const Device& device, const QString& field,
                   const QHash<QString, QString>& prefixes) {
    if (field == u"type") {
        return device.type;
    }
    if (field == u"model") {
        return device.model;
    }
    if (field == u"bus") {
        return device.kind == DeviceKind::Disk ? diskBus(device, prefixes) : device.bus;
    }
    if (field == u"targetType") {
        return device.targetType;
    }
    if (field == u"driverType") {
        return device.driverType;
    }
    if (field == u"mode") {
        return device.mode;
    }
    if (field == u"device") {
        return device.device;
    }
    return {};
}

bool matches(const Device& device, const QList<FieldMatch>& tests,
             const QHash<QString, QString>& prefixes) {
    for (const FieldMatch& t : tests) {
        const QString value = fieldValue(device, t.field, prefixes);
        if (!t.values.contains(QStringLiteral("*")) && !t.values.contains(value)) {
            return false;
        }
    }
    return true;
}

} // namespace

const EndpointRule* RuleTable::endpointRule(const Device& device) const {
    const QString element =
        device.elementName.isEmpty() ? elementNameOf(device.kind) : device.elementName;
    for (qsizetype i = 0; i < d->endpoints.size(); ++i) {
        const EndpointRule& rule = d->endpoints.at(i);
        if (rule.element == element &&
            matches(device, d->endpointMatches.at(i), d->diskBusFromPrefix)) {
            return &rule;
        }
    }
    return nullptr;
}

} // namespace pcitopo
