#pragma once

// Random but reproducible libvirt domains for the live policy test: q35 and pc, 1 to ~40
// devices of many kinds, some partly addressed, some with guest NUMA cells and devices tagged
// with a node in pcitopo's <metadata>. Every domain is meant to be valid as written.

#include <QRandomGenerator>
#include <QString>

namespace pcitopo::live {

// Between <devices>' children of a grown domain: the devices after it are added to a domain
// whose earlier devices libvirt already addressed (the test applies the libvirt policy to the
// part before it, then appends the rest unaddressed).
inline constexpr char LaterMarker[] = "<!-- added later -->";

struct GeneratedDomain {
    QString name;
    QString xml;
    bool q35 = false;
    int numaCells = 0;
    int taggedDevices = 0;
    int devices = 0;
};

class DomainGenerator {
public:
    explicit DomainGenerator(quint32 seed) : m_random(seed) {}
    GeneratedDomain next(int number);

private:
    QRandomGenerator m_random;
};

} // namespace pcitopo::live
