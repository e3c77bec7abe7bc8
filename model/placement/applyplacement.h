#pragma once

// Writes a LibvirtPlacement into a DomainDocument as minimal text splices, the way libvirt would
// write the domain back: assigned addresses, GROW-2 moves, multifunction='on' (MF-1), controller
// defaults (<model name>, <target chassis/port/chassisNr/busNr>), the PCI controllers libvirt adds
// (after the existing controllers) and the implicit devices (ORD-1). An address the user wrote is
// never touched except for GROW-2 and MF-1.
//
//     QList<TextSplice> undo = applyPlacement(doc, placeLikeLibvirt(inv, rules, &doc));
//     // each splice's inverted() undoes it, in reverse order

#include "document/domaindocument.h"
#include "placement/libvirtplacement.h"

namespace pcitopo {

enum class ApplyMode {
    Batched,  // one re-index for the whole placement (the document object is rebuilt)
    OneByOne, // each splice through the DomainDocument edit API (reference behaviour, slow)
};

// `placement` must have been computed from `document`'s current inventory. Both modes produce
// the same text and the same splices.
QList<TextSplice> applyPlacement(DomainDocument& document, const LibvirtPlacement& placement,
                                 ApplyMode mode = ApplyMode::Batched);

} // namespace pcitopo
