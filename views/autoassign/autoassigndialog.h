#pragma once

#include "autoassignpreview.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace pcitopo {

class EditorContext;

// Auto-assign: runs a placement policy (libvirt, integrated, numa, reserve:N) on a copy of the
// document, shows what would change (addresses given or moved, controllers added, refusals,
// the exact XML edits) and applies it as one command only when the user accepts.
class AutoAssignDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AutoAssignDialog(EditorContext* context, QWidget* parent = nullptr);

    QComboBox* policyField() const { return m_policy; }
    QSpinBox* reserveField() const { return m_reserve; }
    const AutoAssignPreview& preview() const { return m_preview; }
    bool apply(); // pushes the policy's command; false when there is nothing to apply

private:
    void updatePreview();
    PolicySpec currentSpec() const;

    EditorContext* m_context;
    QComboBox* m_policy = nullptr;
    QSpinBox* m_reserve = nullptr;
    QTreeWidget* m_changes = nullptr;
    QPlainTextEdit* m_diff = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    AutoAssignPreview m_preview;
};

} // namespace pcitopo
