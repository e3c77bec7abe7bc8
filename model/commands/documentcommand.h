#pragma once

// Every edit of a domain is one command of the model's CommandHistory, made of TextSplices
// (LibrePCB's pattern): the first execute() performs the edit through DomainDocument's edit
// functions and records the splices they return; undo applies their inverses in reverse order, so
// it restores the exact bytes; redo re-applies the recorded splices. A command that changed nothing
// reports changed() == false and must not reach the undo stack (DocumentSession::execute drops it;
// pushed directly, it marks itself obsolete and the history drops it).

#include "document/domaindocument.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace pcitopo {

// QUndoCommand's names (text, undo, redo, obsolete), without Qt Gui: the editor adapts the
// history to a QUndoStack (views/common/undostackadapter.h).
class DocumentCommand {
public:
    DocumentCommand(DomainDocument& document, const QString& text);
    virtual ~DocumentCommand() = default;
    DocumentCommand(const DocumentCommand&) = delete;
    DocumentCommand& operator=(const DocumentCommand&) = delete;

    QString text() const { return m_text; }
    void setText(const QString& text) { m_text = text; }
    bool isObsolete() const { return m_obsolete; }
    void setObsolete(bool obsolete) { m_obsolete = obsolete; }

    // Performs the edit once. On failure the document is left as it was and `error` says why.
    bool execute(QString* error = nullptr);
    bool changed() const { return !m_splices.isEmpty(); }
    const QList<TextSplice>& splices() const { return m_splices; }

    virtual void undo();
    virtual void redo();

protected:
    // Makes the edit with document()'s edit functions, passing each returned splice to
    // record(). Returns false (with a reason) to refuse; recorded splices are then rolled back.
    virtual bool perform(QString* error) = 0;
    DomainDocument& document() { return *m_document; }
    void record(const TextSplice& splice);
    // Applies a splice computed elsewhere (the placer's result) and records it.
    bool applyAndRecord(const TextSplice& splice, QString* error);
    bool isElement(ElementId id) const { return id >= 0 && id < m_document->elementCount(); }

private:
    void rollBack();

    DomainDocument* m_document; // the session's document; outlives its undo stack
    QString m_text;
    bool m_obsolete = false;
    QList<TextSplice> m_splices;
    bool m_executed = false;
    bool m_appliedNotPushed = false; // execute() ran; the push's redo() must not apply again
};

// Several commands as one transaction and one undo entry (drop a device onto a new root port:
// add the port, then the device). Steps are made when their turn comes, because element ids
// change with every edit; a failing step rolls back the whole transaction.
class CompoundCommand : public DocumentCommand {
public:
    using Step = std::function<std::unique_ptr<DocumentCommand>(DomainDocument&)>;

    CompoundCommand(DomainDocument& document, const QString& text);
    void addStep(Step step);

protected:
    bool perform(QString* error) override;

private:
    QList<Step> m_steps;
};

} // namespace pcitopo
