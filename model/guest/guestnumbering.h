#pragma once

// The bus numbers the guest sees, computed the way the firmware assigns them (BUSNR-1).
//
//     GuestNumbering numbering = GuestNumbering::compute(GuestPciLayout::fromPlacement(p, rules));
//     numbering.guestAddress(xmlAddress); // 0000:BB:SS.F as lspci shows it, or nullopt
//
// SeaBIOS (src/fw/pciinit.c: pci_bios_init_bus, pci_bios_init_bus_rec) walks bus 0 depth-first:
// on each bus it visits the present functions in slot/function order (pci_next: a slot whose
// function 0 is absent is skipped, and functions above 0 only count when function 0 has the
// multifunction bit), and every PCI-to-PCI bridge it meets takes the next bus number, its
// subtree is numbered, and its subordinate bus is the last number used. With expander buses
// (QEMU's fw_cfg "etc/extra-pci-roots") it then probes every higher bus number in turn: an
// expander's root bus sits at its busNr, and its bridges continue the count from there. QEMU's
// pxb (pci-expander-bus, hw/pci-bridge/pci_expander_bridge.c) hides an internal pci-bridge at
// busNr:00.0 and plugs the domain's devices behind it, so they appear on the next number;
// pxb-pcie (pcie-expander-bus) has its root ports on busNr itself. An expander whose busNr the
// probe never reaches (bus 0's subtree already used it) stays unnumbered.
// OVMF numbers the same buses the same way (checked with ../shared/oracle/guest-view on q35 and
// pc domains booted UEFI: root ports, switches, bridges, both expanders).

#include "document/pciaddress.h"
#include "rules/ruletable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pcitopo {

struct LibvirtPlacement;

// What a PCI controller is to the firmware's walk.
enum class GuestBusKind {
    Root,         // pci-root / pcie-root: bus 0
    Bridge,       // a PCI-to-PCI bridge: root and switch ports, pci / dmi / pcie-to-pci bridges
    PciExpander,  // pxb: a root bus at busNr with an internal bridge in front of its slots
    PcieExpander, // pxb-pcie: a root bus at busNr
};

struct GuestPciController {
    int index = 0;
    GuestBusKind kind = GuestBusKind::Bridge;
    std::optional<int> busNr; // expanders
};

// One occupied function of the domain as libvirt defines it.
struct GuestPciFunction {
    PciAddress address;         // XML address: bus is a controller index
    bool multifunction = false; // the header's multifunction bit (chipset functions: set)
    int controllerIndex = -1;   // the PCI controller sitting here, if any
};

struct GuestPciLayout {
    QList<GuestPciController> controllers;
    QList<GuestPciFunction> functions;

    static GuestBusKind kindOf(const QString& controllerModel, const RuleTable& rules);
    // Every PCI controller and every occupied function libvirt's placement ends with.
    static GuestPciLayout fromPlacement(const LibvirtPlacement& placement, const RuleTable& rules);
};

// The numbers the firmware gives one XML bus (a PCI controller index).
struct GuestBus {
    int number = -1;     // the guest bus its slots appear on; -1 when the firmware never reaches it
    int rootNumber = -1; // expanders: their own root bus (busNr); -1 otherwise
    int subordinate = -1; // bridges (and a pxb's internal bridge): the last bus below it
};

class GuestNumbering {
public:
    static GuestNumbering compute(const GuestPciLayout& layout);

    // The numbers of an XML bus; default (all -1) when it is unknown or unreachable.
    GuestBus bus(int index) const { return m_buses.value(index); }
    int guestBus(int index) const { return bus(index).number; }
    // The guest's bus:slot.function of an XML address (domain 0); nullopt when unreachable.
    std::optional<PciAddress> guestAddress(const PciAddress& xml) const;

private:
    QHash<int, GuestBus> m_buses;
};

// "0000:BB:SS.F", as the guest (and the JSON contract) writes an address.
QString fullAddressString(const PciAddress& address);

} // namespace pcitopo
