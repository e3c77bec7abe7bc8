#pragma once

#include "document/domaindocument.h"
#include "topology/dropverdict.h"
#include "validation/diagnostic.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPixmap>

namespace pcitopo {

class AddTargetItem;
class BusItem;
class ChipItem;
class EditorContext;
class SlotItem;
class TopologyLayout;

// The graph's items, rebuilt from the model's TopologyLayout after every change: the scene is
// a picture of the model, never the document. It draws exactly the geometry `pcitopo render`
// writes, and keeps indexes from (bus, slot) and element ids to items for drag feedback and
// selection.
class GraphScene final : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);

    void rebuild(const EditorContext& context);
    // The shape (width : height) the layout wraps its rows towards: the view's.
    void setTargetAspect(qreal aspect) { m_targetAspect = aspect; }
    qreal targetAspect() const { return m_targetAspect; }
    // Zoomed in far, runs of free slots are drawn as single cells (the next rebuild).
    void setExpandRuns(bool expand) { m_expandRuns = expand; }
    bool expandsRuns() const { return m_expandRuns; }
    void build(const TopologyLayout& layout, const Topology& topology,
               const QList<Diagnostic>& diagnostics, const DomainDocument& document);
    void clearGraph();

    SlotItem* slotAt(const QPointF& scenePos) const;
    SlotItem* slotItem(int bus, int slot) const; // the cell (or collapsed run) showing it
    ChipItem* chipAt(const QPointF& scenePos) const;
    ChipItem* chipOfElement(ElementId element) const;
    ElementId busElementAt(const QPointF& scenePos) const;
    QRectF rectOfElement(ElementId element) const;
    QPixmap chipPixmap(ChipItem* chip) const;
    int chipCount() const { return int(m_chips.size()); }
    int slotItemCount() const { return int(m_slotItems.size()); }
    const QList<SlotItem*>& slotItems() const { return m_slotItems; } // in layout order

    void setSelectedElement(ElementId element);
    void showVerdicts(const QList<CellVerdict>& verdicts);
    void clearVerdicts(); // and the add target
    // Offers "add this controller" as a drop target: beside the root complex when that is in
    // `visible` (the view's part of the scene), else at the top right of `visible`.
    void showAddTarget(const QString& label, const QString& description, const QRectF& visible);
    AddTargetItem* addTarget() const { return m_addTarget; }
    bool isOverAddTarget(const QPointF& scenePos) const;

private:
    static quint32 cellKey(int bus, int slot) { return quint32(bus) << 8 | quint32(slot); }
    void addLayoutItems(const TopologyLayout& layout, const Topology& topology,
                        const QHash<ElementId, Diagnostic>& problems);

    QHash<quint32, SlotItem*> m_cells;
    QList<SlotItem*> m_slotItems;
    QHash<ElementId, ChipItem*> m_chips;
    QHash<ElementId, BusItem*> m_buses;
    QList<BusItem*> m_busItems;
    ElementId m_selected = NoElement;
    qreal m_targetAspect = 1.6;
    bool m_expandRuns = false;
    QRectF m_rootRect;
    AddTargetItem* m_addTarget = nullptr; // owned by the scene
};

} // namespace pcitopo
