#include "undostackadapter.h"

#include "commands/commandhistory.h"

#include <QUndoCommand>

namespace pcitopo {

// One QUndoStack entry standing for the history's command at the same index.
class HistoryEntry final : public QUndoCommand {
public:
    HistoryEntry(UndoStackAdapter& adapter, const QString& text)
        : QUndoCommand(text), m_adapter(adapter) {}
    void undo() override {
        if (!m_adapter.m_mirroring)
            m_adapter.fromStack([this] { m_adapter.m_history->undo(); });
    }
    void redo() override {
        if (!m_adapter.m_mirroring)
            m_adapter.fromStack([this] { m_adapter.m_history->redo(); });
    }

private:
    UndoStackAdapter& m_adapter;
};

UndoStackAdapter::UndoStackAdapter(CommandHistory* history, QObject* parent)
    : QObject(parent), m_history(history) {
    for (int i = 0; i < history->count(); ++i)
        pushEntry(i);
    follow(history->index());
    if (history->isClean())
        followClean(true);
    connect(history, &CommandHistory::commandPushed, this, &UndoStackAdapter::pushEntry);
    connect(history, &CommandHistory::indexChanged, this, &UndoStackAdapter::follow);
    connect(history, &CommandHistory::cleanChanged, this, &UndoStackAdapter::followClean);
    connect(history, &CommandHistory::cleared, this, [this] {
        m_mirroring = true;
        m_stack.clear();
        m_mirroring = false;
    });
}

void UndoStackAdapter::pushEntry(int index) {
    m_mirroring = true;
    m_stack.setIndex(index);
    m_stack.push(new HistoryEntry(*this, m_history->text(index)));
    m_mirroring = false;
}

void UndoStackAdapter::follow(int index) {
    if (m_mirroring || m_stack.index() == index)
        return;
    m_mirroring = true;
    m_stack.setIndex(index);
    m_mirroring = false;
}

void UndoStackAdapter::followClean(bool clean) {
    if (!clean || m_stack.isClean())
        return;
    m_mirroring = true;
    m_stack.setClean();
    m_mirroring = false;
}

} // namespace pcitopo
