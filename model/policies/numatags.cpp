#include "numatags.h"

namespace pcitopo {

namespace {

const QStringList Selectors = {QStringLiteral("hostdev"), QStringLiteral("mac"),
                               QStringLiteral("target"), QStringLiteral("alias")};

// "0000:3b:00.0" or "3b:00.0", hex.
std::optional<PciAddress> parseHostAddress(const QString& text) {
    QStringList parts = text.trimmed().split(u':');
    if (parts.size() == 2)
        parts.prepend(QStringLiteral("0"));
    if (parts.size() != 3)
        return std::nullopt;
    const QStringList slotFunction = parts.at(2).split(u'.');
    if (slotFunction.size() != 2)
        return std::nullopt;
    bool ok[4] = {};
    PciAddress a;
    a.domain = parts.at(0).toInt(&ok[0], 16);
    a.bus = parts.at(1).toInt(&ok[1], 16);
    a.slot = slotFunction.at(0).toInt(&ok[2], 16);
    a.function = slotFunction.at(1).toInt(&ok[3], 16);
    if (!(ok[0] && ok[1] && ok[2] && ok[3]))
        return std::nullopt;
    return a;
}

bool matches(const DomainDocument& document, const Device& device, const QString& selector,
             const QString& value) {
    if (selector == u"mac")
        return device.kind == DeviceKind::Interface &&
               device.mac.compare(value.trimmed(), Qt::CaseInsensitive) == 0;
    if (selector == u"target")
        return device.kind == DeviceKind::Disk && device.targetDev == value.trimmed();
    if (selector == u"alias")
        return document.attribute(document.firstChild(device.element, u"alias"), u"name") ==
               value.trimmed();
    const std::optional<PciAddress> host = parseHostAddress(value);
    return device.kind == DeviceKind::Hostdev && host && device.source &&
           device.source->domain == host->domain && device.source->bus == host->bus &&
           device.source->slot == host->slot && device.source->function == host->function;
}

class TagReader {
public:
    TagReader(const DomainDocument& document, const DeviceInventory& inventory)
        : m_document(document), m_inventory(inventory) {}

    NumaTagReading read() {
        const ElementId metadata = m_document.firstChild(m_document.root(), u"metadata");
        if (metadata == NoElement)
            return {};
        for (ElementId child : m_document.children(metadata)) {
            const std::optional<QString> prefix = pcitopoPrefix(m_document, child);
            if (!prefix ||
                m_document.name(child) != pcitopoQualified(*prefix, QStringLiteral("devices")))
                continue;
            for (ElementId tag :
                 m_document.children(child, pcitopoQualified(*prefix, QStringLiteral("device"))))
                readTag(tag);
        }
        return m_result;
    }

private:
    void problem(ElementId tag, const QString& message) {
        m_result.problems.append({message, m_document.location(tag)});
    }

    void readTag(ElementId tag) {
        QStringList given;
        for (const QString& s : Selectors)
            if (m_document.hasAttribute(tag, s))
                given.append(s);
        if (given.size() != 1)
            return problem(tag, QStringLiteral("a pcitopo device tag needs exactly one of "
                                               "hostdev, mac, target or alias"));
        bool ok = false;
        const int node = m_document.attribute(tag, u"numa-node").trimmed().toInt(&ok);
        if (!ok || node < 0)
            return problem(tag, QStringLiteral("numa-node must be a guest NUMA node number, "
                                               "not '%1'")
                                    .arg(m_document.attribute(tag, u"numa-node")));
        if (node >= m_inventory.numaCellCount)
            return problem(tag, QStringLiteral("NUMA node %1 is not one of the domain's %2 "
                                               "<cpu><numa> cells")
                                    .arg(node)
                                    .arg(m_inventory.numaCellCount));
        const QString value = m_document.attribute(tag, given.first());
        const int device = findDevice(given.first(), value);
        if (device < 0)
            return problem(tag, QStringLiteral("no device has %1 '%2'").arg(given.first(), value));
        for (const NumaTag& earlier : std::as_const(m_result.tags))
            if (earlier.deviceIndex == device)
                return problem(tag, QStringLiteral("this device is already tagged (line %1)")
                                        .arg(earlier.location.line));
        m_result.tags.append({device, node, m_document.location(tag)});
    }

    int findDevice(const QString& selector, const QString& value) const {
        for (int i = 0; i < m_inventory.devices.size(); ++i)
            if (matches(m_document, m_inventory.devices.at(i), selector, value))
                return i;
        return -1;
    }

    const DomainDocument& m_document;
    const DeviceInventory& m_inventory;
    NumaTagReading m_result;
};

} // namespace

std::optional<QString> pcitopoPrefix(const DomainDocument& document, ElementId element) {
    for (const auto& [name, value] : document.attributes(element)) {
        if (value != QStringView(PcitopoNamespace))
            continue;
        if (name == u"xmlns")
            return QString();
        if (name.startsWith(u"xmlns:"))
            return name.mid(6);
    }
    return std::nullopt;
}

QString pcitopoQualified(const QString& prefix, const QString& local) {
    return prefix.isEmpty() ? local : prefix + u':' + local;
}

NumaTagReading readNumaTags(const DomainDocument& document, const DeviceInventory& inventory) {
    return TagReader(document, inventory).read();
}

} // namespace pcitopo
