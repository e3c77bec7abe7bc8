#include "domaindiff.h"

#include "diffpairing.h"

#include <algorithm>

namespace pcitopo {

using diff::ElementFacts;
using diff::ElementPair;

namespace {

QString addressText(const std::optional<PciAddress>& a) {
    return a ? fullAddressString(*a) : QStringLiteral("none");
}

QString subjectOf(const GuestElement& e) {
    if (e.elementName == u"controller")
        return QStringLiteral("controller %1 %2").arg(e.type).arg(e.index.value_or(-1));
    if (e.elementName == u"interface" && !e.mac.isEmpty())
        return QStringLiteral("interface ") + e.mac;
    if (e.elementName == u"disk" && !e.target.isEmpty())
        return QStringLiteral("disk ") + e.target;
    return QStringLiteral("%1 %2").arg(e.elementName).arg(e.ordinal);
}

// libvirt resolves the machine aliases at define (QEMU 7.2): compare what it writes back.
QString canonicalMachine(const QString& machine) {
    if (machine == u"q35")
        return QStringLiteral("pc-q35-7.2");
    if (machine.isEmpty() || machine == u"pc")
        return QStringLiteral("pc-i440fx-7.2");
    return machine;
}

QString optionalText(std::optional<int> value) {
    return value ? QString::number(*value) : QStringLiteral("none");
}

class ChangeCollector {
public:
    ChangeCollector(QList<DomainChange>& out, const GuestView& before, const GuestView& after)
        : m_out(out), m_countBefore(countByElement(before)), m_countAfter(countByElement(after)) {}

    void machine(const QString& before, const QString& after) {
        const QString a = canonicalMachine(before), b = canonicalMachine(after);
        if (a == b)
            return;
        if (machineFromString(a) != machineFromString(b))
            add("machine", QStringLiteral("machine type"), a, b, ChangeSeverity::High,
                QStringLiteral("a different chipset: every device the guest knows moves; Windows "
                               "may not boot (INACCESSIBLE_BOOT_DEVICE), Linux renames NICs"));
        else
            add("machine", QStringLiteral("machine version"), a, b, ChangeSeverity::Medium,
                QStringLiteral("the machine version is guest ABI: chipset defaults and device "
                               "properties of that version change"));
        refusedBy(
            QStringLiteral("Target domain machine type %1 does not match source %2").arg(b, a));
    }

    void pair(const ElementPair& p) {
        if (!p.before || !p.after)
            return addedOrRemoved(p);
        const GuestElement& a = *p.before->row;
        const GuestElement& b = *p.after->row;
        const QString subject = subjectOf(b);
        if (a.model != b.model && !a.model.isEmpty() && !b.model.isEmpty()) {
            add("model", subject, a.model, b.model, ChangeSeverity::High,
                QStringLiteral("the guest sees another device: a new driver, a new device "
                               "instance (Windows: new adapter, settings lost)"));
            refusedBy(QStringLiteral("Target %1 model %2 does not match source %3")
                          .arg(libvirtDeviceName(a.elementName), b.model, a.model));
        }
        if (a.elementName == u"interface" && !a.mac.isEmpty() && !b.mac.isEmpty() &&
            a.mac.compare(b.mac, Qt::CaseInsensitive) != 0) {
            add("mac", subject, a.mac, b.mac, ChangeSeverity::High,
                QStringLiteral("network configuration keyed by MAC (DHCP reservations, udev "
                               "rules, Windows adapter settings) no longer matches"));
            refusedBy(QStringLiteral("Target network card mac %1 does not match source %2")
                          .arg(b.mac, a.mac));
        }
        addressChange(subject, a, b);
        if (p.before->bootOrder != p.after->bootOrder)
            add("boot-order", subject, optionalText(p.before->bootOrder),
                optionalText(p.after->bootOrder), ChangeSeverity::Medium,
                QStringLiteral("the firmware tries the boot devices in another order"));
        if (a.index != b.index && a.elementName == u"controller") {
            add("index", subject, optionalText(a.index), optionalText(b.index),
                ChangeSeverity::None,
                QStringLiteral("the XML index is libvirt's name for the bus; the guest numbers "
                               "buses itself"));
            refusedBy(QStringLiteral("Target controller index %1 does not match source %2")
                          .arg(optionalText(b.index), optionalText(a.index)));
        }
        if (p.before->pciController && p.after->pciController)
            controllerTargets(subject, *p.before->pciController, *p.after->pciController);
    }

private:
    void add(const char* kind, const QString& subject, const QString& before, const QString& after,
             ChangeSeverity severity, const QString& why) {
        m_out.append({QLatin1String(kind), subject, before, after, severity, why, {}});
    }
    // The last change added is one libvirt's ABI check refuses, with this message.
    void refusedBy(const QString& message) { m_out.last().libvirtRefusal = message; }

