#include "commandhistory.h"

#include "documentcommand.h"

namespace pcitopo {

CommandHistory::CommandHistory(QObject* parent) : QObject(parent) {}

CommandHistory::~CommandHistory() = default;

void CommandHistory::push(DocumentCommand* pushed) {
    std::unique_ptr<DocumentCommand> command(pushed);
    command->redo(); // performs it when it was not executed yet (DocumentCommand::redo)
    if (command->isObsolete())
        return;
    const bool wasClean = isClean();
    m_commands.resize(m_index);
    if (m_cleanIndex > m_index)
        m_cleanIndex = -1;
    m_commands.push_back(std::move(command));
    emit commandPushed(m_index);
    setIndex(m_index + 1, wasClean);
}

void CommandHistory::undo() {
    if (!canUndo())
        return;
    const bool wasClean = isClean();
    m_commands[m_index - 1]->undo();
    setIndex(m_index - 1, wasClean);
}

void CommandHistory::redo() {
    if (!canRedo())
        return;
    const bool wasClean = isClean();
    m_commands[m_index]->redo();
    setIndex(m_index + 1, wasClean);
}

void CommandHistory::clear() {
    const bool wasClean = isClean();
    m_commands.clear(); // commands point at the document: they go before it changes
    m_index = 0;
    m_cleanIndex = 0;
    emit cleared();
    emit indexChanged(0);
    if (!wasClean)
        emit cleanChanged(true);
}

void CommandHistory::setClean() {
    const bool wasClean = isClean();
    m_cleanIndex = m_index;
    if (!wasClean)
        emit cleanChanged(true);
}

QString CommandHistory::text(int index) const {
    return index >= 0 && index < count() ? m_commands[index]->text() : QString();
}

void CommandHistory::setIndex(int index, bool wasClean) {
    m_index = index;
    emit indexChanged(index);
    if (wasClean != isClean())
        emit cleanChanged(isClean());
}

} // namespace pcitopo
