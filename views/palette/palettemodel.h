#pragma once

#include "rules/ruletable.h"

#include <QStandardItemModel>

namespace pcitopo {

// The rule table's palette as a two-level model (group → entries) that drags entries out as
// mime::PaletteEntry. Each entry says whether it is PCI or PCIe on the current machine.
class PaletteModel final : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role { EntryIdRole = Qt::UserRole + 1, SearchTextRole };

    explicit PaletteModel(const RuleTable& rules, QObject* parent = nullptr);
    void setMachine(Machine machine);

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    void rebuild();
    QString busKindText(const PaletteEntry& entry) const;

    const RuleTable& m_rules;
    Machine m_machine = Machine::Q35;
};

} // namespace pcitopo
