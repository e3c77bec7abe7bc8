#pragma once

#include "analysis/analysis.h"
#include "document/domaindocument.h"
#include "topology/topology.h"
#include "validation/diagnostic.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

class QUndoStack;

namespace pcitopo {

class DocumentCommand;
class DocumentSession;
class UndoStackAdapter;

// What every view of the editor shares: the session (document + undo stack), the model derived
// from it (topology, diagnostics, layout) and the selection. Document changes are coalesced by a
// zero-timer into one refreshed() signal, so the tree, graph, inspector and problems panel
// rebuild once per change, never per splice. Views never edit the document themselves: they
// build a command and call execute().
class EditorContext final : public QObject {
    Q_OBJECT
public:
    explicit EditorContext(QObject* parent = nullptr);
    ~EditorContext() override;

    // Not owned; the session outlives the context's use of it (the main window owns both).
    void setSession(DocumentSession* session);
    DocumentSession* session() const { return m_session; }
    bool hasDocument() const;

    const DomainDocument& document() const;
    // The session's CommandHistory mirrored into a QUndoStack (Undo action, History panel).
    QUndoStack* undoStack() const;
    const RuleTable& rules() const;
    Machine machine() const;
    // The revision's one analysis (DocumentSession caches it): everything below reads it.
    std::shared_ptr<const Analysis> analysis() const;
    const Topology& topology() const; // as written: drag verdicts, edits
    // What the graph and the tree draw: as written, or as libvirt will define it (the planned
    // items dashed). A new document opens in its analysis's default view.
    const Topology& shownTopology() const;
    Topology::View topologyView() const { return m_view; }
    void setTopologyView(Topology::View view);
    const QList<Diagnostic>& diagnostics() const;
    // Diagnostics from outside the validator under a source name (e.g. "libvirt": its answer to
    // Save to libvirt). They are listed after the validator's for as long as the document's text
    // is the one they were about; an edit, undo or open drops them. An empty list clears them.
    void setExternalDiagnostics(const QString& source, const QList<Diagnostic>& diagnostics);

    // Runs a command through the session (one undo entry when it changed something). A refusal
    // is reported by commandRefused(reason) and returns false; so does a null command.
    bool execute(std::unique_ptr<DocumentCommand> command);

    ElementId selection() const { return m_selection; }
    void select(ElementId element);
    // Selects the device (child of <devices>) containing the text offset, else the innermost
    // element there.
    void selectElementAtOffset(int offset);

    // Recomputes now instead of at the next event loop turn (tests, file loads).
    void refreshNow();

signals:
    void sessionChanged();
    void refreshed();
    void selectionChanged(ElementId element);
    void commandRefused(const QString& reason);

private:
    void scheduleRefresh();
    void refresh();
    void appendExternalDiagnostics();
    void remapSelection(const QString& before, const QString& after);

    DocumentSession* m_session = nullptr;
    std::unique_ptr<UndoStackAdapter> m_undoAdapter; // the session's history as a QUndoStack
    QTimer m_refreshTimer;
    QList<Diagnostic> m_diagnostics;
    struct ExternalDiagnostics {
        QString text; // the document text they are about
        QList<Diagnostic> diagnostics;
    };
    QHash<QString, ExternalDiagnostics> m_external;
    QString m_textAtLastRefresh;
    Topology::View m_view = Topology::View::Defined;
    bool m_viewChosen = false; // by the user, for this document
    ElementId m_selection = NoElement;
    int m_selectionOffset = -1; // start offset of the selected element, survives edits elsewhere
};

} // namespace pcitopo
