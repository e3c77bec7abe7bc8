#pragma once

// Small helpers shared by the topology tests: a domain from inline XML or from an example.

#include "document/device.h"
#include "topology/topology.h"

#include <QFile>
#include <QTest>

namespace pcitopo::testing {

inline Topology topologyOf(const QByteArray& xml) {
    DocumentError error;
    const std::optional<DomainDocument> doc = DomainDocument::fromBytes(xml, "inline.xml", &error);
    if (!doc)
        qFatal("test XML does not load: %s", qPrintable(error.toString()));
    return Topology::build(DeviceInventory::read(*doc), RuleTable::builtin());
}

inline QByteArray example(const char* name) {
    QFile file(
        QStringLiteral(PCITOPO_SOURCE_DIR "/resources/examples/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("example %s missing", name);
    return file.readAll();
}

// A q35 domain whose <devices> hold `devices`.
inline QByteArray q35(const QByteArray& devices) {
    return "<domain type='kvm'><name>t</name><os><type arch='x86_64' machine='q35'>hvm</type>"
           "</os><devices>" +
           devices + "</devices></domain>";
}

inline QByteArray pc(const QByteArray& devices) {
    return "<domain type='kvm'><name>t</name><os><type arch='x86_64' machine='pc'>hvm</type>"
           "</os><devices>" +
           devices + "</devices></domain>";
}

inline QByteArray controller(int index, const char* model, const char* address = nullptr,
                             const char* inner = "") {
    QByteArray xml = "<controller type='pci' index='" + QByteArray::number(index) + "' model='" +
                     model + "'>" + inner;
    if (address)
        xml += QByteArray("<address type='pci' ") + address + "/>";
    return xml + "</controller>";
}

} // namespace pcitopo::testing
