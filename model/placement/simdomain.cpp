#include "placement/simdomain.h"

#include "document/domaindocument.h"
#include "placement/diskorder.h"

namespace pcitopo {

// The most disk controllers the implicit-controller walk adds per type (see its use).
constexpr int kMaxImplicitDiskControllers = 1024;

namespace {

bool isUsb2Controller(const SimDevice& d) {
    return d.isController(u"usb") && (d.model == u"ich9-ehci1" || d.model == u"ich9-uhci1" ||
                                      d.model == u"ich9-uhci2" || d.model == u"ich9-uhci3");
}

// virDomainDiskDefAssignAddress: which controller a disk without address hangs off.
int defaultDriveController(const QString& bus, int idx) {
    if (idx < 0) {
        return 0;
    }
    if (bus == u"scsi") {
        return idx / 7; // QEMU: narrow SCSI bus
    }
    if (bus == u"ide") {
        return idx / 4;
    }
    if (bus == u"sata") {
        return idx / 6;
    }
    if (bus == u"fdc") {
        return idx / 2;
    }
    return 0;
}

class SimDomainBuilder {
public:
    SimDomainBuilder(const DeviceInventory& inventory, const RuleTable& rules,
                     const DomainDocument* document, const LibvirtPlacementOptions& options)
        : inv(inventory), rules(rules), doc(document), options(options) {
        sim.machine = machineFromString(inventory.machine);
    }

    SimDomain build() {
        for (int i = 0; i < inv.devices.size(); ++i) {
            addInventoryDevice(i);
        }
        sim.disks = diskOrder.toList();
        sim.hostdevs = netHostdevs + plainHostdevs;
        assignControllerIndexes();
        addDefaultDevices();
        applyDefaultModels();
        addImplicitControllers();
        addImplicitVideo();
        orderVideos();
        computeFlags();
        return std::move(sim);
    }

private:
    QString docAttribute(ElementId element, QStringView name) const {
        return doc && element != NoElement ? doc->attribute(element, name) : QString();
    }

    int driveControllerOf(const Device& d) const {
        if (d.addressType == u"drive") {
            bool ok = false;
            const QString text = docAttribute(d.addressElement, u"controller");
            const int value = text.toInt(&ok, 0);
            return ok ? value : 0;
        }
        const QString bus = rules.endpointRule(d) ? busOfDisk(d) : d.bus;
        return defaultDriveController(bus, diskNameToIndex(d.targetDev));
    }

    QString busOfDisk(const Device& d) const {
        if (!d.bus.isEmpty()) {
            return d.bus;
        }
        if (d.device == u"floppy") {
            return QStringLiteral("fdc");
        }
        for (const char* p : {"hd", "sd", "vd", "xvd", "ubd"}) {
            if (d.targetDev.startsWith(QLatin1String(p))) {
                static const QHash<QString, QString> map = {{"hd", "ide"},
                                                            {"sd", "scsi"},
                                                            {"vd", "virtio"},
                                                            {"xvd", "xen"},
                                                            {"ubd", "uml"}};
                return map.value(QLatin1String(p));
            }
        }
        return {};
    }

    void addInventoryDevice(int i) {
        const Device& d = inv.devices.at(i);
        SimDevice s;
        s.ref = {DeviceOrigin::Inventory, i};
        s.device = d;
        if (s.device.model.isEmpty() &&
            (d.kind == DeviceKind::Hostdev || d.kind == DeviceKind::Input)) {
            s.device.model = docAttribute(d.element, u"model");
        }
        s.model = s.device.model;
        const EndpointRule* rule = rules.endpointRule(s.device);
        if (rule && rule->ignoresAddress) {
            sim.ignoredAddresses.append(i); // e.g. <memballoon model='none'>: address dropped
        } else if (rule && !rule->defaultAddressType.isEmpty() && d.addressType.isEmpty()) {
            s.otherAddress = true; // e.g. ibmvscsi gets a spapr-vio address before PCI
        } else if (d.addressType == u"pci") {
            s.address = d.pciAddress;
        } else if (!d.addressType.isEmpty()) {
            s.otherAddress = true;
            s.unassigned = d.addressType == u"unassigned";
        }
        if (d.kind == DeviceKind::Controller) {
            s.index = d.index.value_or(-1);
            s.hotplugOff = d.target.value(QStringLiteral("hotplug")) == u"off";
            s.usbCompanion = doc && doc->firstChild(d.element, u"master") != NoElement;
        }
        if (d.kind == DeviceKind::Disk || d.kind == DeviceKind::Hostdev) {
            if (d.kind == DeviceKind::Disk) {
                s.device.bus = busOfDisk(d);
            }
            s.driveController = driveControllerOf(s.device);
        }
        if (d.kind == DeviceKind::Channel || d.kind == DeviceKind::Console) {
            if (d.targetType == u"virtio") {
                const QString c = d.addressType == u"virtio-serial"
                                      ? docAttribute(d.addressElement, u"controller")
                                      : QString();
                virtioSerialIndexes.append(c.isEmpty() ? 0 : c.toInt(nullptr, 0));
            }
            return;
        }
        const int at = int(sim.devices.size());
        sim.devices.append(s);
        categorize(at);
    }

