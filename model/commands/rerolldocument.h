#pragma once

#include "document/documentdata.h"

#include <QUndoCommand>

class Document;

// Rolling a department up again from its units (汇总): the new figures, rows, units, projects
// and provenance replace the old ones in one undoable step; the texts stay as they are.
class RerollDocument : public QUndoCommand
{
public:
    RerollDocument(Document *document, DocumentData rolledUp);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    DocumentData m_before;
    DocumentData m_after;
};
