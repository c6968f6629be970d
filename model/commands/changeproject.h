#pragma once

#include "document/documentdata.h"

#include <QUndoCommand>

class Document;

// Editing a project's fields or outputs. Consecutive edits of the same project merge.
class ChangeProject : public QUndoCommand
{
public:
    ChangeProject(Document *document, int index, const Project &project);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    int m_index;
    Project m_before;
    Project m_after;
};
