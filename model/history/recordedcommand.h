#pragma once

#include <QUndoCommand>

#include <memory>

class Document;

// Wraps each command the document pushes, so that the history knows whether the write it is
// recording is the edit itself, its undo or its redo, and under which undo text.
class RecordedCommand : public QUndoCommand {
public:
    // Takes ownership of `command`.
    RecordedCommand(Document *document, QUndoCommand *command);
    ~RecordedCommand() override;

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    std::unique_ptr<QUndoCommand> m_command;
    bool m_done = false; // the first redo is the edit itself
};
