#include "domaingenerator.h"

#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

namespace pcitopo::live {

namespace {

QString pciAddress(int bus, int slot) {
    return QStringLiteral("<address type='pci' domain='0x0000' bus='0x%1' slot='0x%2' "
                          "function='0x0'/>")
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'));
}

// Wraps an element's inner lines; `address` (may be empty) goes last.
QString element(const QString& open, const QStringList& inner, const QString& close,
                const QString& address = {}) {
    QStringList lines = inner;
    if (!address.isEmpty())
        lines << address;
    if (lines.isEmpty())
        return open.chopped(1) + QStringLiteral("/>");
    return open + QStringLiteral("\n      ") + lines.join(QStringLiteral("\n      ")) +
           QStringLiteral("\n    ") + close;
}

class Builder {
public:
    Builder(QRandomGenerator& random, bool q35, int cells)
        : m_random(random), m_q35(q35), m_cells(cells) {}

    void addDevices(int count) {
        m_addressSome = chance(35);
        if (m_addressSome && chance(40))
            addUserBusWithDevice();
        // A grown domain: libvirt addresses the first half, the rest is added afterwards.
        const int laterFrom = count >= 4 && chance(25) ? count / 2 : -1;
        while (m_deviceCount < count) {
            if (m_deviceCount == laterFrom && !m_later) {
                m_devices << QString::fromLatin1(LaterMarker);
                m_later = true;
            }
            addOne();
        }
    }
    QStringList devices() const { return m_devices; }
    QStringList tags() const { return m_tags; }
    int deviceCount() const { return m_deviceCount; }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int pick(int n) { return int(m_random.bounded(n)); }
    template <typename T>
    const T& oneOf(const QList<T>& list) {
        return list.at(pick(list.size()));
    }

    // Sometimes an explicit bus-0 address (at most three per domain), else none.
    QString maybeRootAddress() {
        if (!m_addressSome || m_rootAddresses >= 3 || !chance(30))
            return {};
        const int low = m_q35 ? 2 : 3;
        const int high = m_q35 ? 0x1e : 0x1f;
        for (int tries = 0; tries < 8; ++tries) {
            const int slot = low + pick(high - low + 1);
            if (m_usedRootSlots.contains(slot))
                continue;
            m_usedRootSlots.insert(slot);
            ++m_rootAddresses;
            return pciAddress(0, slot);
        }
        return {};
    }

    // q35: a root port the user placed, with a NIC behind it; pc: a pci-bridge and a NIC.
    void addUserBusWithDevice() {
        const int slot = 0x10 + pick(8);
        m_usedRootSlots.insert(slot);
        const QString model =
            m_q35 ? QStringLiteral("pcie-root-port") : QStringLiteral("pci-bridge");
        m_devices << element(
            QStringLiteral("<controller type='pci' index='1' model='%1'>").arg(model), {},
            QStringLiteral("</controller>"), pciAddress(0, slot));
        addInterface(pciAddress(1, m_q35 ? 0 : 1 + pick(31)));
    }

    void tag(const QString& selector, const QString& value) {
        if (m_cells > 0 && chance(50))
            m_tags << QStringLiteral("<pcitopo:device %1=\"%2\" numa-node=\"%3\"/>")
                          .arg(selector, value)
                          .arg(pick(m_cells));
    }

    void add(const QString& xml) {
        m_devices << xml;
        ++m_deviceCount;
    }

    void addInterface(const QString& address = {}) {
        const QString mac = QStringLiteral("52:54:00:00:%1:%2")
                                .arg(m_macs / 256, 2, 16, QLatin1Char('0'))
                                .arg(m_macs % 256, 2, 16, QLatin1Char('0'));
        ++m_macs;
        static const QStringList models = {"virtio",
                                           "virtio",
                                           "e1000",
                                           "e1000e",
                                           "rtl8139",
                                           "virtio-transitional",
                                           "virtio-non-transitional"};
        add(element(QStringLiteral("<interface type='network'>"),
                    {QStringLiteral("<mac address='%1'/>").arg(mac),
                     QStringLiteral("<source network='default'/>"),
                     QStringLiteral("<model type='%1'/>").arg(oneOf(models))},
                    QStringLiteral("</interface>"),
                    address.isEmpty() ? maybeRootAddress() : address));
        tag(QStringLiteral("mac"), mac);
    }

