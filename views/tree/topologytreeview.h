#pragma once

#include "document/domaindocument.h"

#include <QTreeView>

class QStandardItem;
class QStandardItemModel;

namespace pcitopo {

class EditorContext;
struct Bus;
class Topology;

// The topology as a tree: each root bus, its occupied slots and the controllers' buses nested
// under the slot they sit in; devices that still need an address in a group of their own.
// Follows the shared selection and sets it.
class TopologyTreeView final : public QTreeView {
    Q_OBJECT
public:
    enum Role { ElementRole = Qt::UserRole + 1 };

    explicit TopologyTreeView(EditorContext* context, QWidget* parent = nullptr);
    QModelIndex indexOfElement(ElementId element) const;

private:
    void rebuild();
    void followSelection(ElementId element);
    QStandardItem* busItem(const Topology& topology, const Bus& bus, int depth);

    EditorContext* m_context;
    QStandardItemModel* m_model = nullptr;
    bool m_settingSelection = false;
};

} // namespace pcitopo
