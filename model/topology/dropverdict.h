#pragma once

// Drag feedback (ui.md "Drag feedback"): for a device class from the palette, a controller
// model, or an existing device being moved, the verdict of every slot cell at once.
//
//     DropCandidate what = DropCandidate::paletteEntry(u"net-e1000");
//     for (const CellVerdict& v : allVerdicts(topology, what))
//         tint(v.bus, v.slot, v.verdict.verdict);           // green / amber / red
//     SlotVerdict here = verdictForDrop(topology, what, 1, 0); // the cell under the cursor
//     statusBar(here.reason);                                 // one line; "Why?" → ruleKey
//
// A drop writes an explicit address, so the explicit-address compatibility of pci-rules.md §1.3
// applies. Everything libvirt (or QEMU at start) would refuse is Illegal, with its reason.

#include "topology.h"

namespace pcitopo {

enum class Verdict {
    LegalHotpluggable,    // green ✓
    LegalNotHotpluggable, // amber ⚠ (HP-5)
    Illegal,              // red ✕
};
QString verdictName(Verdict verdict); // "hotpluggable", "not-hotpluggable", "illegal"

// What is being dragged.
struct DropCandidate {
    enum class Source { PaletteEntry, ControllerModel, ExistingDevice };
    Source source = Source::PaletteEntry;
    QString id;           // PaletteEntry::id or a PCI controller model
    int deviceIndex = -1; // ExistingDevice: index into Topology::inventory().devices

    static DropCandidate paletteEntry(const QString& paletteId);
    static DropCandidate controllerModel(const QString& model);
    static DropCandidate existingDevice(int deviceIndex);
};

struct SlotVerdict {
    Verdict verdict = Verdict::Illegal;
    PciAddress address;       // the address a drop here writes (function chosen when not given)
    int controllerIndex = -1; // a new controller's index (lowest free above the target bus)
    QString reason;           // one line for the status bar / tooltip
    QString ruleKey;          // pci-rules.md key of the deciding rule ("Why?"), may be empty

    bool isLegal() const { return verdict != Verdict::Illegal; }
};

// function < 0: the drop chooses (function 0 when free, else the lowest free function).
SlotVerdict verdictForDrop(const Topology& topology, const DropCandidate& what, int bus, int slot,
                           int function = -1);

struct CellVerdict {
    int bus = 0;
    int slot = 0;
    SlotVerdict verdict;
};
// Every usable cell of every bus, in bus then slot order.
QList<CellVerdict> allVerdicts(const Topology& topology, const DropCandidate& what);

// Where no cell is legal, what to add (ui.md): the controller model whose new slot would take
// the candidate ("pcie-root-port", "pcie-to-pci-bridge", "pci-bridge"); empty when none helps.
QString controllerToAddFor(const Topology& topology, const DropCandidate& what);

} // namespace pcitopo
