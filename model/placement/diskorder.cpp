#include "placement/diskorder.h"

#include <cstdint>

namespace pcitopo {

int diskNameToIndex(QStringView name) {
    static const char* const prefixes[] = {"fd", "hd", "vd", "sd", "xvd", "ubd"};
    qsizetype i = -1;
    for (const char* p : prefixes) {
        if (name.startsWith(QLatin1String(p))) {
            i = qsizetype(qstrlen(p));
            break;
        }
    }
    if (i < 0 || i >= name.size() || name[i] < u'a' || name[i] > u'z')
        return -1;
    std::uint32_t index = 0; // unsigned: wraps like libvirt's int does, without overflow
    for (qsizetype letter = 0; i < name.size() && name[i] >= u'a' && name[i] <= u'z';
         ++i, ++letter) {
        index = (index + (letter < 1 ? 0 : 1)) * 26 + std::uint32_t(name[i].unicode() - u'a');
    }
    for (; i < name.size(); ++i) {
        if (name[i] < u'0' || name[i] > u'9')
            return -1;
    }
    return int(index);
}

void DiskOrder::insert(int disk, const QString& bus, const QString& targetDev) {
    const auto found = buses.find(bus);
    if (found == buses.end()) {
        Bus& added = buses[bus];
        added.last = order.insert(order.end(), disk);
        if (!targetDev.isEmpty())
            added.byIndex.emplace(diskNameToIndex(targetDev), added.last);
        return;
    }
    Bus& same = found->second;
    const int index = targetDev.isEmpty() ? 0 : diskNameToIndex(targetDev);
    const auto greater = targetDev.isEmpty() ? same.byIndex.end() : same.byIndex.upper_bound(index);
    Node node;
    if (greater != same.byIndex.end()) {
        node = order.insert(greater->second, disk);
    } else {
        node = order.insert(std::next(same.last), disk);
        same.last = node;
    }
    if (!targetDev.isEmpty())
        same.byIndex.emplace(index, node);
}

QList<int> DiskOrder::toList() const {
    return QList<int>(order.begin(), order.end());
}

} // namespace pcitopo
