#include "device.h"
#include "analysis/analysiscounters.h"

#include "addressparser.h"

#include <array>

namespace pcitopo {

namespace {

struct KindName {
    DeviceKind kind;
    const char16_t* name;
};

constexpr std::array<KindName, 30> kindNames{{
    {DeviceKind::Disk, u"disk"},
    {DeviceKind::Controller, u"controller"},
    {DeviceKind::Interface, u"interface"},
    {DeviceKind::Sound, u"sound"},
    {DeviceKind::Hostdev, u"hostdev"},
    {DeviceKind::Video, u"video"},
    {DeviceKind::Smartcard, u"smartcard"},
    {DeviceKind::Serial, u"serial"},
    {DeviceKind::Parallel, u"parallel"},
    {DeviceKind::Channel, u"channel"},
    {DeviceKind::Console, u"console"},
    {DeviceKind::Input, u"input"},
    {DeviceKind::Filesystem, u"filesystem"},
    {DeviceKind::Watchdog, u"watchdog"},
    {DeviceKind::Memballoon, u"memballoon"},
    {DeviceKind::Rng, u"rng"},
    {DeviceKind::Nvram, u"nvram"},
    {DeviceKind::Hub, u"hub"},
    {DeviceKind::Shmem, u"shmem"},
    {DeviceKind::Tpm, u"tpm"},
    {DeviceKind::Panic, u"panic"},
    {DeviceKind::Memory, u"memory"},
    {DeviceKind::Redirdev, u"redirdev"},
    {DeviceKind::Iommu, u"iommu"},
    {DeviceKind::Vsock, u"vsock"},
    {DeviceKind::Graphics, u"graphics"},
    {DeviceKind::Audio, u"audio"},
    {DeviceKind::Lease, u"lease"},
    {DeviceKind::Emulator, u"emulator"},
    {DeviceKind::Crypto, u"crypto"},
}};

// virDomainDeviceAddressType's names ("none" is not accepted in XML).
constexpr std::array<const char16_t*, 12> addressTypes{
    u"pci",         u"drive", u"virtio-serial", u"ccid", u"usb",  u"spapr-vio",
    u"virtio-s390", u"ccw",   u"virtio-mmio",   u"isa",  u"dimm", u"unassigned"};

bool isKnownAddressType(QStringView type) {
    for (const auto* known : addressTypes) {
        if (type == QStringView(known))
            return true;
    }
    return false;
}

// Why this device cannot carry a PCI address, with libvirt's message where it has one.
QString pciAddressImpossible(const Device& device) {
    switch (device.kind) {
    case DeviceKind::Disk:
        if (device.bus == u"ide" || device.bus == u"sata" || device.bus == u"scsi" ||
            device.bus == u"usb" || device.bus == u"fdc" || device.bus == u"sd")
            return QStringLiteral("Invalid address type 'pci' for the disk '%1' with the bus "
                                  "type '%2'")
                .arg(device.targetDev, device.bus);
        return {};
    case DeviceKind::Input:
        if (device.bus == u"usb")
            return QStringLiteral("Invalid address for a USB device");
        if (device.bus == u"ps2")
            return QStringLiteral("a PS/2 <input> cannot have a PCI address");
        return {};
    case DeviceKind::Redirdev:
        return device.bus.isEmpty() || device.bus == u"usb"
                   ? QStringLiteral("Invalid address for a USB device")
                   : QString();
    case DeviceKind::Graphics:
    case DeviceKind::Audio:
    case DeviceKind::Emulator:
    case DeviceKind::Lease:
        return QStringLiteral("a <%1> element has no device address; libvirt ignores it")
            .arg(device.elementName);
    default:
        return {};
    }
}

class InventoryReader {
public:
    InventoryReader(const DomainDocument& document, DeviceInventory& inventory)
        : doc(document), out(inventory) {}

    Device read(ElementId element) {
        Device device;
        device.element = element;
        device.elementName = doc.name(element);
        device.kind = deviceKindFromElementName(device.elementName);
        device.location = doc.location(element);
        device.type = doc.attribute(element, u"type");
        readKindFields(device);
        readAddress(device);
        return device;
    }

private:
    QString childAttribute(ElementId element, QStringView child, QStringView name) const {
        return doc.attribute(doc.firstChild(element, child), name);
    }

    void problem(SourceLocation location, const QString& message) {
        out.problems.append({location, message});
    }

