#include "placement/applyplacement.h"

#include <algorithm>
#include <functional>

namespace pcitopo {

namespace {

// One pending edit, anchored at an element. Edits run in descending anchor order so that each
// one only shifts element ids that were already handled.
struct PendingEdit {
    ElementId anchor = NoElement;
    int order = 0; // tie-breaker: higher runs first
    std::function<TextSplice(DomainDocument&)> apply;
};

QString targetXml(const PciControllerInfo& c, bool onlyDefaulted) {
    QStringList attrs;
    if (c.chassisNr && (!onlyDefaulted || c.chassisNrDefaulted)) {
        attrs << QStringLiteral("chassisNr='%1'").arg(*c.chassisNr);
    }
    if (c.chassis && (!onlyDefaulted || c.chassisDefaulted)) {
        attrs << QStringLiteral("chassis='%1'").arg(*c.chassis);
    }
    if (c.port && (!onlyDefaulted || c.portDefaulted)) {
        attrs << QStringLiteral("port='0x%1'").arg(*c.port, 0, 16);
    }
    if (c.busNr && (!onlyDefaulted || c.busNrDefaulted)) {
        attrs << QStringLiteral("busNr='%1'").arg(*c.busNr);
    }
    return attrs.isEmpty() ? QString() : QStringLiteral("<target %1/>").arg(attrs.join(u' '));
}

QString addedControllerXml(const PciControllerInfo& c) {
    QStringList lines;
    lines << QStringLiteral("<controller type='pci' index='%1' model='%2'>")
                 .arg(c.index)
                 .arg(c.model);
    if (!c.modelName.isEmpty()) {
        lines << QStringLiteral("  <model name='%1'/>").arg(c.modelName);
    }
    if (const QString target = targetXml(c, false); !target.isEmpty()) {
        lines << QStringLiteral("  ") + target;
    }
    if (c.address) {
        lines << QStringLiteral("  ") + c.address->toXmlElement();
    }
    lines << QStringLiteral("</controller>");
    return lines.join(u'\n');
}

// The element after which new controllers go: the last controller, else the last disk.
ElementId controllerAnchor(const DomainDocument& doc) {
    ElementId anchor = NoElement;
    for (ElementId e : doc.deviceElements()) {
        const QString n = doc.name(e);
        if (n == u"controller" || (n == u"disk" && anchor == NoElement) ||
            (n == u"disk" && doc.name(anchor) == u"disk") || n == u"emulator") {
            anchor = e;
        }
    }
    return anchor;
}

// Inserts `xml` right after `anchor` (or as the first device when there is none).
TextSplice insertAfter(DomainDocument& doc, ElementId anchor, const QString& xml) {
    const ElementId devices = doc.devicesElement();
    const QList<ElementId> siblings = doc.children(devices);
    ElementId before = NoElement;
    if (anchor == NoElement) {
        before = siblings.isEmpty() ? NoElement : siblings.first();
    } else {
        const qsizetype i = siblings.indexOf(anchor);
        before = i + 1 < siblings.size() ? siblings.at(i + 1) : NoElement;
    }
    return doc.insertElement(devices, xml, before);
}

void addControllerDefaultEdits(const DomainDocument& doc, const DeviceInventory& inventory,
                               const PciControllerInfo& c, QList<PendingEdit>& edits) {
    const ElementId element = inventory.devices.at(c.device.index).element;
    if (c.modelNameDefaulted) {
        const QString xml = QStringLiteral("<model name='%1'/>").arg(c.modelName);
        edits.append({element, 3, [element, xml](DomainDocument& d) {
                          return d.insertElement(element, xml,
                                                 d.firstChild(element, u"target") != NoElement
                                                     ? d.firstChild(element, u"target")
                                                     : d.firstChild(element, u"address"));
                      }});
    }
    const QString target = targetXml(c, true);
    if (target.isEmpty()) {
        return;
    }
    const ElementId existing = doc.firstChild(element, u"target");
    if (existing == NoElement) {
        edits.append({element, 2, [element, target](DomainDocument& d) {
                          return d.insertElement(element, target,
                                                 d.firstChild(element, u"address"));
                      }});
        return;
    }
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("chassisNr"),
         c.chassisNrDefaulted ? QString::number(*c.chassisNr) : QString()},
        {QStringLiteral("chassis"), c.chassisDefaulted ? QString::number(*c.chassis) : QString()},
        {QStringLiteral("port"),
         c.portDefaulted ? QStringLiteral("0x%1").arg(*c.port, 0, 16) : QString()},
        {QStringLiteral("busNr"), c.busNrDefaulted ? QString::number(*c.busNr) : QString()}};
    for (const auto& [name, value] : values) {
        if (!value.isEmpty()) {
            edits.append({existing, 1, [existing, name, value](DomainDocument& d) {
                              return d.setAttribute(existing, name, value);
                          }});
        }
    }
}

