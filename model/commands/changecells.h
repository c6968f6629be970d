#pragma once

#include "document/documentdata.h"

#include <QUndoCommand>

class Document;

// Base of the commands that change input cells: remembers each cell's previous content so
// that undo restores exactly what was there, empty cells included.
class ChangeCells : public QUndoCommand
{
public:
    ChangeCells(Document *document, const QList<CellInput> &inputs, const QString &text);

    void undo() override;
    void redo() override;

protected:
    Document *m_document;
    QList<CellInput> m_before;
    QList<CellInput> m_after;
};