    // How virDomainDefCheckABIStability names a device class in its messages.
    static QString libvirtDeviceName(const QString& element) {
        if (element == u"interface")
            return QStringLiteral("network card");
        if (element == u"sound")
            return QStringLiteral("sound card");
        if (element == u"video")
            return QStringLiteral("video card");
        return element;
    }

    void addedOrRemoved(const ElementPair& p) {
        const GuestElement& e = p.before ? *p.before->row : *p.after->row;
        if (!e.address)
            return; // see domaindiff.h: libvirt adds non-PCI elements of its own
        if (p.before)
            add("removed", subjectOf(e), addressText(e.guestAddress), QString(),
                ChangeSeverity::High,
                QStringLiteral("the guest loses the device at %1")
                    .arg(addressText(e.guestAddress)));
        else
            add("added", subjectOf(e), QString(), addressText(e.guestAddress),
                ChangeSeverity::Medium,
                QStringLiteral("the guest finds a new device at %1")
                    .arg(addressText(e.guestAddress)));
        // (With equal counts libvirt pairs by position and refuses the first field that differs.)
        const int before = m_countBefore.value(e.elementName);
        const int after = m_countAfter.value(e.elementName);
        if (before != after)
            refusedBy(QStringLiteral("Target domain %1 count %2 does not match source %3")
                          .arg(libvirtCountName(e.elementName))
                          .arg(after)
                          .arg(before));
    }

    void addressChange(const QString& subject, const GuestElement& a, const GuestElement& b) {
        const QString xmlA = addressText(a.address), xmlB = addressText(b.address);
        const QString guestA = addressText(a.guestAddress), guestB = addressText(b.guestAddress);
        if (guestA != guestB)
            add("address", subject, QStringLiteral("%1 (guest %2)").arg(xmlA, guestA),
                QStringLiteral("%1 (guest %2)").arg(xmlB, guestB), ChangeSeverity::High,
                addressConsequence(a, b));
        else if (xmlA != xmlB)
            add("address", subject, xmlA, xmlB, ChangeSeverity::None,
                QStringLiteral("only the XML changes: the guest still sees %1").arg(guestA));
        if (xmlA != xmlB && a.address && b.address)
            // libvirt's message as it prints it (no space before "does": its format macro)
            refusedBy(QStringLiteral("Target device PCI address %1does not match source %2")
                          .arg(xmlB, xmlA));
        if (guestA == guestB && !a.linuxName.isEmpty() && a.linuxName != b.linuxName)
            add("linux-name", subject, a.linuxName, b.linuxName, ChangeSeverity::High,
                QStringLiteral("Linux renames %1 to %2").arg(a.linuxName, b.linuxName));
    }

    static QString addressConsequence(const GuestElement& a, const GuestElement& b) {
        if (a.elementName == u"interface") {
            QString why;
            if (!a.linuxName.isEmpty() && !b.linuxName.isEmpty() && a.linuxName != b.linuxName)
                why = QStringLiteral("Linux renames %1 → %2; ").arg(a.linuxName, b.linuxName);
            return why + QStringLiteral("Windows sees a new network adapter (static IP and "
                                        "driver settings lost)");
        }
        if (a.elementName == u"disk")
            return QStringLiteral("the disk moves: Windows may see a new disk (offline, or "
                                  "INACCESSIBLE_BOOT_DEVICE for the boot disk); /dev/disk/"
                                  "by-path and the order of virtio disk names change");
        if (a.elementName == u"controller")
            return QStringLiteral("every device behind it moves with it");
        return QStringLiteral("the guest sees a new device: Windows reinstalls its driver");
    }

