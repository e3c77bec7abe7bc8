#pragma once

// Pairs the device elements of two guest views by identity (see domaindiff.h for the passes).

#include "guest/guestview.h"

#include <QList>
#include <optional>

namespace pcitopo::diff {

// One element with the facts the pairing and the diff compare.
struct ElementFacts {
    const GuestElement* row = nullptr;
    QString alias;
    QString hostSource; // a PCI hostdev's host address
    std::optional<int> bootOrder;
    std::optional<int> acpiIndex;
    const PciControllerInfo* pciController = nullptr; // PCI controllers, as libvirt defines them
};

QList<ElementFacts> collectFacts(const DomainDocument& document, const GuestView& view);

struct ElementPair {
    const ElementFacts* before = nullptr; // nullptr: added
    const ElementFacts* after = nullptr;  // nullptr: removed
};

QList<ElementPair> pairElements(const QList<ElementFacts>& before,
                                const QList<ElementFacts>& after);

} // namespace pcitopo::diff
