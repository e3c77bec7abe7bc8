#pragma once

#include "document/domaindocument.h"

#include <QList>
#include <QString>

namespace pcitopo {

class Topology;

// Find (Ctrl+F): the devices and buses whose label, model, bus numbers or PCI address contain
// the text, in the graph's order (bus by bus, slot by slot, then the unplaced tray). Selecting
// a hit selects it everywhere: graph, tree, inspector and XML follow the shared selection.
struct FindHit {
    ElementId element = NoElement;
    QString text; // what the status bar says: "00:02.0 virtio-net 52:54:…:58"
};

QList<FindHit> findInTopology(const Topology& topology, const QString& needle);

} // namespace pcitopo