    void addDisk() {
        if (m_disks >= 26)
            return addInterface();
        const QString dev = QStringLiteral("vd") + QChar(u'a' + m_disks++);
        add(element(QStringLiteral("<disk type='file' device='disk'>"),
                    {QStringLiteral("<driver name='qemu' type='qcow2'/>"),
                     QStringLiteral("<source file='/var/lib/libvirt/images/%1.qcow2'/>").arg(dev),
                     QStringLiteral("<target dev='%1' bus='virtio'/>").arg(dev)},
                    QStringLiteral("</disk>"), maybeRootAddress()));
        tag(QStringLiteral("target"), dev);
    }

    void addCdrom() {
        if (m_cdroms >= 3)
            return addDisk();
        const QString dev =
            (m_q35 ? QStringLiteral("sd") : QStringLiteral("hd")) + QChar(u'a' + m_cdroms++);
        add(element(QStringLiteral("<disk type='file' device='cdrom'>"),
                    {QStringLiteral("<target dev='%1' bus='%2'/>")
                         .arg(dev, m_q35 ? QStringLiteral("sata") : QStringLiteral("ide")),
                     QStringLiteral("<readonly/>")},
                    QStringLiteral("</disk>")));
    }

    void addHostdev() {
        const QString host =
            QStringLiteral("0000:%1:00.0").arg(0x10 + m_hostdevs, 2, 16, QLatin1Char('0'));
        add(element(QStringLiteral("<hostdev mode='subsystem' type='pci' managed='yes'>"),
                    {QStringLiteral("<source>"),
                     QStringLiteral("  <address domain='0x0000' bus='0x%1' slot='0x00' "
                                    "function='0x0'/>")
                         .arg(0x10 + m_hostdevs, 2, 16, QLatin1Char('0')),
                     QStringLiteral("</source>")},
                    QStringLiteral("</hostdev>"), maybeRootAddress()));
        ++m_hostdevs;
        tag(QStringLiteral("hostdev"), host);
    }

    // Devices a domain has at most once.
    bool addSingle() {
        if (m_later) // the defined part already has (or got from libvirt) the one of each
            return false;
        switch (pick(8)) {
        case 0:
            if (m_usb)
                return false;
            m_usb = true;
            add(QStringLiteral("<controller type='usb' index='0' model='%1'/>")
                    .arg(oneOf(QStringList{"qemu-xhci", "nec-xhci", "piix3-uhci", "none"})));
            return true;
        case 1:
            if (m_video)
                return false;
            m_video = true;
            add(QStringLiteral("<video>\n      <model type='%1'/>\n    </video>")
                    .arg(oneOf(QStringList{"qxl", "virtio", "vga", "cirrus", "bochs"})));
            return true;
        case 2:
            if (m_balloon)
                return false;
            m_balloon = true;
            add(QStringLiteral("<memballoon model='%1'/>")
                    .arg(chance(80) ? QStringLiteral("virtio") : QStringLiteral("none")));
            return true;
        case 3:
            if (m_watchdog)
                return false;
            m_watchdog = true;
            add(element(QStringLiteral("<watchdog model='i6300esb' action='reset'>"), {},
                        QStringLiteral("</watchdog>"), maybeRootAddress()));
            return true;
        case 4:
            if (m_channel)
                return false;
            m_channel = true;
            add(QStringLiteral("<channel type='unix'>\n      <target type='virtio' "
                               "name='org.qemu.guest_agent.0'/>\n    </channel>"));
            return true;
        case 5:
            if (m_vsock)
                return false;
            m_vsock = true;
            add(QStringLiteral("<vsock model='virtio'>\n      <cid auto='yes'/>\n    </vsock>"));
            return true;
        case 6:
            if (m_sound || !m_q35)
                return false;
            m_sound = true;
            add(QStringLiteral("<sound model='ich9'/>"));
            return true;
        default:
            if (m_graphics)
                return false;
            m_graphics = true;
            add(QStringLiteral("<graphics type='vnc' port='-1' autoport='yes'/>"));
            return true;
        }
    }

