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

// "Move to…": the keyboard (and screen reader) way to do what dragging a chip does. Lists every
// slot cell with the drag's own verdict (allVerdicts), colour, icon (✓ ⚠ ✕) and reason, and the
// rule's teaching text for the current row. The caller performs the move through
// GraphView::dropOnSlot, the drop's own path, so it is the same single undoable command.
class MoveToDialog final : public QDialog {
    Q_OBJECT
public:
    MoveToDialog(EditorContext* context, int deviceIndex, QWidget* parent = nullptr);

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
    int m_deviceIndex;
    QList<CellVerdict> m_verdicts;
    QTreeWidget* m_list = nullptr;
    QCheckBox* m_hideIllegal = nullptr;
    QLabel* m_why = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pcitopo
