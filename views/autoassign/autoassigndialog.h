#pragma once

#include "document/domaindocument.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace pcitopo {

class EditorContext;

// Auto-assign: runs a placement policy on a copy of the document, shows what would change
// (addresses given or moved, controllers added, libvirt's refusals, the exact XML edits) and
// applies it as one command only when the user accepts.
class AutoAssignDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AutoAssignDialog(EditorContext* context, QWidget* parent = nullptr);

    QTreeWidget* changesView() const { return m_changes; }
    int changeCount() const { return int(m_splices.size()); }
    bool apply(); // pushes the previewed edits; false when there is nothing to apply

private:
    void preview();

    EditorContext* m_context;
    QComboBox* m_policy = nullptr;
    QTreeWidget* m_changes = nullptr;
    QPlainTextEdit* m_diff = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<TextSplice> m_splices;
};

} // namespace pcitopo
