// §5.5 step 6: the controller defaults libvirt fills in at the end of pass 2 (model names,
// chassisNr, chassis/port, busNr) and the IDX-5 check
// (qemu/qemu_domain_address.c:qemuDomainAssignPCIAddresses).

#include "placement/libvirtassigner.h"

namespace pcitopo {

namespace {

std::optional<int> targetInt(const Device& device, const QString& name) {
    const auto it = device.target.constFind(name);
    if (it == device.target.constEnd()) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = it->toInt(&ok, 0);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

void LibvirtAssigner::fillTargets(int at, Targets& t, Defaults& d) {
    const SimDevice& c = sim.devices.at(at);
    t.modelName = c.device.modelName;
    t.chassisNr = targetInt(c.device, QStringLiteral("chassisNr"));
    t.chassis = targetInt(c.device, QStringLiteral("chassis"));
    t.port = targetInt(c.device, QStringLiteral("port"));
    t.busNr = targetInt(c.device, QStringLiteral("busNr"));
    if (t.modelName.isEmpty()) {
        if (const ControllerModelRule* rule = rules.controllerModel(c.model)) {
            t.modelName = rule->defaultModelName;
            d.modelName = !t.modelName.isEmpty();
        }
    }
    const PciAddress addr = c.address.value_or(PciAddress{});
    if (c.model == u"pci-bridge" && !t.chassisNr) {
        t.chassisNr = c.index;
        d.chassisNr = true;
    } else if (c.model == u"pcie-root-port" || c.model == u"pcie-switch-downstream-port") {
        if (!t.chassis) {
            t.chassis = c.index;
            d.chassis = true;
        }
        if (!t.port) {
            t.port = c.model == u"pcie-root-port" ? addr.slot * 8 + addr.function : addr.slot;
            d.port = true;
        }
    }
}

void LibvirtAssigner::fillControllerDefaults() {
    // busNr defaults see the values given so far, in controller order.
    for (int at : sim.controllers) {
        if (!sim.devices.at(at).isPciController()) {
            continue;
        }
        Targets t;
        Defaults d;
        fillTargets(at, t, d);
        controllerTargets.insert(at, t);
        defaulted.insert(at, d);
    }
    for (int at : sim.controllers) {
        const SimDevice& c = sim.devices.at(at);
        if (!c.isPciController()) {
            continue;
        }
        const PciAddress addr = c.address.value_or(PciAddress{});
        if ((c.model == u"pci-expander-bus" || c.model == u"pcie-expander-bus") &&
            !controllerTargets[at].busNr) {
            int lowest = 256;
            for (const Targets& other : std::as_const(controllerTargets)) {
                if (other.busNr && *other.busNr >= 0 && *other.busNr < lowest) {
                    lowest = *other.busNr;
                }
            }
            if (lowest <= 2) {
                fail(at,
                     QStringLiteral("unsupported configuration: No free busNr lower than current "
                                    "lowest busNr is available to auto-assign to bus %1. Must be "
                                    "manually assigned")
                         .arg(addr.bus),
                     QStringLiteral("BUSNR-DEFAULT"));
                continue;
            }
            controllerTargets[at].busNr = lowest - 2;
            defaulted[at].busNr = true;
        }
        if (c.model == u"pci-bridge" && c.index <= addr.bus) {
            fail(at,
                 QStringLiteral("unsupported configuration: PCI controller at index %1 (0x%2) has "
                                "bus='0x%3', but index must be larger than bus")
                     .arg(c.index)
                     .arg(c.index, 2, 16, QLatin1Char('0'))
                     .arg(addr.bus, 2, 16, QLatin1Char('0')),
                 QStringLiteral("IDX-5"));
        }
    }
}

} // namespace pcitopo
