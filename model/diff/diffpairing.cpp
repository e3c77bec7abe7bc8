#include "diffpairing.h"

#include <functional>

namespace pcitopo::diff {

namespace {

std::optional<int> intAttribute(const DomainDocument& doc, ElementId element, QStringView child,
                                QStringView name) {
    const ElementId id = element == NoElement ? NoElement : doc.firstChild(element, child);
    bool ok = false;
    const int value = id == NoElement ? 0 : doc.attribute(id, name).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// A key that identifies an element across the two versions; empty when it has none.
using IdentityKey = std::function<QString(const ElementFacts&)>;

QList<IdentityKey> identityPasses() {
    const auto guestPosition = [](const ElementFacts& f) {
        if (!f.pciController || !f.row->guestAddress)
            return QString();
        return f.row->model + u'@' + fullAddressString(*f.row->guestAddress);
    };
    const auto mac = [](const ElementFacts& f) {
        return f.row->elementName == u"interface" ? f.row->mac.toLower() : QString();
    };
    const auto diskTarget = [](const ElementFacts& f) {
        return f.row->elementName == u"disk" ? f.row->target : QString();
    };
    const auto hostSource = [](const ElementFacts& f) { return f.hostSource; };
    const auto alias = [](const ElementFacts& f) {
        return f.alias.isEmpty() ? QString() : f.row->elementName + u'/' + f.alias;
    };
    const auto controller = [](const ElementFacts& f) {
        if (f.row->elementName != u"controller" || !f.row->index)
            return QString();
        return f.row->type + u'/' + QString::number(*f.row->index);
    };
    // A device replaced in place (its MAC or source changed) is the same device to the guest.
    const auto samePlace = [](const ElementFacts& f) {
        return f.row->guestAddress
                   ? f.row->elementName + u'@' + fullAddressString(*f.row->guestAddress)
                   : QString();
    };
    return {guestPosition, mac, diskTarget, hostSource, alias, controller, samePlace};
}

// What names a device for good (MAC, disk target, host source): two elements that both have
// one and differ are two devices, whatever their order.
QString identityOf(const ElementFacts& f) {
    if (f.row->elementName == u"interface")
        return f.row->mac.toLower();
    if (f.row->elementName == u"disk")
        return f.row->target;
    return f.hostSource;
}

} // namespace

QList<ElementFacts> collectFacts(const DomainDocument& document, const GuestView& view) {
    QList<ElementFacts> facts;
    for (const GuestElement& row : view.elements) {
        ElementFacts f;
        f.row = &row;
        if (row.element != NoElement) {
            const ElementId alias = document.firstChild(row.element, u"alias");
            f.alias = alias == NoElement ? QString() : document.attribute(alias, u"name");
            f.bootOrder = intAttribute(document, row.element, u"boot", u"order");
            f.acpiIndex = intAttribute(document, row.element, u"acpi", u"index");
        }
        if (row.deviceIndex >= 0) {
            const Device& device = view.inventory.devices[row.deviceIndex];
            if (device.kind == DeviceKind::Hostdev && device.source)
                f.hostSource = device.source->toLibvirtString();
        }
        if (row.elementName == u"controller" && row.type == u"pci" && row.index)
            f.pciController = view.placement.controller(*row.index);
        facts.append(f);
    }
    return facts;
}

QList<ElementPair> pairElements(const QList<ElementFacts>& before,
                                const QList<ElementFacts>& after) {
    QList<bool> beforeUsed(before.size(), false), afterUsed(after.size(), false);
    QList<ElementPair> pairs;
    for (const IdentityKey& key : identityPasses()) {
        // Equal keys pair in document order.
        QHash<QString, QList<int>> waiting;
        for (int i = 0; i < after.size(); ++i)
            if (!afterUsed[i])
                if (const QString k = key(after[i]); !k.isEmpty())
                    waiting[k].append(i);
        for (int i = 0; i < before.size(); ++i) {
            const QString k = beforeUsed[i] ? QString() : key(before[i]);
            QList<int>& candidates = waiting[k];
            if (k.isEmpty() || candidates.isEmpty())
                continue;
            const int j = candidates.takeFirst();
            beforeUsed[i] = afterUsed[j] = true;
            pairs.append(ElementPair{&before[i], &after[j]});
        }
    }
    // Last resort: element name and order, unless both sides name different devices.
    for (int i = 0; i < before.size(); ++i) {
        for (int j = 0; j < after.size() && !beforeUsed[i]; ++j) {
            if (afterUsed[j] || before[i].row->elementName != after[j].row->elementName)
                continue;
            const QString a = identityOf(before[i]), b = identityOf(after[j]);
            if (!a.isEmpty() && !b.isEmpty() && a != b)
                continue;
            beforeUsed[i] = afterUsed[j] = true;
            pairs.append(ElementPair{&before[i], &after[j]});
        }
    }
    for (int i = 0; i < before.size(); ++i)
        if (!beforeUsed[i])
            pairs.append(ElementPair{&before[i], nullptr});
    for (int j = 0; j < after.size(); ++j)
        if (!afterUsed[j])
            pairs.append(ElementPair{nullptr, &after[j]});
    return pairs;
}

} // namespace pcitopo::diff
