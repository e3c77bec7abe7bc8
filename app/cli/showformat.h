#pragma once

// The two outputs of `pcitopo show`: an lspci -tv style tree and JSON with the same content.
// Both read a Topology only; show.cpp parses the arguments and loads the file.

#include "topology/topology.h"

#include <QJsonObject>
#include <QString>

namespace pcitopo::cli {

// What a show line says about one occupant of a slot.
struct OccupantFacts {
    QString kind;  // "interface", "controller", …; "chipset" for a reserved machine function
    QString model; // model as written, else what names the device (controller type, disk bus)
    QString label; // the graph chip's text
};
OccupantFacts occupantFacts(const Topology& topology, const Occupant& occupant);

// "3 free hotpluggable PCIe ports, 0 free PCI slots" (singular for 1).
QString headroomText(const Headroom& headroom);

// Every bus below the controller it sits on, then buses that sit nowhere (unplaced expanders,
// gap buses), unplaced devices and the headroom line.
QString showText(const Topology& topology, const QString& fileName);

// {"file", "machine", "machineAsWritten", "buses": [...], "unplaced": [...], "headroom": {...}}
QJsonObject showJson(const Topology& topology, const QString& fileName);

} // namespace pcitopo::cli
