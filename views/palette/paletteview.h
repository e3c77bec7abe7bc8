#pragma once

#include "rules/ruletable.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace pcitopo {

class PaletteModel;

// The palette dock: a search box over the grouped device classes and controller models of the
// rule table. Entries are dragged onto the graph; Enter on an entry asks to add it (the main
// window places it where libvirt would).
class PaletteView final : public QWidget {
    Q_OBJECT
public:
    explicit PaletteView(const RuleTable& rules, QWidget* parent = nullptr);
    void setMachine(Machine machine);
    QTreeView* treeView() const { return m_tree; }
    QLineEdit* searchField() const { return m_search; }
    QString currentEntryId() const;

signals:
    void entryActivated(const QString& entryId);

private:
    void fitColumns();

    PaletteModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QTreeView* m_tree = nullptr;
};

} // namespace pcitopo
