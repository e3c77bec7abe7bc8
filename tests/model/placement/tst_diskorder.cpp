// libvirt's disk target index and disk order (issue #18, items 2 and 8): a long target name
// wraps like libvirt's int without undefined behaviour (UBSan found "vdzzzzzzzzz"), and the
// O(log n) insertion puts every disk where virDomainDiskInsert's linear scan does.
#include "placement/diskorder.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace pcitopo;

namespace {

// virDomainDiskInsert as libvirt writes it: a scan of the whole list per disk.
struct Disk {
    QString bus, target;
};
QList<int> libvirtOrder(const QList<Disk>& disks) {
    QList<int> order;
    for (int at = 0; at < disks.size(); ++at) {
        const Disk& disk = disks.at(at);
        int insertAt = -1;
        for (int i = int(order.size()) - 1; i >= 0; --i) {
            const Disk& cur = disks.at(order.at(i));
            if (cur.bus != disk.bus)
                continue;
            if (!cur.target.isEmpty() && !disk.target.isEmpty() &&
                diskNameToIndex(cur.target) > diskNameToIndex(disk.target))
                insertAt = i;
            else if (insertAt == -1)
                insertAt = i + 1;
        }
        order.insert(insertAt == -1 ? order.size() : insertAt, at);
    }
    return order;
}

} // namespace

class TestDiskOrder : public QObject {
    Q_OBJECT
private slots:
    void indexIsLibvirts();
    void longNamesWrapWithoutOverflow();
    void orderIsLibvirts();
};

void TestDiskOrder::indexIsLibvirts() {
    QCOMPARE(diskNameToIndex(u"sda"), 0);
    QCOMPARE(diskNameToIndex(u"sdz"), 25);
    QCOMPARE(diskNameToIndex(u"sdaa"), 26);
    QCOMPARE(diskNameToIndex(u"vdb"), 1);
    QCOMPARE(diskNameToIndex(u"xvdc"), 2);
    QCOMPARE(diskNameToIndex(u"hda1"), 0); // a partition number is allowed after the letters
    QCOMPARE(diskNameToIndex(u"sd"), -1);
    QCOMPARE(diskNameToIndex(u"abc"), -1);   // no known prefix
    QCOMPARE(diskNameToIndex(u"sda-1"), -1); // anything but digits after the letters
}

void TestDiskOrder::longNamesWrapWithoutOverflow() {
    // libvirt's int arithmetic, as 32-bit two's complement (what its build computes).
    const auto wrapped = [](const char* letters) {
        std::uint32_t index = 0;
        for (int i = 0; letters[i]; ++i)
            index = (index + (i < 1 ? 0 : 1)) * 26 + std::uint32_t(letters[i] - 'a');
        return int(index);
    };
    QCOMPARE(diskNameToIndex(u"vdzzzzzzzzz"), wrapped("zzzzzzzzz"));
    QCOMPARE(diskNameToIndex(QString(QStringLiteral("sd")) + QString(200, u'z')),
             wrapped(QByteArray(200, 'z').constData()));
}

void TestDiskOrder::orderIsLibvirts() {
    const QStringList buses = {QStringLiteral("scsi"), QStringLiteral("virtio"),
                               QStringLiteral("sata")};
    const QStringList targets = {QStringLiteral("sda"),
                                 QStringLiteral("sdb"),
                                 QStringLiteral("sdc"),
                                 QStringLiteral("vdaa"),
                                 QString(),
                                 QStringLiteral("junk"),
                                 QStringLiteral("vdzzzzzzzzz"),
                                 QStringLiteral("hdb")};
    QRandomGenerator random(18);
    for (int round = 0; round < 300; ++round) {
        QList<Disk> disks;
        DiskOrder order;
        const int count = random.bounded(1, 40);
        for (int i = 0; i < count; ++i) {
            disks.append({buses.at(random.bounded(buses.size())),
                          targets.at(random.bounded(targets.size()))});
            order.insert(i, disks.last().bus, disks.last().target);
        }
        QCOMPARE(order.toList(), libvirtOrder(disks));
    }
}

QTEST_GUILESS_MAIN(TestDiskOrder)
#include "tst_diskorder.moc"
