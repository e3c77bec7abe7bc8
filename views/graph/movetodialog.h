#pragma once

#include "topology/dropverdict.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace pcitopo {

class EditorContext;

// "Move to…" / "Add to…": the keyboard (and screen reader) way to do what dragging a chip or a
// palette entry does. Lists every slot cell with the drag's own verdict (allVerdicts), colour,
// icon (✓ ⚠ ✕) and reason, and the rule's teaching text for the current row. The caller drops
// through GraphView::dropOnSlot, the drop's own path, so it is the same single undoable command.
class MoveToDialog final : public QDialog {
    Q_OBJECT
public:
    // Moving a placed (or unplaced) device of the inventory.
    MoveToDialog(EditorContext* context, int deviceIndex, QWidget* parent = nullptr);
    // Any drag: `label` names what is dragged ("Intel e1000 (PCI)"); `adding` words it as an add.
    MoveToDialog(EditorContext* context, const DropCandidate& candidate, const QString& label,
                 bool adding, QWidget* parent = nullptr);

    QTreeWidget* slotList() const { return m_list; }
    QCheckBox* hideIllegalBox() const { return m_hideIllegal; }
    QLabel* whyLabel() const { return m_why; }
    // The current row's cell when it can take the device.
    std::optional<CellVerdict> chosenCell() const;
    // Makes the row of (bus, slot) current; false when there is none.
    bool selectCell(int bus, int slot);

private:
    void fillList();
    void updateDetails();
    void applyFilter();

    EditorContext* m_context;
    DropCandidate m_candidate;
    QList<CellVerdict> m_verdicts;
    QTreeWidget* m_list = nullptr;
    QCheckBox* m_hideIllegal = nullptr;
    QLabel* m_why = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pcitopo
