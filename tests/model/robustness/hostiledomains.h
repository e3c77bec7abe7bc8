#pragma once
// Hostile domain XML, generated: huge, deep, or wrong in one precise place.
#include <QByteArray>

namespace pcitopo::testing {

// A minimal libvirt domain for `machine` ("pc", "q35") with `devices` inside <devices>. The
// devices start on line 8.
QByteArray domainWith(const QByteArray& devices, const QByteArray& machine = "pc");

// `count` virtio network interfaces without addresses, one per line.
QByteArray manyInterfaces(int count);

// <domain> with elements nested `depth` levels deep, all on line 1.
QByteArray nestedDomain(int depth);

} // namespace pcitopo::testing