    void categorize(int at) {
        const SimDevice& s = sim.devices.at(at);
        switch (s.device.kind) {
        case DeviceKind::Controller:
            insertController(at);
            break;
        case DeviceKind::Disk:
            diskOrder.insert(at, s.device.bus, s.device.targetDev);
            break;
        case DeviceKind::Interface:
            sim.nets.append(at);
            if (s.device.type == u"hostdev") {
                netHostdevs.append(at);
            }
            break;
        case DeviceKind::Sound:
            sim.sounds.append(at);
            break;
        case DeviceKind::Hostdev:
            plainHostdevs.append(at);
            break;
        case DeviceKind::Video:
            sim.videos.append(at);
            break;
        case DeviceKind::Filesystem:
            sim.fss.append(at);
            break;
        case DeviceKind::Input:
            sim.inputs.append(at);
            break;
        case DeviceKind::Serial:
            sim.serials.append(at);
            break;
        case DeviceKind::Watchdog:
            sim.watchdogs.append(at);
            break;
        case DeviceKind::Memballoon:
            sim.memballoons.append(at);
            break;
        case DeviceKind::Rng:
            sim.rngs.append(at);
            break;
        case DeviceKind::Shmem:
            sim.shmems.append(at);
            break;
        case DeviceKind::Iommu:
            sim.iommus.append(at);
            break;
        case DeviceKind::Vsock:
            sim.vsocks.append(at);
            break;
        case DeviceKind::Memory:
            sim.memories.append(at);
            break;
        default:
            break;
        }
    }

    // conf/domain_conf.c:virDomainControllerInsertPreAlloced (ORD-2)
    void insertController(int at) {
        const SimDevice& c = sim.devices.at(at);
        int insertAt = -1;
        for (int i = int(sim.controllers.size()) - 1; i >= 0; --i) {
            const SimDevice& cur = sim.devices.at(sim.controllers.at(i));
            if (cur.device.type != c.device.type) {
                continue;
            }
            if (c.index == -1) {
                insertAt = i + 1;
                break;
            }
            if (cur.index > c.index) {
                insertAt = i;
            } else if (!c.usbCompanion && cur.usbCompanion && cur.index == c.index) {
                insertAt = i;
            } else if (insertAt == -1) {
                insertAt = i + 1;
            }
        }
        if (insertAt == -1) {
            sim.controllers.append(at);
        } else {
            sim.controllers.insert(insertAt, at);
        }
    }

    int unusedIndex(QStringView type) const {
        int idx = 0;
        while (sim.findController(type, idx) >= 0) {
            ++idx;
        }
        return idx;
    }

    // conf/domain_postparse.c:virDomainAssignControllerIndexes (IDX-3)
    void assignControllerIndexes() {
        for (int outer = 0; outer < sim.controllers.size(); ++outer) {
            SimDevice& c = sim.devices[sim.controllers.at(outer)];
            if (c.index != -1) {
                continue;
            }
            const SimDevice* prev = nullptr;
            if (outer > 0 && isUsb2Controller(c)) {
                for (int p = outer - 1; p >= 0; --p) {
                    const SimDevice& cand = sim.devices.at(sim.controllers.at(p));
                    if (cand.isController(u"usb")) {
                        prev = isUsb2Controller(cand) ? &cand : nullptr;
                        break;
                    }
                }
                for (int inner = 0; prev && inner < sim.controllers.size(); ++inner) {
                    const SimDevice& o = sim.devices.at(sim.controllers.at(inner));
                    if (o.isController(u"usb") && o.index == prev->index && o.model == c.model) {
                        prev = nullptr;
                    }
                }
            }
            c.index = prev ? prev->index : unusedIndex(c.device.type);
        }
    }

