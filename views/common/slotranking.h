#pragma once

#include "topology/dropverdict.h"

#include <QList>
#include <QString>

namespace pcitopo {

// Which slot to offer first, for Move To/Add To and for the controller the add-parent target
// creates: legal and hotpluggable in an empty slot, then legal and hotpluggable, then legal in
// an empty slot, then legal (sharing a slot: a function > 0 beside an occupied function 0
// takes hotplug away from both), then illegal. Lower is better.
int placementRank(const Topology& topology, const CellVerdict& cell);
// Best first; equal ranks keep bus and slot order.
void sortBestFirst(const Topology& topology, QList<CellVerdict>& cells);
// The best legal cell in a slot of its own (never beside an occupied function 0); nullptr when
// there is none.
const CellVerdict* bestFreeCell(const Topology& topology, const QList<CellVerdict>& cells);
// "00:0d.0", or "00:0d" when the verdict chose no function (a full slot).
QString cellAddressText(const CellVerdict& cell);

} // namespace pcitopo
