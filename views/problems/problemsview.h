#pragma once

#include "explain/explainer.h"
#include "validation/diagnostic.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTextBrowser;
class QTreeView;

namespace pcitopo {

class EditorContext;

// The problems dock: every diagnostic of the document (severity, message, line), the selected
// one's explanation, and a "Fix" button that applies its suggested fix as one command.
// Double-click (or Enter) selects the element at fault in every view.
class ProblemsView final : public QWidget {
    Q_OBJECT
public:
    explicit ProblemsView(EditorContext* context, QWidget* parent = nullptr);

    QTreeView* treeView() const { return m_tree; }
    QPushButton* fixButton() const { return m_fixButton; }
    QPushButton* whyButton() const { return m_whyButton; }
    QPushButton* waiveButton() const { return m_waiveButton; }
    // Waives the warning or note at `row`, or restores it when it is waived (one command).
    bool toggleWaiver(int row);
    int problemCount() const;
    // Applies the fix of the diagnostic at `row`; false when it has none or it was refused.
    bool applyFix(int row);
    // The "Why?" of the diagnostic at `row` (its code, else its rule), as `pcitopo explain`.
    Explanation explanationFor(int row) const;

signals:
    // A short summary for the status bar: "2 errors, 1 warning".
    void summaryChanged(const QString& summary);

private:
    void rebuild();
    void showDetails();
    void activate(int row);
    int currentRow() const;

    EditorContext* m_context;
    QList<Diagnostic> m_shown;
    QStandardItemModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_fixButton = nullptr;
    QPushButton* m_whyButton = nullptr;
    QPushButton* m_waiveButton = nullptr;
};

} // namespace pcitopo
