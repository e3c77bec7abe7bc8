// pcitopo diff's model: identity pairing and the guest-visible consequences it names.
#include "diff/domaindiff.h"

#include <QTest>

using namespace pcitopo;

namespace {

DomainDocument domain(const QString& machine, const QString& devices) {
    const QString xml = QStringLiteral("<domain type='qemu'><name>t</name><memory>131072</memory>"
                                       "<os><type arch='x86_64' machine='%1'>hvm</type></os>"
                                       "<features><acpi/></features><devices>%2</devices></domain>")
                            .arg(machine, devices);
    DocumentError error;
    std::optional<DomainDocument> doc = DomainDocument::fromBytes(xml.toUtf8(), "t.xml", &error);
    if (!doc)
        qFatal("%s", qPrintable(error.toString()));
    return std::move(*doc);
}

QString address(int bus, int slot) {
    return QStringLiteral("<address type='pci' domain='0x0000' bus='0x%1' slot='0x%2' "
                          "function='0x0'/>")
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'));
}

QString nic(const char* mac, const QString& at) {
    return QStringLiteral("<interface type='user'><mac address='%1'/><model type='virtio'/>%2"
                          "</interface>")
        .arg(QLatin1String(mac), at);
}

QString disk(const char* target, const QString& at) {
    return QStringLiteral("<disk type='file' device='disk'><source file='/x.img'/>"
                          "<target dev='%1' bus='virtio'/>%2</disk>")
        .arg(QLatin1String(target), at);
}

QStringList visible(const DomainDiff& diff) {
    QStringList out;
    for (const DomainChange& c : diff.changes)
        if (c.guestVisible())
            out << QStringLiteral("%1 %2: %3 → %4").arg(c.kind, c.subject, c.before, c.after);
    return out;
}

const DomainChange* find(const DomainDiff& diff, const QString& kind, const QString& subject) {
    for (const DomainChange& c : diff.changes)
        if (c.kind == kind && c.subject == subject)
            return &c;
    return nullptr;
}

} // namespace

class TestDomainDiff : public QObject {
    Q_OBJECT
private slots:
    void sameDomainHasNoChange();
    void nicsArePairedByMacNotPosition();
    void q35ConversionRenamesEveryNic();
    void removedAndAddedDevices();
};

void TestDomainDiff::sameDomainHasNoChange() {
    const DomainDocument a = domain("pc", nic("52:54:00:00:00:01", address(0, 3)));
    QCOMPARE(diffDomains(a, a, RuleTable::builtin()).changes.size(), 0);
}

void TestDomainDiff::nicsArePairedByMacNotPosition() {
    // B lists the NICs in the other order, each at its old address: nothing changes for the guest.
    const DomainDocument a = domain("pc", nic("52:54:00:00:00:01", address(0, 3)) +
                                              nic("52:54:00:00:00:02", address(0, 4)));
    const DomainDocument b = domain("pc", nic("52:54:00:00:00:02", address(0, 4)) +
                                              nic("52:54:00:00:00:01", address(0, 3)));
    QCOMPARE(visible(diffDomains(a, b, RuleTable::builtin())), QStringList());
}

void TestDomainDiff::q35ConversionRenamesEveryNic() {
    // virt-manager's convert-to-q35: machine changed, every address wiped.
    const DomainDocument a = domain("pc-i440fx-7.2", nic("52:54:00:00:00:01", address(0, 3)) +
                                                         nic("52:54:00:00:00:02", address(0, 4)) +
                                                         disk("vda", address(0, 5)));
    const DomainDocument b =
        domain("pc-q35-7.2",
               nic("52:54:00:00:00:01", {}) + nic("52:54:00:00:00:02", {}) + disk("vda", {}));
    const DomainDiff diff = diffDomains(a, b, RuleTable::builtin());
    QVERIFY(find(diff, "machine", "machine type"));
    const DomainChange* first = find(diff, "address", "interface 52:54:00:00:00:01");
    QVERIFY2(first, qPrintable(visible(diff).join(u'\n')));
    QCOMPARE(first->severity, ChangeSeverity::High);
    QVERIFY2(first->why.startsWith(QStringLiteral("Linux renames ens3 → enp")),
             qPrintable(first->why));
    QVERIFY(find(diff, "address", "interface 52:54:00:00:00:02"));
    QVERIFY(find(diff, "address", "disk vda"));
    QCOMPARE(diff.changes.first().kind, QStringLiteral("machine")); // guest-visible come first
}

void TestDomainDiff::removedAndAddedDevices() {
    const DomainDocument a =
        domain("pc", nic("52:54:00:00:00:01", address(0, 3)) + disk("vda", address(0, 5)));
    const DomainDocument b =
        domain("pc", nic("52:54:00:00:00:01", address(0, 3)) + disk("vdb", address(0, 6)));
    const DomainDiff diff = diffDomains(a, b, RuleTable::builtin());
    QCOMPARE(find(diff, "removed", "disk vda")->severity, ChangeSeverity::High);
    QCOMPARE(find(diff, "added", "disk vdb")->severity, ChangeSeverity::Medium);
    QCOMPARE(diff.guestVisibleCount(), 2);
    const DomainDiff fewer =
        diffDomains(a, domain("pc", nic("52:54:00:00:00:01", address(0, 3))), RuleTable::builtin());
    QCOMPARE(find(fewer, "removed", "disk vda")->libvirtRefusal,
             QStringLiteral("Target domain disk count 0 does not match source 1"));
}

QTEST_GUILESS_MAIN(TestDomainDiff)
#include "tst_domaindiff.moc"
