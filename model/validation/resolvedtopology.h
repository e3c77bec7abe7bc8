#pragma once

#include "document/device.h"
#include "document/pciaddress.h"

#include <QList>
#include <QString>
#include <optional>

namespace pcitopo {

class ValidationContext;

// A PCI controller as QEMU will get it: written in the XML or added by libvirt's placement.
struct ResolvedController {
    ElementId element = NoElement; // NoElement when libvirt adds it
    int index = -1;
    QString model;
    std::optional<PciAddress> address; // where it plugs in (explicit or assigned)
    std::optional<int> chassis;        // written value; libvirt's default is the index
    std::optional<int> busNr;          // written or defaulted value (expanders)
    bool hotplugOff = false;           // <target hotplug='off'/>
    bool added = false;
};

// A device that occupies a PCI function once libvirt has assigned addresses.
struct ResolvedFunction {
    ElementId element = NoElement;
    const Device* device = nullptr; // nullptr for controllers libvirt adds
    PciAddress address;
    bool explicitAddress = false;
    QString label; // "interface", "controller pcie-root-port 3", …
};

// The domain after libvirt's address assignment (the placer's result): every controller with
// its defaults, every occupied function. Start-time checks and advice read this, so they see the
// ports libvirt adds, and their chassis, like QEMU does.
struct ResolvedTopology {
    bool rootHotplugOff = false;           // pci-root <target hotplug='off'/>
    QList<ResolvedController> controllers; // every non-root PCI controller, sorted by index
    QList<ResolvedFunction> functions;     // every occupied PCI function

    const ResolvedController* controller(int index) const;
    // The model of bus `index`: the root at 0, a controller, or the gap model (IDX-4).
    QString busModel(const ValidationContext& context, int index) const;
    bool hotplugOff(int index) const;
};

QString deviceLabel(const Device& device);

} // namespace pcitopo
