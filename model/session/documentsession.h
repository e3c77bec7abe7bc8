#pragma once

// One open domain: the document, its undo stack, its file and its derived views (inventory,
// topology), recomputed lazily once per change. The GUI and the CLI both work through it.
//
//     DocumentSession session;
//     if (!session.open(path, &error)) ...
//     session.execute(std::make_unique<SetAddressCommand>(session.document(), el, addr));
//     const Topology& topo = session.topology(); // rebuilt after the edit, once
//     session.undoStack()->undo();               // documentChanged() again

#include "analysis/analysis.h"
#include "commands/commandhistory.h"
#include "commands/documentcommand.h"
#include "document/device.h"
#include "document/domaindocument.h"
#include "rules/ruletable.h"
#include "topology/topology.h"

#include <QObject>
#include <memory>
#include <optional>

namespace pcitopo {

class DocumentSession : public QObject {
    Q_OBJECT
public:
    explicit DocumentSession(QObject* parent = nullptr,
                             const RuleTable& rules = RuleTable::builtin());
    ~DocumentSession() override;

    // Replace the document (the undo history is cleared). False with `error` when unreadable.
    bool open(const QString& path, DocumentError* error);
    bool openBytes(const QByteArray& bytes, const QString& fileName, DocumentError* error);
    // Saves to `path` (or the current file when empty) and marks the state clean.
    bool save(const QString& path, QString* error);

    bool hasDocument() const { return m_document != nullptr; }
    DomainDocument& document() { return *m_document; }
    const DomainDocument& document() const { return *m_document; }
    QString filePath() const { return m_filePath; }
    bool isClean() const { return m_undoStack->isClean(); }
    // The model's history (QUndoStack's API; the editor mirrors it into a QUndoStack).
    CommandHistory* undoStack() const { return m_undoStack; }
    const RuleTable& rules() const { return m_rules; }

    // Runs a command and, when it changed the document, pushes it onto the undo stack.
    // Returns false with `error` when it was refused; true (and nothing pushed) for a no-op.
    bool execute(std::unique_ptr<DocumentCommand> command, QString* error = nullptr);

    // Derived from the current text; computed on first use after each change, once: every
    // consumer reads this one analysis (a shared pointer, so a consumer may keep it while the
    // session moves on).
    std::shared_ptr<const Analysis> analysis() const;
    const DeviceInventory& inventory() const { return analysis()->inventory(); }
    const Topology& topology() const { return analysis()->topology(); } // as written
    quint64 revision() const { return m_revision; }

signals:
    void documentChanged();  // after every command, undo, redo and open
    void documentReplaced(); // open(): views should drop their state
    void cleanChanged(bool clean);
    void filePathChanged(const QString& path);

private:
    void setDocument(DomainDocument document, const QString& path);
    void invalidate();

    const RuleTable& m_rules;
    std::unique_ptr<DomainDocument> m_document;
    CommandHistory* m_undoStack; // owned as a QObject child
    QString m_filePath;
    quint64 m_revision = 0;
    mutable std::shared_ptr<const Analysis> m_analysis;
};

} // namespace pcitopo