    void controllerTargets(const QString& subject, const PciControllerInfo& a,
                           const PciControllerInfo& b) {
        const auto compare = [&](const char* name, std::optional<int> x, std::optional<int> y,
                                 const QString& why) {
            if (x != y)
                add("controller", subject + QStringLiteral(" ") + QLatin1String(name),
                    optionalText(x), optionalText(y), ChangeSeverity::Medium, why);
        };
        compare("chassis", a.chassis, b.chassis,
                QStringLiteral("the PCIe slot capability the guest reads changes"));
        compare("port", a.port, b.port,
                QStringLiteral("the PCIe port number the guest reads changes"));
        compare("chassisNr", a.chassisNr, b.chassisNr,
                QStringLiteral("the bridge's chassis number the guest reads changes"));
        compare("busNr", a.busNr, b.busNr,
                QStringLiteral("every bus behind the expander gets other guest numbers"));
        if (a.hotplugOff != b.hotplugOff)
            add("controller", subject + QStringLiteral(" hotplug"),
                a.hotplugOff ? QStringLiteral("off") : QStringLiteral("on"),
                b.hotplugOff ? QStringLiteral("off") : QStringLiteral("on"), ChangeSeverity::Medium,
                QStringLiteral("the guest can or can no longer hot-unplug what sits there"));
    }

    static QHash<QString, int> countByElement(const GuestView& view) {
        QHash<QString, int> counts;
        for (const GuestElement& e : view.elements)
            ++counts[e.elementName];
        return counts;
    }

    // How virDomainDefCheckABIStability counts a device class ("net card count 3 …").
    static QString libvirtCountName(const QString& element) {
        static const QHash<QString, QString> names = {
            {QStringLiteral("interface"), QStringLiteral("net card")},
            {QStringLiteral("input"), QStringLiteral("input device")},
            {QStringLiteral("sound"), QStringLiteral("sound card")},
            {QStringLiteral("video"), QStringLiteral("video card")},
            {QStringLiteral("hostdev"), QStringLiteral("host device")},
            {QStringLiteral("memballoon"), QStringLiteral("memory balloon")},
            {QStringLiteral("rng"), QStringLiteral("RNG device")},
            {QStringLiteral("serial"), QStringLiteral("serial port")},
            {QStringLiteral("panic"), QStringLiteral("panic device")},
        };
        return names.value(element, element);
    }

    QList<DomainChange>& m_out;
    QHash<QString, int> m_countBefore, m_countAfter;
};

} // namespace

QString changeSeverityName(ChangeSeverity severity) {
    switch (severity) {
    case ChangeSeverity::High:
        return QStringLiteral("high");
    case ChangeSeverity::Medium:
        return QStringLiteral("medium");
    case ChangeSeverity::None:
        break;
    }
    return QStringLiteral("none");
}

int DomainDiff::guestVisibleCount() const {
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [](const DomainChange& c) { return c.guestVisible(); }));
}

DomainDiff diffDomains(const DomainDocument& before, const DomainDocument& after,
                       const RuleTable& rules) {
    const GuestView viewA = GuestView::compute(before, rules);
    const GuestView viewB = GuestView::compute(after, rules);
    const QList<ElementFacts> factsA = diff::collectFacts(before, viewA);
    const QList<ElementFacts> factsB = diff::collectFacts(after, viewB);
    DomainDiff result;
    ChangeCollector collect(result.changes, viewA, viewB);
    collect.machine(viewA.inventory.machine, viewB.inventory.machine);
    for (const ElementPair& p : diff::pairElements(factsA, factsB))
        collect.pair(p);
    std::stable_partition(result.changes.begin(), result.changes.end(),
                          [](const DomainChange& c) { return c.guestVisible(); });
    return result;
}

} // namespace pcitopo
