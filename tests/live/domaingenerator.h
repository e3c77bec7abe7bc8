#pragma once

// Random but reproducible libvirt domains for the live policy test: q35 and pc, 1 to ~40
// devices of many kinds, some partly addressed, some with guest NUMA cells and devices tagged
// with a node in pcitopo's <metadata>. Every domain is meant to be valid as written.

#include <QRandomGenerator>
#include <QString>

namespace pcitopo::live {

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
