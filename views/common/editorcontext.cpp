#include "editorcontext.h"

#include "commands/documentcommand.h"
#include "session/documentsession.h"
#include "undostackadapter.h"
#include "validation/validator.h"

namespace pcitopo {

EditorContext::EditorContext(QObject* parent) : QObject(parent) {
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &EditorContext::refresh);
}

EditorContext::~EditorContext() = default;

void EditorContext::setSession(DocumentSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_undoAdapter.reset(session ? new UndoStackAdapter(session->undoStack()) : nullptr);
    m_selection = NoElement;
    m_selectionOffset = -1;
    m_textAtLastRefresh.clear();
    m_diagnostics.clear();
    m_external.clear();
    if (m_session) {
        connect(m_session, &DocumentSession::documentChanged, this,
                &EditorContext::scheduleRefresh);
        connect(m_session, &DocumentSession::documentReplaced, this, [this] {
            m_selection = NoElement;
            m_selectionOffset = -1;
            m_textAtLastRefresh.clear();
            m_external.clear();
            m_viewChosen = false;
            emit sessionChanged();
            scheduleRefresh();
        });
        connect(m_session, &QObject::destroyed, this, [this] {
            m_undoAdapter.reset();
            m_session = nullptr;
        });
    }
    emit sessionChanged();
    scheduleRefresh();
}

bool EditorContext::hasDocument() const {
    return m_session && m_session->hasDocument();
}

const DomainDocument& EditorContext::document() const {
    return m_session->document();
}

QUndoStack* EditorContext::undoStack() const {
    return m_undoAdapter ? m_undoAdapter->stack() : nullptr;
}

const RuleTable& EditorContext::rules() const {
    return m_session ? m_session->rules() : RuleTable::builtin();
}

Machine EditorContext::machine() const {
    return hasDocument() ? topology().machine() : Machine::Q35;
}

std::shared_ptr<const Analysis> EditorContext::analysis() const {
    return m_session->analysis();
}

const Topology& EditorContext::topology() const {
    return m_session->topology();
}

const Topology& EditorContext::shownTopology() const {
    return m_session->analysis()->topology(m_view);
}

void EditorContext::setTopologyView(Topology::View view) {
    m_viewChosen = true;
    if (view == m_view)
        return;
    m_view = view;
    refreshNow();
}

const QList<Diagnostic>& EditorContext::diagnostics() const {
    return m_diagnostics;
}

bool EditorContext::execute(std::unique_ptr<DocumentCommand> command) {
    if (!command || !hasDocument())
        return false;
    QString error;
    if (!m_session->execute(std::move(command), &error)) {
        emit commandRefused(error);
        return false;
    }
    return true;
}

void EditorContext::select(ElementId element) {
    if (!hasDocument() || element < 0 || element >= document().elementCount())
        element = NoElement;
    m_selectionOffset = element == NoElement ? -1 : document().startOffset(element);
    if (element == m_selection)
        return;
    m_selection = element;
    emit selectionChanged(element);
}

void EditorContext::selectElementAtOffset(int offset) {
    if (!hasDocument())
        return;
    const DomainDocument& doc = document();
    ElementId innermost = NoElement;
    for (ElementId id = 0; id < doc.elementCount(); ++id) {
        if (doc.startOffset(id) > offset)
            break; // document order: later elements start later
        if (offset < doc.endOffset(id))
            innermost = id;
    }
    ElementId device = innermost;
    const ElementId devices = doc.devicesElement();
    while (device != NoElement && doc.parent(device) != devices)
        device = doc.parent(device);
    select(device != NoElement ? device : innermost);
}

void EditorContext::setExternalDiagnostics(const QString& source,
                                           const QList<Diagnostic>& diagnostics) {
    if (diagnostics.isEmpty())
        m_external.remove(source);
    else if (hasDocument())
        m_external.insert(source, {document().text(), diagnostics});
    refreshNow();
}

void EditorContext::appendExternalDiagnostics() {
    const QString& text = document().text();
    for (auto it = m_external.begin(); it != m_external.end();) {
        if (it->text != text) {
            it = m_external.erase(it); // about a text that is gone
            continue;
        }
        m_diagnostics.append(it->diagnostics);
        ++it;
    }
}

void EditorContext::scheduleRefresh() {
    m_refreshTimer.start();
}

void EditorContext::refreshNow() {
    m_refreshTimer.stop();
    refresh();
}

void EditorContext::refresh() {
    if (!hasDocument()) {
        m_diagnostics.clear();
        emit refreshed();
        return;
    }
    const QString& text = document().text();
    const ElementId before = m_selection;
    remapSelection(m_textAtLastRefresh, text);
    m_textAtLastRefresh = text;
    const std::shared_ptr<const Analysis> current = analysis();
    if (!m_viewChosen)
        m_view = current->defaultView();
    m_diagnostics = current->diagnostics();
    appendExternalDiagnostics();
    emit refreshed();
    if (m_selection != before)
        emit selectionChanged(m_selection);
}

// Element ids change with every edit; the selected element is found again by its start offset,
// shifted by the one changed region between the old and the new text.
void EditorContext::remapSelection(const QString& before, const QString& after) {
    if (m_selectionOffset < 0 || before.isEmpty()) {
        if (m_selectionOffset < 0)
            m_selection = NoElement;
        return;
    }
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    int offset = m_selectionOffset;
    if (offset >= before.size() - suffix)
        offset += int(after.size() - before.size());
    else if (offset >= prefix)
        offset = -1; // the selected element's start was rewritten
    m_selection = NoElement;
    m_selectionOffset = -1;
    if (offset < 0)
        return;
    const DomainDocument& doc = document();
    for (ElementId id = 0; id < doc.elementCount(); ++id) {
        if (doc.startOffset(id) == offset) {
            // The outermost element starting there: the device, not its first child.
            m_selection = id;
            m_selectionOffset = offset;
            return;
        }
        if (doc.startOffset(id) > offset)
            return;
    }
}

} // namespace pcitopo
