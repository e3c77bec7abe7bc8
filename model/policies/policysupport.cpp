#include "policysupport.h"

namespace pcitopo::policies {

int deviceOrdinal(const DomainDocument& document, ElementId element) {
    return int(document.deviceElements().indexOf(element));
}

QList<PolicyMessage> placementErrors(const LibvirtPlacement& placement) {
    QList<PolicyMessage> errors;
    for (const PlacementError& e : placement.errors)
        errors.append({e.message, e.location});
    return errors;
}

QList<PolicyMessage> growMoveWarnings(const LibvirtPlacement& placement,
                                      const DeviceInventory& inventory) {
    QList<PolicyMessage> warnings;
    for (const PlacedAddress& a : placement.addresses) {
        if (!a.moved || a.device.origin != DeviceOrigin::Inventory)
            continue;
        const Device& device = inventory.devices.at(a.device.index);
        const QString from = device.pciAddress ? device.pciAddress->toShortString() : QString();
        warnings.append(
            {QStringLiteral("libvirt moves this <%1> from %2 to %3 when it defines "
                            "the domain (GROW-2); pcitopo writes the moved address")
                 .arg(device.elementName, from, a.address.toShortString()),
             device.addressLocation.line > 0 ? device.addressLocation : device.location});
    }
    return warnings;
}

int highestControllerIndex(const LibvirtPlacement& placement) {
    int highest = 0;
    for (const PciControllerInfo& c : placement.controllers)
        highest = std::max(highest, c.index);
    return highest;
}

QString controllerXml(int index, const QString& model, const QStringList& innerLines) {
    const QString open =
        QStringLiteral("<controller type='pci' index='%1' model='%2'").arg(index).arg(model);
    if (innerLines.isEmpty())
        return open + QStringLiteral("/>");
    QString xml = open + u'>';
    for (const QString& line : innerLines)
        xml += QStringLiteral("\n  ") + line;
    return xml + QStringLiteral("\n</controller>");
}

bool hasUserAddress(const Device& device) {
    return device.pciAddress && !device.pciAddress->isWanted();
}

} // namespace pcitopo::policies
