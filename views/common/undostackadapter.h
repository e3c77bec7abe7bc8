#pragma once

// The editor's QUndoStack over the model's CommandHistory (the model links Qt Core only). One
// proxy entry per history command, with its text: QUndoStack's undo/redo (the Undo action, the
// History panel) drive the history, and the history's own moves (tests, the CLI's API, open)
// are mirrored into the stack.

#include <QObject>
#include <QUndoStack>

namespace pcitopo {

class CommandHistory;

class UndoStackAdapter final : public QObject {
    Q_OBJECT
public:
    UndoStackAdapter(CommandHistory* history, QObject* parent = nullptr);

    QUndoStack* stack() { return &m_stack; }
    CommandHistory* history() const { return m_history; }

private:
    friend class HistoryEntry;
    void pushEntry(int index);
    void follow(int index);
    void followClean(bool clean);
    // Runs a history move from a proxy entry; the history's signals are not mirrored back.
    template <typename Move>
    void fromStack(Move move) {
        m_mirroring = true;
        move();
        m_mirroring = false;
    }

    CommandHistory* m_history;
    QUndoStack m_stack;
    bool m_mirroring = false; // the stack follows the history: its entries must not act
};

} // namespace pcitopo
