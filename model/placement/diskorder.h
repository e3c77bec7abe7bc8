#pragma once

#include <QList>
#include <QString>
#include <list>
#include <map>

namespace pcitopo {

// util/virutil.c virDiskNameToIndex: "sda" → 0, "sdz" → 25, "sdaa" → 26; -1 when the name has
// no known prefix, no letter after it, or anything but digits after the letters. libvirt
// computes in an int that wraps on a long name ("vdzzzzzzzzz"); this wraps the same way
// without the undefined behaviour.
int diskNameToIndex(QStringView name);

// The order libvirt keeps disks in (conf/domain_conf.c virDomainDiskInsert): a disk goes before
// the first disk of its bus whose target index is greater, else after the last disk of its
// bus, else at the end. libvirt scans the whole list per disk; this finds the same place in
// O(log n): the disks of one bus with a valid target stay sorted by index in that order.
class DiskOrder {
public:
    // `targetDev` empty: the disk is compared with none (it goes after its bus's last disk).
    void insert(int disk, const QString& bus, const QString& targetDev);
    QList<int> toList() const;

private:
    using Node = std::list<int>::iterator;
    struct Bus {
        std::multimap<int, Node> byIndex; // disks with a target, by its index
        Node last;                        // the bus's last disk in the order
    };
    std::list<int> order;
    std::map<QString, Bus> buses;
};

} // namespace pcitopo
