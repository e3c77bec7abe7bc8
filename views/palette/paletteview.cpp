#include "paletteview.h"

#include "palettemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace pcitopo {

PaletteView::PaletteView(const RuleTable& rules, QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("Palette"));
    setAccessibleDescription(tr("Devices and controllers to add: search, then drag one onto a "
                                "slot or press Enter to let libvirt place it"));
    m_model = new PaletteModel(rules, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(PaletteModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search devices…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the palette"));

    m_tree = new QTreeView(this);
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(false);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Device palette"));
    m_tree->setAccessibleDescription(tr("Drag a device or controller onto a slot of the graph"));
    fitColumns();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(PaletteModel::EntryIdRole).toString();
        if (!id.isEmpty())
            emit entryActivated(id);
    });
}

void PaletteView::setMachine(Machine machine) {
    m_model->setMachine(machine);
    fitColumns();
}

// A rebuilt model brings new header sections: their resize modes are set again.
void PaletteView::fitColumns() {
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->expandAll();
}

QString PaletteView::currentEntryId() const {
    return m_tree->currentIndex().data(PaletteModel::EntryIdRole).toString();
}

} // namespace pcitopo
