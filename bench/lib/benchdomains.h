#pragma once

// The generated domains every benchmark measures, shared by `pcitopo bench` and the bench_*
// executables so both time the same input. Each domain is complete enough for `virsh define`
// (type qemu, memory, emulator), so the libvirt comparisons run on the very same bytes.

#include <QByteArray>
#include <QString>

namespace pcitopo::bench {

// A multi-megabyte domain for document throughput: disks, NICs with comments and root ports
// cycling, a qemu:commandline namespace (exercises the lossless reader). 24000 devices ≈ 6 MB.
QByteArray documentDomain(int devices);

// pc, addressed: `bridges` pci-bridges (1..25 on pci-root, the rest nested on bridges 1 and 2,
// always bus < index) and `nics` e1000 NICs filling the buses from 3 on, from slot 1.
QByteArray pcBridgedDomain(const QString& name, int bridges, int nics);

// q35, addressed: `ports` pcie-root-ports packed 8 per slot from 00:02.0 (multifunction on .0),
// a virtio NIC in every `nicEvery`-th port (1: all, 2: half).
QByteArray q35RootPortDomain(const QString& name, int ports, int nicEvery);

// Nothing addressed: `bridges` pci-bridges and `nics` NICs of `nicModel`, left for the
// assignment (libvirt's or pcitopo's) to place.
QByteArray unaddressedDomain(const QString& name, const QString& machine, const QString& nicModel,
                             int nics, int bridges);

// q35, addressed, the editor's "large domain": `rootPorts` root ports, a pcie-to-pci-bridge
// behind each and `cardsPerBridge` e1000 NICs on every bridge (32 × 31: 1057 devices).
QByteArray q35BridgedDomain(const QString& name, int rootPorts, int cardsPerBridge);

} // namespace pcitopo::bench
