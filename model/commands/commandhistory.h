#pragma once

// The model's own undo history: a list of DocumentCommands and an index, with QUndoStack's
// names and signals for the part pcitopo uses. The model links Qt Core only, so the command
// line never maps Qt Gui; the editor mirrors this history into a QUndoStack for its Undo/Redo
// actions and History panel (views/common/undostackadapter.h).

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

namespace pcitopo {

class DocumentCommand;

class CommandHistory final : public QObject {
    Q_OBJECT
public:
    explicit CommandHistory(QObject* parent = nullptr);
    ~CommandHistory() override;

    // Takes ownership. A command not yet executed is executed now and dropped when it failed
    // or changed nothing; an executed one is recorded as it is. Redo-able entries are dropped.
    void push(DocumentCommand* command);
    void undo();
    void redo();
    void clear();
    void setClean();

    int count() const { return int(m_commands.size()); }
    int index() const { return m_index; } // commands [0, index) are applied
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < count(); }
    bool isClean() const { return m_index == m_cleanIndex; }
    QString text(int index) const;
    QString undoText() const { return canUndo() ? text(m_index - 1) : QString(); }
    QString redoText() const { return canRedo() ? text(m_index) : QString(); }

signals:
    void indexChanged(int index); // push, undo, redo: the document's text changed
    void commandPushed(int index);
    void cleared();
    void cleanChanged(bool clean);

private:
    void setIndex(int index, bool wasClean);

    std::vector<std::unique_ptr<DocumentCommand>> m_commands;
    int m_index = 0;
    int m_cleanIndex = 0; // -1: the clean state was discarded (cannot be reached again)
};

} // namespace pcitopo
