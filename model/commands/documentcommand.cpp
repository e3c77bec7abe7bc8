#include "documentcommand.h"

#include <QtDebug>

namespace pcitopo {

DocumentCommand::DocumentCommand(DomainDocument& document, const QString& text)
    : m_document(&document), m_text(text) {}

bool DocumentCommand::execute(QString* error) {
    if (m_executed)
        return true;
    m_executed = true;
    QString reason;
    if (!perform(&reason)) {
        rollBack();
        if (error)
            *error = reason.isEmpty() ? QStringLiteral("the edit could not be made") : reason;
        return false;
    }
    m_appliedNotPushed = true;
    return true;
}

void DocumentCommand::record(const TextSplice& splice) {
    if (!splice.isNoop())
        m_splices.append(splice);
}

bool DocumentCommand::applyAndRecord(const TextSplice& splice, QString* error) {
    if (splice.isNoop())
        return true;
    if (!m_document->apply(splice)) {
        if (error)
            *error = QStringLiteral("the edit at offset %1 does not match the document")
                         .arg(splice.offset);
        return false;
    }
    m_splices.append(splice);
    return true;
}

void DocumentCommand::rollBack() {
    for (auto it = m_splices.crbegin(); it != m_splices.crend(); ++it)
        if (!m_document->apply(it->inverted()))
            qWarning("pcitopo: rolling back an edit failed at offset %d", it->offset);
    m_splices.clear();
}

void DocumentCommand::undo() {
    for (auto it = m_splices.crbegin(); it != m_splices.crend(); ++it)
        if (!m_document->apply(it->inverted()))
            qWarning("pcitopo: undo failed at offset %d", it->offset);
}

void DocumentCommand::redo() {
    if (!m_executed) { // pushed without execute(): perform now, vanish if nothing changed
        if (!execute() || !changed())
            setObsolete(true);
        m_appliedNotPushed = false;
        return;
    }
    if (m_appliedNotPushed) { // CommandHistory::push after execute(): the edit is already there
        m_appliedNotPushed = false;
        return;
    }
    for (const TextSplice& splice : std::as_const(m_splices))
        if (!m_document->apply(splice))
            qWarning("pcitopo: redo failed at offset %d", splice.offset);
}

CompoundCommand::CompoundCommand(DomainDocument& document, const QString& text)
    : DocumentCommand(document, text) {}

void CompoundCommand::addStep(Step step) {
    m_steps.append(std::move(step));
}

bool CompoundCommand::perform(QString* error) {
    for (const Step& step : std::as_const(m_steps)) {
        std::unique_ptr<DocumentCommand> command = step(document());
        if (!command)
            continue;
        if (!command->execute(error))
            return false;
        for (const TextSplice& splice : command->splices())
            record(splice);
    }
    return true;
}

} // namespace pcitopo