    void readKindFields(Device& device) {
        const ElementId e = device.element;
        switch (device.kind) {
        case DeviceKind::Controller:
            readController(device);
            break;
        case DeviceKind::Interface:
            device.model = childAttribute(e, u"model", u"type");
            device.mac = childAttribute(e, u"mac", u"address");
            break;
        case DeviceKind::Disk:
            device.device = doc.attribute(e, u"device");
            device.model = doc.attribute(e, u"model");
            device.bus = childAttribute(e, u"target", u"bus");
            device.targetDev = childAttribute(e, u"target", u"dev");
            break;
        case DeviceKind::Hostdev:
            readHostdev(device);
            break;
        case DeviceKind::Video:
            device.model = childAttribute(e, u"model", u"type");
            device.primary = childAttribute(e, u"model", u"primary") == u"yes";
            break;
        case DeviceKind::Shmem:
            device.model = childAttribute(e, u"model", u"type");
            break;
        case DeviceKind::Input:
        case DeviceKind::Redirdev:
            device.bus = doc.attribute(e, u"bus");
            break;
        case DeviceKind::Serial:
        case DeviceKind::Channel:
        case DeviceKind::Console:
            device.targetType = childAttribute(e, u"target", u"type");
            break;
        case DeviceKind::Filesystem:
            device.model = doc.attribute(e, u"model");
            device.driverType = childAttribute(e, u"driver", u"type");
            break;
        default:
            device.model = doc.attribute(e, u"model");
            break;
        }
    }

    void readController(Device& device) {
        const ElementId e = device.element;
        device.model = doc.attribute(e, u"model");
        if (doc.hasAttribute(e, u"index")) {
            device.indexText = doc.attribute(e, u"index");
            device.index = parseLibvirtInt(device.indexText, 10);
            if (!device.index || *device.index < 0) {
                problem(doc.attributeLocation(e, u"index"),
                        QStringLiteral("Invalid value for attribute 'index' in element "
                                       "'controller': '%1'. Expected %2")
                            .arg(device.indexText,
                                 device.index ? u"non-negative value" : u"integer value"));
                device.index.reset();
            }
        }
        device.modelName = childAttribute(e, u"model", u"name");
        const ElementId target = doc.firstChild(e, u"target");
        for (const auto& [name, value] : doc.attributes(target))
            device.target.insert(name, value);
        const ElementId node = doc.firstChild(target, u"node");
        if (node != NoElement)
            device.targetNumaNode = doc.text(node);
        device.hasPcihole64 = doc.firstChild(e, u"pcihole64") != NoElement;
    }

    void readHostdev(Device& device) {
        const ElementId e = device.element;
        device.mode = doc.attribute(e, u"mode");
        device.driverType = childAttribute(e, u"driver", u"name");
        const ElementId sourceAddress = doc.firstChild(doc.firstChild(e, u"source"), u"address");
        if (device.type != u"pci" || sourceAddress == NoElement)
            return;
        const PciAddressReading reading = readPciAddress(doc, sourceAddress);
        device.source = reading.address;
        if (!reading.address)
            reportBadAddress(sourceAddress, reading);
    }

    void reportBadAddress(ElementId address, const PciAddressReading& reading) {
        const SourceLocation at = reading.badAttribute.isEmpty()
                                      ? doc.location(address)
                                      : doc.attributeLocation(address, reading.badAttribute);
        problem(at, reading.message);
    }

    void readAddress(Device& device) {
        const ElementId address = doc.firstChild(device.element, u"address");
        if (address == NoElement)
            return;
        device.addressElement = address;
        device.addressLocation = doc.location(address);
        device.addressType = doc.attribute(address, u"type");
        if (!doc.hasAttribute(address, u"type")) {
            problem(device.addressLocation, QStringLiteral("No type specified for device address"));
            return;
        }
        if (!isKnownAddressType(device.addressType)) {
            problem(doc.attributeLocation(address, u"type"),
                    QStringLiteral("unknown address type '%1'").arg(device.addressType));
            return;
        }
        if (device.addressType != u"pci")
            return;
        const PciAddressReading reading = readPciAddress(doc, address);
        device.pciAddress = reading.address;
        if (!reading.address)
            reportBadAddress(address, reading);
        if (const QString why = pciAddressImpossible(device); !why.isEmpty())
            problem(device.addressLocation, why);
    }

    const DomainDocument& doc;
    DeviceInventory& out;
};

} // namespace

DeviceKind deviceKindFromElementName(QStringView name) {
    for (const auto& entry : kindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return DeviceKind::Other;
}

QString elementNameOf(DeviceKind kind) {
    for (const auto& entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

DeviceInventory DeviceInventory::read(const DomainDocument& document) {
    ++analysisCounters().inventoryReads;
    DeviceInventory inventory;
    inventory.machine = document.machine();
    inventory.arch = document.arch();
    const ElementId root = document.root();
    const ElementId numa = document.firstChild(document.firstChild(root, u"cpu"), u"numa");
    inventory.numaCellCount = int(document.children(numa, u"cell").size());
    inventory.hasAcpi =
        document.firstChild(document.firstChild(root, u"features"), u"acpi") != NoElement;
    InventoryReader reader(document, inventory);
    for (const ElementId element : document.deviceElements())
        inventory.devices.append(reader.read(element));
    return inventory;
}

} // namespace pcitopo