void addAddressEdits(const DomainDocument& doc, const DeviceInventory& inventory,
                     const LibvirtPlacement& placement, QList<PendingEdit>& edits) {
    for (const PlacedAddress& a : placement.addresses) {
        if (a.device.origin != DeviceOrigin::Inventory) {
            continue;
        }
        const Device& device = inventory.devices.at(a.device.index);
        const ElementId element = device.element;
        if (a.assigned || a.moved) {
            const PciAddress address = a.address;
            edits.append({element, 0, [element, address](DomainDocument& d) {
                              return d.setPciAddress(element, address);
                          }});
        } else if (a.multifunctionSet) {
            const ElementId address = doc.firstChild(element, u"address");
            edits.append({address, 0, [address](DomainDocument& d) {
                              return d.setAttribute(address, QStringLiteral("multifunction"),
                                                    QStringLiteral("on"));
                          }});
        }
    }
}

QString implicitAnchorName(const ImplicitDevice& implicit) {
    return implicit.elementName;
}

} // namespace

QList<TextSplice> applyPlacement(DomainDocument& document, const LibvirtPlacement& placement) {
    const DeviceInventory inventory = DeviceInventory::read(document);
    QList<PendingEdit> edits;
    addAddressEdits(document, inventory, placement, edits);
    for (const PciControllerInfo& c : placement.controllers) {
        if (c.device.origin == DeviceOrigin::Inventory) {
            addControllerDefaultEdits(document, inventory, c, edits);
        }
    }
    for (auto it = placement.assignedIndexes.begin(); it != placement.assignedIndexes.end(); ++it) {
        const ElementId element = inventory.devices.at(it.key()).element;
        const QString value = QString::number(it.value());
        edits.append({element, 4, [element, value](DomainDocument& d) {
                          return d.setAttribute(element, QStringLiteral("index"), value);
                      }});
    }
    for (int dropped : placement.droppedAddresses) {
        const ElementId address =
            document.firstChild(inventory.devices.at(dropped).element, u"address");
        edits.append(
            {address, 0, [address](DomainDocument& d) { return d.removeElement(address); }});
    }
    std::stable_sort(edits.begin(), edits.end(), [](const PendingEdit& a, const PendingEdit& b) {
        return a.anchor != b.anchor ? a.anchor > b.anchor : a.order > b.order;
    });
    QList<TextSplice> splices;
    for (const PendingEdit& e : edits) {
        if (TextSplice s = e.apply(document); !s.isNoop()) {
            splices.append(s);
        }
    }
    // Additions last: new controllers after the existing ones, other implicit devices at the end.
    QStringList controllersXml;
    QStringList othersXml;
    for (const ImplicitDevice& implicit : placement.implicitDevices) {
        (implicitAnchorName(implicit) == u"controller" ? controllersXml : othersXml)
            << implicit.toXml();
    }
    for (const PciControllerInfo& c : placement.controllers) {
        if (c.device.origin == DeviceOrigin::AddedController) {
            controllersXml << addedControllerXml(c);
        }
    }
    for (const QString& xml : std::as_const(controllersXml)) {
        const ElementId anchor = controllerAnchor(document);
        if (TextSplice s = insertAfter(document, anchor, xml); !s.isNoop()) {
            splices.append(s);
        }
    }
    for (const QString& xml : std::as_const(othersXml)) {
        if (TextSplice s = document.insertElement(document.devicesElement(), xml); !s.isNoop()) {
            splices.append(s);
        }
    }
    return splices;
}

} // namespace pcitopo