    int appendImplicit(ImplicitDevice implicit, DeviceKind kind) {
        SimDevice s;
        s.ref = {DeviceOrigin::Implicit, int(sim.implicitDevices.size())};
        s.device.kind = kind;
        s.device.elementName = implicit.elementName;
        s.device.type = implicit.type;
        s.device.model = implicit.model;
        s.model = implicit.model;
        s.index = implicit.index;
        if (implicit.index >= 0) {
            s.device.index = implicit.index;
        }
        sim.implicitDevices.append(implicit);
        const int at = int(sim.devices.size());
        sim.devices.append(s);
        return at;
    }

    void addControllerIfMissing(const QString& type, int index, const QString& model,
                                const QString& key = QStringLiteral("ORD-1")) {
        if (sim.findController(type, index) >= 0) {
            return;
        }
        ImplicitDevice implicit;
        implicit.elementName = QStringLiteral("controller");
        implicit.type = type;
        implicit.model = model;
        implicit.index = index;
        implicit.ruleKey = key;
        sim.controllers.append(appendImplicit(implicit, DeviceKind::Controller));
    }

    // qemu/qemu_domain.c:qemuDomainDefAddDefaultDevices (ORD-1, IDX-2)
    void addDefaultDevices() {
        const MachineRule& machine = rules.machineRule(sim.machine);
        addControllerIfMissing(QStringLiteral("usb"), 0, machine.implicitUsbModel);
        if (machine.implicitSata) {
            addControllerIfMissing(QStringLiteral("sata"), 0, QString());
        }
        const QString root = rules.rootModel(sim.machine);
        const int existing = sim.findController(u"pci", 0);
        if (existing >= 0 && sim.devices.at(existing).model != root) {
            const SimDevice& c = sim.devices.at(existing);
            sim.errors.append({QStringLiteral("XML error: The PCI controller with index='0' must "
                                              "be model='%1' for this machine type, but "
                                              "model='%2' was found instead")
                                   .arg(root, c.model),
                               QStringLiteral("IDX-2"), c.ref, c.device.element,
                               c.device.location});
        }
        addControllerIfMissing(QStringLiteral("pci"), 0, root, QStringLiteral("IDX-2"));
        if (sim.memballoons.isEmpty()) {
            ImplicitDevice balloon;
            balloon.elementName = QStringLiteral("memballoon");
            balloon.model = rules.implicitMemballoonModel();
            sim.memballoons.append(appendImplicit(balloon, DeviceKind::Memballoon));
        }
    }

    // Device post-parse: the models libvirt fills in (rtl8139, lsilogic, piix3-uhci, cirrus…).
    void applyDefaultModels() {
        for (SimDevice& s : sim.devices) {
            if (!s.model.isEmpty() || s.device.kind == DeviceKind::Disk) {
                continue;
            }
            if (s.device.kind == DeviceKind::Interface && s.device.type == u"hostdev") {
                continue;
            }
            if (const EndpointRule* rule = rules.endpointRule(s.device)) {
                s.model = rule->defaultModel;
            }
        }
    }

    // conf/domain_conf.c:virDomainDefAddImplicitControllers
    void addImplicitControllers() {
        const struct {
            const char* bus;
            const char* type;
            const char* model;
        } diskControllers[] = {
            {"scsi", "scsi", "lsilogic"}, {"ide", "ide", ""}, {"sata", "sata", ""}};
        for (const auto& dc : diskControllers) {
            int maxController = -1;
            for (int at : sim.disks) {
                const SimDevice& disk = sim.devices.at(at);
                if (disk.device.bus == QLatin1String(dc.bus)) {
                    maxController = std::max(maxController, disk.driveController);
                }
            }
            // Hostile-input bound: libvirt walks every index up to the highest drive controller
            // (a long target can make that millions, and libvirt hangs too); pcitopo stops at
            // kMaxImplicitDiskControllers (fuzz-open/drive-controller-walk-timeout).
            maxController = std::min(maxController, kMaxImplicitDiskControllers - 1);
            for (int i = 0; i <= maxController; ++i) {
                addControllerIfMissing(QLatin1String(dc.type), i, QLatin1String(dc.model));
            }
        }
        for (int idx : virtioSerialIndexes) {
            addControllerIfMissing(QStringLiteral("virtio-serial"), idx, QString());
        }
        for (int at : sim.hostdevs) {
            // Copied: adding a controller appends to sim.devices and may move the hostdev.
            const SimDevice& h = sim.devices.at(at);
            if (h.device.type != u"scsi" || h.device.kind != DeviceKind::Hostdev)
                continue;
            const int highestController =
                std::min(h.driveController, kMaxImplicitDiskControllers - 1);
            for (int i = 0; i <= highestController; ++i) {
                addControllerIfMissing(QStringLiteral("scsi"), i, QStringLiteral("lsilogic"));
            }
        }
    }