    void addOne() {
        const int roll = pick(100);
        if (roll < 22)
            return addInterface();
        if (roll < 40)
            return addDisk();
        if (roll < 47)
            return addCdrom();
        if (roll < 57)
            return addHostdev();
        if (roll < 62) {
            add(QStringLiteral("<controller type='scsi' index='%1' model='%2'/>")
                    .arg(m_scsi++)
                    .arg(oneOf(QStringList{"virtio-scsi", "lsilogic", "virtio-scsi"})));
            return;
        }
        if (roll < 67)
            return add(element(QStringLiteral("<rng model='virtio'>"),
                               {QStringLiteral("<backend model='random'>/dev/urandom</backend>")},
                               QStringLiteral("</rng>"), maybeRootAddress()));
        if (roll < 71)
            return add(QStringLiteral("<sound model='%1'/>")
                           .arg(oneOf(QStringList{"ich6", "ac97", "es1370"})));
        if (roll < 75)
            return add(QStringLiteral("<input type='%1' bus='virtio'/>")
                           .arg(oneOf(QStringList{"keyboard", "mouse", "tablet"})));
        if (roll < 78)
            return add(QStringLiteral("<shmem name='shm%1'>\n      <model type='ivshmem-plain'/>"
                                      "\n      <size unit='M'>4</size>\n    </shmem>")
                           .arg(m_shmems++));
        if (!addSingle())
            addInterface();
    }

    QRandomGenerator& m_random;
    bool m_q35;
    int m_cells;
    bool m_addressSome = false;
    QStringList m_devices;
    QStringList m_tags;
    QSet<int> m_usedRootSlots;
    int m_rootAddresses = 0;
    int m_deviceCount = 0;
    int m_macs = 1, m_disks = 0, m_cdroms = 0, m_hostdevs = 0, m_scsi = 0, m_shmems = 0;
    bool m_usb = false, m_video = false, m_balloon = false, m_watchdog = false;
    bool m_channel = false, m_vsock = false, m_sound = false, m_graphics = false;
    bool m_later = false;
};

QString numaXml(int cells, int memoryPerCell) {
    QStringList lines;
    for (int i = 0; i < cells; ++i)
        lines << QStringLiteral("      <cell id='%1' cpus='%1' memory='%2' unit='KiB'/>")
                     .arg(i)
                     .arg(memoryPerCell);
    return QStringLiteral("  <cpu>\n    <numa>\n%1\n    </numa>\n  </cpu>\n")
        .arg(lines.join(u'\n'));
}

} // namespace

GeneratedDomain DomainGenerator::next(int number) {
    GeneratedDomain d;
    d.name = QStringLiteral("live-%1").arg(number, 4, 10, QLatin1Char('0'));
    d.q35 = m_random.bounded(2) == 0;
    d.numaCells = m_random.bounded(100) < 40 ? 2 + int(m_random.bounded(3)) : 0;
    // Few devices often, many sometimes: 1–8 for half the domains, up to 40 for the rest.
    const int count = 1 + int(m_random.bounded(m_random.bounded(2) ? 8 : 40));
    Builder builder(m_random, d.q35, d.numaCells);
    builder.addDevices(count);
    d.devices = builder.deviceCount();
    d.taggedDevices = int(builder.tags().size());
    const int cpus = std::max(1, d.numaCells);
    const int memoryPerCell = 262144;
    QString xml = QStringLiteral("<domain type='qemu'>\n  <name>%1</name>\n").arg(d.name);
    xml += QStringLiteral("  <memory unit='KiB'>%1</memory>\n  <vcpu>%2</vcpu>\n")
               .arg(memoryPerCell * std::max(1, d.numaCells))
               .arg(cpus);
    if (!builder.tags().isEmpty())
        xml += QStringLiteral("  <metadata>\n    <pcitopo:devices "
                              "xmlns:pcitopo=\"https://pcitopo.org/xmlns/1.0\">\n      %1\n"
                              "    </pcitopo:devices>\n  </metadata>\n")
                   .arg(builder.tags().join(QStringLiteral("\n      ")));
    xml += QStringLiteral("  <os>\n    <type arch='x86_64' machine='%1'>hvm</type>\n  </os>\n")
               .arg(d.q35 ? QStringLiteral("q35") : QStringLiteral("pc"));
    xml += QStringLiteral("  <features>\n    <acpi/>\n  </features>\n");
    if (d.numaCells > 0)
        xml += numaXml(d.numaCells, memoryPerCell);
    xml += QStringLiteral("  <devices>\n    ") + builder.devices().join(QStringLiteral("\n    ")) +
           QStringLiteral("\n  </devices>\n</domain>\n");
    d.xml = xml;
    return d;
}

} // namespace pcitopo::live
