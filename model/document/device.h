#pragma once

#include "domaindocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pcitopo {

// The element kinds under <devices>, named as libvirt names the elements.
enum class DeviceKind {
    Disk,
    Controller,
    Interface,
    Sound,
    Hostdev,
    Video,
    Smartcard,
    Serial,
    Parallel,
    Channel,
    Console,
    Input,
    Filesystem,
    Watchdog,
    Memballoon,
    Rng,
    Nvram,
    Hub,
    Shmem,
    Tpm,
    Panic,
    Memory,
    Redirdev,
    Iommu,
    Vsock,
    Graphics,
    Audio,
    Lease,
    Emulator,
    Crypto,
    Other
};

DeviceKind deviceKindFromElementName(QStringView name);
QString elementNameOf(DeviceKind kind);

// One element under <devices>, typed: what the rule table, topology, validator and placer need.
// Empty strings mean "not written in the XML"; defaults are the rule table's business.
struct Device {
    ElementId element = NoElement;
    DeviceKind kind = DeviceKind::Other;
    QString elementName;
    SourceLocation location;

    QString type;  // the element's type attribute (controller type, interface/disk/hostdev type…)
    QString model; // controller/sound/watchdog/memballoon/rng/iommu/vsock/memory/disk/filesystem
                   // `model` attribute, or <model type=…> of interface/video/shmem
    std::optional<int> index; // controller index (absent when not written)
    QString indexText;        // as written, for diagnostics on malformed values

    // Controllers (type='pci')
    QString modelName;                     // <model name=…>
    QHash<QString, QString> target;        // <target> attributes as written
    std::optional<QString> targetNumaNode; // <target><node>N</node>
    bool hasPcihole64 = false;

    // Disks, inputs, serial/channel/console, filesystems
    QString bus;        // disk <target bus>, input bus attribute
    QString targetDev;  // disk <target dev>
    QString targetType; // serial/channel/console <target type>
    QString driverType; // filesystem <driver type>, hostdev <driver name>
    QString device;     // disk device attribute (disk, cdrom, lun)

    // Interfaces
    QString mac;

    // Video
    bool primary = false; // primary='yes'

    // Hostdev
    QString mode;                     // hostdev mode (subsystem, capabilities)
    std::optional<PciAddress> source; // host PCI address of a PCI hostdev

    // The device's <address>, if any. pciAddress is set only for a well-formed type='pci'
    // address, missing attributes read as 0 (ADDR-2); a malformed one leaves it empty and adds an
    // InventoryProblem (libvirt's message) instead of guessing.
    QString addressType; // "pci", "drive", "usb", … or empty
    std::optional<PciAddress> pciAddress;
    ElementId addressElement = NoElement;
    SourceLocation addressLocation;

    bool isController(QStringView controllerType) const {
        return kind == DeviceKind::Controller && type == controllerType;
    }
};

// A problem found while reading the typed view: a malformed address attribute, a PCI address on
// an element that cannot have one. Reported with file, line and column; never silently fixed.
struct InventoryProblem {
    SourceLocation location;
    QString message;
};

// The typed view of a DomainDocument's devices, in document order.
struct DeviceInventory {
    QString machine; // as written
    QString arch;
    int numaCellCount = 0; // <cpu><numa><cell> count
    bool hasAcpi = false;  // <features><acpi/>
    QList<Device> devices;
    QList<InventoryProblem> problems;

    static DeviceInventory read(const DomainDocument& document);
};

} // namespace pcitopo
