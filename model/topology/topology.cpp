#include "topology.h"

#include <algorithm>

namespace pcitopo {

QString iconClassName(IconClass icon) {
    switch (icon) {
    case IconClass::Network:
        return QStringLiteral("network");
    case IconClass::Disk:
        return QStringLiteral("disk");
    case IconClass::Display:
        return QStringLiteral("display");
    case IconClass::Sound:
        return QStringLiteral("sound");
    case IconClass::Usb:
        return QStringLiteral("usb");
    case IconClass::Storage:
        return QStringLiteral("storage");
    case IconClass::Passthrough:
        return QStringLiteral("passthrough");
    case IconClass::Balloon:
        return QStringLiteral("balloon");
    case IconClass::Rng:
        return QStringLiteral("rng");
    case IconClass::Watchdog:
        return QStringLiteral("watchdog");
    case IconClass::Input:
        return QStringLiteral("input");
    case IconClass::Controller:
        return QStringLiteral("controller");
    case IconClass::Other:
        break;
    }
    return QStringLiteral("other");
}

QString hotplugStateName(HotplugState state) {
    switch (state) {
    case HotplugState::Hotpluggable:
        return QStringLiteral("hotplug");
    case HotplugState::HotplugOff:
        return QStringLiteral("hotplug-off");
    case HotplugState::NotHotpluggable:
        break;
    }
    return QStringLiteral("no-hotplug");
}

bool Slot::isMultifunction() const {
    return std::any_of(functions.begin(), functions.end(),
                       [](const Occupant& o) { return o.function > 0; });
}

const Occupant* Slot::occupant(int function) const {
    for (const Occupant& o : functions)
        if (o.function == function)
            return &o;
    return nullptr;
}

const Slot* Bus::slot(int number) const {
    if (number < 0 || number >= cells.size())
        return nullptr;
    return &cells[number];
}

QString Bus::displayName() const {
    return model.isEmpty() ? QStringLiteral("unknown") : model;
}

const Bus* Topology::bus(int index) const {
    const auto it = m_busPosition.constFind(index);
    return it == m_busPosition.constEnd() ? nullptr : &m_buses[*it];
}

QList<int> Topology::rootBuses() const {
    QList<const Bus*> roots;
    for (const Bus& b : m_buses)
        if (b.index == 0 || (b.isExpander && b.parentAddress))
            roots.append(&b);
    std::stable_sort(roots.begin(), roots.end(), [](const Bus* a, const Bus* b) {
        if (a->index == 0 || b->index == 0)
            return a->index == 0 && b->index != 0;
        return a->guestBusNumber < b->guestBusNumber;
    });
    QList<int> result;
    for (const Bus* b : roots)
        result.append(b->index);
    return result;
}

std::optional<PciAddress> Topology::placementOf(int deviceIndex) const {
    const auto it = m_placement.constFind(deviceIndex);
    if (it == m_placement.constEnd())
        return std::nullopt;
    return *it;
}

int Topology::deviceIndexOf(ElementId element) const {
    return m_deviceOfElement.value(element, -1);
}

// --- labels -----------------------------------------------------------------------------------

// "virtio-net-pci" → "virtio-net": the QEMU name minus the bus suffix reads best on a chip.
// The rule table may list alternatives ("virtio-vga / virtio-gpu-pci"): the first one counts.
static QString shortQemuName(const QString& qemuDevice) {
    QString name = qemuDevice.section(u' ', 0, 0);
    name.replace(QStringLiteral("-pci"), QString());
    return name;
}

// "52:54:00:6b:3c:58" → "52:54:…:58": the vendor prefix and the distinguishing tail.
static QString abbreviatedMac(const QString& mac) {
    const QStringList parts = mac.split(u':');
    if (parts.size() != 6)
        return mac;
    return parts[0] + u':' + parts[1] + QStringLiteral(":…:") + parts[5];
}

static QString baseName(const Device& device, const EndpointRule* rule) {
    if (device.kind == DeviceKind::Input && device.bus == u"virtio")
        return QStringLiteral("virtio-") + device.type; // virtio-tablet, virtio-keyboard
    const QString model = device.model.isEmpty() && rule ? rule->defaultModel : device.model;
    const bool virtio = model.startsWith(u"virtio") || model.isEmpty();
    if (rule && !rule->qemuDevice.isEmpty() && virtio)
        return shortQemuName(rule->qemuDevice);
    if (!model.isEmpty())
        return model;
    if (!device.type.isEmpty() && device.kind == DeviceKind::Controller)
        return device.type;
    return device.elementName;
}

static QString detailOf(const Device& device) {
    switch (device.kind) {
    case DeviceKind::Interface:
        return abbreviatedMac(device.mac);
    case DeviceKind::Disk:
        return device.targetDev;
    case DeviceKind::Hostdev:
        return device.source ? device.source->toShortString() : QString();
    case DeviceKind::Controller:
        return device.index.value_or(0) > 0 ? QString::number(*device.index) : QString();
    default:
        return QString();
    }
}

QString Topology::labelFor(const Device& device, const RuleTable& rules, Machine machine) {
    Q_UNUSED(machine);
    if (device.isController(u"pci")) {
        const ControllerModelRule* model = rules.controllerModel(device.model);
        const QString name = model ? model->displayName : device.model;
        return device.index ? name + u' ' + QString::number(*device.index) : name;
    }
    const QString base = baseName(device, rules.endpointRule(device));
    const QString detail = detailOf(device);
    return detail.isEmpty() ? base : base + u' ' + detail;
}

IconClass Topology::iconFor(const Device& device) {
    switch (device.kind) {
    case DeviceKind::Interface:
        return device.type == u"hostdev" ? IconClass::Passthrough : IconClass::Network;
    case DeviceKind::Disk:
        return IconClass::Disk;
    case DeviceKind::Filesystem:
        return IconClass::Storage;
    case DeviceKind::Video:
        return IconClass::Display;
    case DeviceKind::Sound:
        return IconClass::Sound;
    case DeviceKind::Hostdev:
        return IconClass::Passthrough;
    case DeviceKind::Memballoon:
        return IconClass::Balloon;
    case DeviceKind::Rng:
        return IconClass::Rng;
    case DeviceKind::Watchdog:
        return IconClass::Watchdog;
    case DeviceKind::Input:
        return IconClass::Input;
    case DeviceKind::Hub:
    case DeviceKind::Redirdev:
        return IconClass::Usb;
    case DeviceKind::Controller:
        if (device.type == u"pci")
            return IconClass::Controller;
        if (device.type == u"usb")
            return IconClass::Usb;
        if (device.type == u"scsi" || device.type == u"sata" || device.type == u"ide")
            return IconClass::Storage;
        return IconClass::Other;
    default:
        return IconClass::Other;
    }
}

} // namespace pcitopo

namespace pcitopo {

QString originName(Origin origin) {
    switch (origin) {
    case Origin::Written:
        return QStringLiteral("written");
    case Origin::AssignedByLibvirt:
        return QStringLiteral("assigned-by-libvirt");
    case Origin::AddedByLibvirt:
        return QStringLiteral("added-by-libvirt");
    case Origin::Implicit:
        return QStringLiteral("implicit");
    case Origin::Chipset:
        break;
    }
    return QStringLiteral("chipset");
}

} // namespace pcitopo
