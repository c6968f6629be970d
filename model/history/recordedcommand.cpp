#include "history/recordedcommand.h"

#include "document/document.h"
#include "history/historyrecorder.h"

namespace {

// Sets the recorder's action for the length of one undo or redo.
class ActionScope {
public:
    ActionScope(HistoryRecorder *recorder, HistoryEntry::Kind kind, const QString &action)
        : m_recorder(recorder)
    {
        if (m_recorder)
            m_recorder->setAction(kind, action);
    }
    ~ActionScope()
    {
        if (m_recorder)
            m_recorder->clearAction();
    }
    ActionScope(const ActionScope &) = delete;
    ActionScope &operator=(const ActionScope &) = delete;

private:
    HistoryRecorder *m_recorder;
};

} // namespace

RecordedCommand::RecordedCommand(Document *document, QUndoCommand *command)
    : QUndoCommand(command->text())
    , m_document(document)
    , m_command(command)
{
}

RecordedCommand::~RecordedCommand() = default;

void RecordedCommand::undo()
{
    const ActionScope scope(m_document->history(), HistoryEntry::Kind::Undo, text());
    m_command->undo();
    setObsolete(m_command->isObsolete());
}

void RecordedCommand::redo()
{
    const ActionScope scope(
        m_document->history(), m_done ? HistoryEntry::Kind::Redo : HistoryEntry::Kind::Edit, text());
    m_done = true;
    m_command->redo();
    setObsolete(m_command->isObsolete());
}

int RecordedCommand::id() const
{
    return m_command->id();
}

bool RecordedCommand::mergeWith(const QUndoCommand *other)
{
    // A command pushed onto the stack directly, past the document, arrives unwrapped.
    const auto *recorded = dynamic_cast<const RecordedCommand *>(other);
    if (!m_command->mergeWith(recorded ? recorded->m_command.get() : other))
        return false;
    setText(m_command->text());
    return true;
}
