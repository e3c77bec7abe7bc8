// Address rules that depend on one device only (plus the machine): libvirt's parse and validate
// steps and the fixed chipset functions of qemuDomainValidateDevicePCISlots{PIIX3,Q35}.
#include "addresschecks.h"
#include "validationcontext.h"

namespace pcitopo {

namespace {

// ADDR-1: an address is "present" (libvirt keeps it) unless domain = bus = slot = 0.
bool hasPresentPciAddress(const Device& device) {
    return device.addressType == u"pci" && device.pciAddress && !device.pciAddress->isWanted();
}

QString hex(int value) {
    return QStringLiteral("0x%1").arg(value, 0, 16);
}

void checkAddressRange(ValidationContext& context, const Device& device) {
    if (device.addressType != u"pci" || !device.pciAddress || device.pciAddress->isWanted())
        return;
    const PciAddress& a = *device.pciAddress;
    // util/virpci.c:virPCIDeviceAddressIsValid, in its order; only the first is reported.
    QString what;
    if (a.bus > 0xFF)
        what = QStringLiteral("bus='%1', must be <= 0xFF").arg(hex(a.bus));
    else if (a.slot > 0x1F)
        what = QStringLiteral("slot='%1', must be <= 0x1F").arg(hex(a.slot));
    else if (a.function > 7)
        what = QStringLiteral("function=%1, must be <= 7").arg(hex(a.function));
    if (!what.isEmpty()) {
        context.reportAtAddress(u"pci.address.out-of-range", {what}, device,
                                SuggestedFix::removeAddress(device.element));
        return;
    }
    if (a.domain != 0) {
        PciAddress fixed = a;
        fixed.domain = 0;
        context.reportAtAddress(u"pci.address.domain", {a.toLibvirtString()}, device,
                                SuggestedFix::moveTo(device.element, fixed));
    }
}

bool isPiix3Usb(const Device& device) {
    return device.isController(u"usb") && device.index.value_or(0) == 0 &&
           (device.model.isEmpty() || device.model == u"piix3-uhci" || device.model == u"default");
}

bool isController0(const Device& device, QStringView type) {
    return device.isController(type) && device.index.value_or(0) == 0;
}

PciAddress busZero(int slot, int function) {
    PciAddress a;
    a.slot = slot;
    a.function = function;
    return a;
}

bool sameFunction(const PciAddress& a, const PciAddress& b) {
    return a.domain == b.domain && a.bus == b.bus && a.slot == b.slot && a.function == b.function;
}

void requireFixedAddress(ValidationContext& context, const Device& device, QStringView code,
                         const PciAddress& fixed) {
    if (!sameFunction(*device.pciAddress, fixed))
        context.reportAtAddress(code, {}, device, SuggestedFix::moveTo(device.element, fixed));
}

// §4: the chipset functions whose place is fixed.
void checkFixedAddress(ValidationContext& context, const Device& device) {
    if (!hasPresentPciAddress(device))
        return;
    if (context.machine == Machine::Q35) {
        if (isController0(device, u"sata"))
            requireFixedAddress(context, device, u"pci.fixed.sata0", busZero(0x1f, 2));
        const bool piix3 =
            (isController0(device, u"ide") && sameFunction(*device.pciAddress, busZero(1, 1))) ||
            (isPiix3Usb(device) && sameFunction(*device.pciAddress, busZero(1, 2)));
        if (piix3)
            context.reportAtAddress(u"pci.fixed.piix3-on-q35", {}, device,
                                    SuggestedFix::removeAddress(device.element));
        return;
    }
    if (isController0(device, u"ide"))
        requireFixedAddress(context, device, u"pci.fixed.ide0", busZero(1, 1));
    else if (isPiix3Usb(device))
        requireFixedAddress(context, device, u"pci.fixed.usb0", busZero(1, 2));
}

// ORD-3: the primary video is the one marked primary='yes', else the first.
const Device* primaryVideo(const DeviceInventory& inventory) {
    const Device* first = nullptr;
    for (const Device& device : inventory.devices) {
        if (device.kind != DeviceKind::Video)
            continue;
        if (device.primary)
            return &device;
        if (!first)
            first = &device;
    }
    return first;
}

void checkVideos(ValidationContext& context) {
    const Device* primary = primaryVideo(context.inventory);
    for (const Device& device : context.inventory.devices) {
        if (device.kind != DeviceKind::Video)
            continue;
        if (device.model == u"ramfb" && device.addressElement != NoElement)
            context.reportAtAddress(u"pci.address.ramfb", {}, device,
                                    SuggestedFix::removeAddress(device.element));
        // Only qxl and virtio may be secondary (qemuValidateDomainDeviceDefVideo).
        const bool secondaryCapable = device.model == u"qxl" || device.model == u"virtio" ||
                                      device.model == u"none" || device.model.isEmpty();
        if (&device != primary && !secondaryCapable) {
            const ElementId model = context.document.firstChild(device.element, u"model");
            context.report(
                u"pci.video.secondary", {device.model}, model,
                context.attributeLocation(model, u"type"),
                SuggestedFix::setAttribute(model, QStringLiteral("type"), QStringLiteral("qxl")));
        }
    }
}

void checkIommu(ValidationContext& context, const Device& device) {
    if (device.kind != DeviceKind::Iommu || device.model != u"virtio")
        return;
    if (!device.addressType.isEmpty() && device.addressType != u"pci")
        context.reportAtAddress(u"pci.address.iommu-needs-pci", {device.model}, device,
                                SuggestedFix::removeAddress(device.element));
}

// The device's refusals from the rule table (an IOMMU model on the wrong machine, without ACPI).
void checkDeviceRefusals(ValidationContext& context, const Device& device) {
    const EndpointRule* rule = context.rules.endpointRule(device);
    if (!rule)
        return;
    for (const DeviceRefusal& refusal : rule->refusals) {
        if (refusal.refuses(context.machine, context.inventory.hasAcpi))
            context.report(u"device.refused", {refusal.message}, device);
    }
}

// The inventory words its problems without libvirt's error class; libvirt's full message is
// the class prefix plus the text (conf/domain_conf.c, conf/domain_validate.c, qemu_validate.c).
QString libvirtMessage(const QString& message) {
    if (message.startsWith(u"Invalid address type 'pci' for the disk") &&
        message.endsWith(u"with the bus type 'usb'"))
        return QStringLiteral("internal error: unexpected address type for usb disk");
    if (message.startsWith(u"Invalid address type") || message.startsWith(u"unknown address type"))
        return QStringLiteral("unsupported configuration: ") + message;
    if (message.startsWith(u"No type specified"))
        return QStringLiteral("internal error: ") + message;
    return QStringLiteral("XML error: ") + message;
}

void reportInventoryProblem(ValidationContext& context, const InventoryProblem& problem) {
    // Some addresses libvirt keeps or drops without complaint (a PS/2 input's PCI address is
    // even reserved, CONN-4): advice, not an error.
    if (problem.message.contains(u"libvirt ignores") || problem.message.contains(u"PS/2")) {
        context.report(u"pci.address.ignored", {problem.message}, NoElement, problem.location);
        return;
    }
    context.report(u"pci.address.invalid", {libvirtMessage(problem.message)}, NoElement,
                   problem.location);
}

} // namespace

void checkDeviceAddresses(ValidationContext& context) {
    for (const InventoryProblem& problem : context.inventory.problems)
        reportInventoryProblem(context, problem);
    for (const Device& device : context.inventory.devices) {
        checkAddressRange(context, device);
        checkFixedAddress(context, device);
        checkIommu(context, device);
        checkDeviceRefusals(context, device);
    }
    checkVideos(context);
}

} // namespace pcitopo