    // virDomainDefAddImplicitVideo: <graphics> without <video> gets the default video (cirrus).
    void addImplicitVideo() {
        if (!sim.videos.isEmpty()) {
            return;
        }
        for (const Device& d : inv.devices) {
            if (d.kind == DeviceKind::Graphics) {
                ImplicitDevice video;
                video.elementName = QStringLiteral("video");
                video.model = rules.implicitVideoModel();
                sim.videos.append(appendImplicit(video, DeviceKind::Video));
                sim.devices.last().device.primary = true;
                return;
            }
        }
    }

    // ORD-3: the primary video is videos[0].
    void orderVideos() {
        for (int i = 1; i < sim.videos.size(); ++i) {
            if (sim.devices.at(sim.videos.at(i)).device.primary) {
                sim.videos.move(i, 0);
                break;
            }
        }
    }

    // §8.8 qemuDomainDeviceCalculatePCIConnectFlags: a host device known to be conventional PCI.
    bool isConventionalHostDevice(const Device& hostdev) const {
        if (!hostdev.source || !options.hostDeviceIsExpress) {
            return false;
        }
        const std::optional<bool> express = options.hostDeviceIsExpress(*hostdev.source);
        return express && !*express;
    }

    void computeFlags() {
        for (SimDevice& s : sim.devices) {
            Device typed = s.device;
            typed.model = s.model;
            if (s.device.kind == DeviceKind::Interface && s.device.type == u"hostdev") {
                typed.kind = DeviceKind::Hostdev;
                typed.elementName = QStringLiteral("hostdev");
                typed.type = QStringLiteral("pci");
                typed.mode = QStringLiteral("subsystem");
            }
            s.flags = rules.deviceFlags(typed, sim.machine);
            if (s.device.kind == DeviceKind::Hostdev && s.device.type == u"pci" &&
                !s.addressPresent() && sim.machine == Machine::Q35 && s.flags &&
                isConventionalHostDevice(s.device)) {
                s.flags = rules.flagsForKind(ConnectionKind::Pci, sim.machine);
            }
        }
    }

    const DeviceInventory& inv;
    const RuleTable& rules;
    const DomainDocument* doc;
    const LibvirtPlacementOptions& options;
    SimDomain sim;
    QList<int> netHostdevs, plainHostdevs;
    DiskOrder diskOrder;
    QList<int> virtioSerialIndexes;
};

} // namespace

int SimDomain::findController(QStringView type, int index) const {
    for (int at : controllers) {
        const SimDevice& c = devices.at(at);
        if (c.device.type == type && c.index == index) {
            return at;
        }
    }
    return -1;
}

int SimDomain::maxPciIndex() const {
    int maxIndex = -1;
    for (int at : controllers) {
        if (devices.at(at).isPciController()) {
            maxIndex = std::max(maxIndex, devices.at(at).index);
        }
    }
    return maxIndex;
}

bool SimDomain::hasPcieRoot() const {
    const int root = findController(u"pci", 0);
    return root >= 0 && devices.at(root).model == u"pcie-root";
}

QList<int> SimDomain::iterationOrder() const {
    QList<int> order;
    order << disks << nets << sounds;
    for (int at : hostdevs) {
        if (devices.at(at).device.kind == DeviceKind::Hostdev) {
            order << at; // an interface's hostdev is iterated with the nets
        }
    }
    order << videos << controllers << serials << inputs << fss << watchdogs << memballoons << rngs
          << shmems << memories << iommus << vsocks;
    return order;
}

SimDomain buildSimDomain(const DeviceInventory& inventory, const RuleTable& rules,
                         const DomainDocument* document, const LibvirtPlacementOptions& options) {
    return SimDomainBuilder(inventory, rules, document, options).build();
}

} // namespace pcitopo
