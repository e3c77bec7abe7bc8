#pragma once

// The libvirt side of the comparisons: `virsh -c qemu:///system define` of the same files
// pcitopo reads, each define followed by an untimed undefine, so the system is left as found.
// define runs libvirt's parser, its post-parse validation and its PCI address assignment: the
// work `pcitopo validate` and `pcitopo assign` do in-process.

#include <QList>
#include <QString>

namespace pcitopo::bench {

struct DomainFile {
    QString path;
    QString domainName; // <name> inside the file, for the undefine
};

struct VirshDefineTiming {
    bool available = false; // virsh runs and qemu:///system answers
    QString problem;      // "libvirt unavailable: …" or "virsh define failed: …"; empty when ok
    QList<double> wallMs; // per file, the median of the runs

    bool ok() const { return available && problem.isEmpty(); }
};

// A domain name no other run (or user) has: pcitopo-bench-<pid>-<label>.
QString uniqueDomainName(const QString& label);

// Empty when libvirt answers on qemu:///system; otherwise why not. Asked once per process.
QString libvirtUnavailableReason();

// Median wall time of `runs` × `virsh define FILE` for every file, in order. Stops at the first
// failure (reported in `problem`).
VirshDefineTiming timeVirshDefine(const QList<DomainFile>& files, int runs = 5);

} // namespace pcitopo::bench
