#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

namespace pcitopo {

class GraphView;
class SlotItem;

// Qt does not show QGraphicsItems to assistive technology. The graph view's accessible
// interface lists its slot cells as children instead, so a screen reader can walk them and read
// "bus 3, pcie-root-port, slot 0, empty, hotpluggable" (and the verdict while one is shown).
// Installed for every GraphView by installGraphAccessibility(); the cells' interfaces are keyed
// by (bus, first slot), so they survive the scene's rebuild after every edit.
class GraphViewAccessible final : public QAccessibleWidget {
public:
    explicit GraphViewAccessible(GraphView* view);
    ~GraphViewAccessible() override;

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;

    // The interface of a cell (nullptr when the scene has no such item).
    QAccessibleInterface* interfaceOf(const SlotItem* item) const;

private:
    GraphView* view() const;

    mutable QHash<quint32, QAccessible::Id> m_cells;
};

// Registers the factory that gives every GraphView the interface above (idempotent).
void installGraphAccessibility();

} // namespace pcitopo
