#include "documentsession.h"

namespace pcitopo {

DocumentSession::DocumentSession(QObject* parent, const RuleTable& rules)
    : QObject(parent), m_rules(rules), m_document(std::make_unique<DomainDocument>()),
      m_undoStack(new CommandHistory(this)) {
    // indexChanged fires on push, undo, redo and clear: exactly "the text changed".
    connect(m_undoStack, &CommandHistory::indexChanged, this, [this] {
        invalidate();
        emit documentChanged();
    });
    connect(m_undoStack, &CommandHistory::cleanChanged, this, &DocumentSession::cleanChanged);
}

DocumentSession::~DocumentSession() {
    // A session being destroyed tells nobody: its receivers may be half destroyed already (the
    // main window that owns it is in ~QWidget when its children go; UBSan caught the call).
    blockSignals(true);
    // Commands point at the document: the stack's history goes first.
    m_undoStack->clear();
}

bool DocumentSession::open(const QString& path, DocumentError* error) {
    std::optional<DomainDocument> doc = DomainDocument::fromFile(path, error);
    if (!doc)
        return false;
    setDocument(std::move(*doc), path);
    return true;
}

bool DocumentSession::openBytes(const QByteArray& bytes, const QString& fileName,
                                DocumentError* error) {
    std::optional<DomainDocument> doc = DomainDocument::fromBytes(bytes, fileName, error);
    if (!doc)
        return false;
    setDocument(std::move(*doc), QString());
    return true;
}

void DocumentSession::setDocument(DomainDocument document, const QString& path) {
    m_undoStack->clear();
    *m_document = std::move(document); // same object: commands never outlive it
    m_filePath = path;
    invalidate();
    emit filePathChanged(path);
    emit documentReplaced();
    emit documentChanged();
}

bool DocumentSession::save(const QString& path, QString* error) {
    const QString target = path.isEmpty() ? m_filePath : path;
    if (target.isEmpty()) {
        if (error)
            *error = QStringLiteral("no file name");
        return false;
    }
    if (!m_document->save(target, error))
        return false;
    m_undoStack->setClean();
    if (target != m_filePath) {
        m_filePath = target;
        m_document->setFileName(target);
        emit filePathChanged(target);
    }
    return true;
}

bool DocumentSession::execute(std::unique_ptr<DocumentCommand> command, QString* error) {
    if (!command->execute(error))
        return false;
    if (command->changed())
        m_undoStack->push(command.release()); // the history owns its commands
    return true;
}

void DocumentSession::invalidate() {
    ++m_revision;
    m_analysis.reset();
}

std::shared_ptr<const Analysis> DocumentSession::analysis() const {
    if (!m_analysis)
        m_analysis = Analysis::compute(*m_document, m_rules);
    return m_analysis;
}

} // namespace pcitopo
