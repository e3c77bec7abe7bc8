#include "graphaccessible.h"

#include "graphscene.h"
#include "graphview.h"
#include "slotitem.h"

#include <QWindow>

namespace pcitopo {

namespace {
quint32 cellKey(int bus, int slot) {
    return quint32(bus) << 8 | quint32(slot);
}

// One slot cell. It holds no pointer to its item: the scene is rebuilt after every edit, so
// the item is looked up by (bus, slot) each time and the interface is invalid while it is gone.
class SlotAccessible final : public QAccessibleInterface {
public:
    SlotAccessible(GraphView* view, int bus, int slot) : m_view(view), m_bus(bus), m_slot(slot) {}

    bool isValid() const override { return item() != nullptr; }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    QString text(QAccessible::Text t) const override {
        const SlotItem* cell = item();
        if (!cell)
            return {};
        if (t == QAccessible::Name)
            return cell->accessibleText();
        if (t == QAccessible::Description)
            return cell->toolTip();
        return {};
    }
    void setText(QAccessible::Text, const QString&) override {}
    QRect rect() const override {
        const SlotItem* cell = item();
        if (!cell)
            return {};
        const QRect inView = m_view->mapFromScene(cell->sceneBoundingRect()).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(inView.topLeft()), inView.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override {
        QAccessible::State state;
        const SlotItem* cell = item();
        if (!cell) {
            state.invalid = true;
            return state;
        }
        state.focusable = true;
        state.focused = m_view->keyboardSlot() == cell;
        state.invisible = !m_view->viewport()->rect().intersects(
            m_view->mapFromScene(cell->sceneBoundingRect()).boundingRect());
        state.offscreen = state.invisible;
        return state;
    }

private:
    const SlotItem* item() const {
        if (!m_view)
            return nullptr;
        const SlotItem* cell = m_view->graphScene()->slotItem(m_bus, m_slot);
        return cell && cell->look().slot == m_slot ? cell : nullptr;
    }

    QPointer<GraphView> m_view;
    int m_bus;
    int m_slot;
};

QAccessibleInterface* graphAccessibleFactory(const QString&, QObject* object) {
    if (auto* view = qobject_cast<GraphView*>(object))
        return new GraphViewAccessible(view);
    return nullptr;
}
} // namespace

GraphViewAccessible::GraphViewAccessible(GraphView* view)
    : QAccessibleWidget(view, QAccessible::List) {}

GraphViewAccessible::~GraphViewAccessible() {
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
}

GraphView* GraphViewAccessible::view() const {
    return static_cast<GraphView*>(widget());
}

int GraphViewAccessible::childCount() const {
    return view()->graphScene()->slotItemCount();
}

QAccessibleInterface* GraphViewAccessible::interfaceOf(const SlotItem* item) const {
    if (!item)
        return nullptr;
    const quint32 key = cellKey(item->look().bus, item->look().slot);
    auto it = m_cells.constFind(key);
    if (it == m_cells.cend())
        it = m_cells.insert(key, QAccessible::registerAccessibleInterface(new SlotAccessible(
                                     view(), item->look().bus, item->look().slot)));
    return QAccessible::accessibleInterface(*it);
}

QAccessibleInterface* GraphViewAccessible::child(int index) const {
    const QList<SlotItem*>& items = view()->graphScene()->slotItems();
    return index >= 0 && index < items.size() ? interfaceOf(items.at(index)) : nullptr;
}

int GraphViewAccessible::indexOfChild(const QAccessibleInterface* child) const {
    const QList<SlotItem*>& items = view()->graphScene()->slotItems();
    for (int i = 0; i < items.size(); ++i)
        if (interfaceOf(items.at(i)) == child)
            return i;
    return -1;
}

QAccessibleInterface* GraphViewAccessible::childAt(int x, int y) const {
    const QPoint inViewport = view()->viewport()->mapFromGlobal(QPoint(x, y));
    return interfaceOf(view()->graphScene()->slotAt(view()->mapToScene(inViewport)));
}

QAccessibleInterface* GraphViewAccessible::focusChild() const {
    return interfaceOf(view()->keyboardSlot());
}

void installGraphAccessibility() {
    QAccessible::installFactory(graphAccessibleFactory);
}

} // namespace pcitopo
