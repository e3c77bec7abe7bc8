#pragma once

#include "libvirtverdict.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace pcitopo::cli {

// One PCI entry (device address or controller) where libvirt and pcitopo differ.
struct AddressDifference {
    QString device;  // "interface #0", "controller pci 2", "disk vda"
    QString libvirt; // "01:00.0 [model=pcie-root-port chassis=1 port=16]", "(none)"
    QString pcitopo;
};

// One file of `pcitopo check`: libvirt's verdict and addresses next to pcitopo's.
struct CheckRow {
    QString file;
    LibvirtVerdict libvirt;
    bool pcitopoAccepts = false;    // no define-time error (what libvirt's define would say)
    QStringList pcitopoErrors;      // its define-time errors, libvirt's wording
    QStringList pcitopoStartErrors; // errors QEMU would raise at start (libvirt accepts those)
    QList<AddressDifference> differences; // when both accept
    int comparedEntries = 0;              // PCI entries compared when both accept

    bool verdictAgrees() const { return libvirt.ok == pcitopoAccepts; }
    bool agrees() const { return verdictAgrees() && differences.isEmpty(); }
};

// pcitopo's side of a row (validator and placement) for the file's text, next to libvirt's
// verdict on the same text. `readError` set: pcitopo could not read the file (it refuses it).
CheckRow compareWithLibvirt(const QString& file, const QByteArray& bytes,
                            const LibvirtVerdict& libvirt);

void printCheckText(QTextStream& out, const CheckRow& row);
void printCheckJson(QTextStream& out, const CheckRow& row);

} // namespace pcitopo::cli
