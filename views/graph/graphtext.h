#pragma once

#include "layout/topologylayout.h"

#include <QCoreApplication>

namespace pcitopo {

// The graph's words in the user's language. TopologyLayout writes English labels, because
// `pcitopo render` (SVG, text) shares it and the model never translates; the scene asks here
// instead, rebuilding the same texts from the topology through tr().
class GraphText {
    Q_DECLARE_TR_FUNCTIONS(GraphText)
public:
    static QString label(const LayoutItem& item, const Topology& topology);
    static QString detail(const LayoutItem& item, const Topology& topology);
    // A slot's unusableReason ("host bridge", "bridge's own slot").
    static QString slotReason(const QString& english);
};

} // namespace pcitopo
