#pragma once

#include "document/documentdata.h"

#include <QUndoCommand>

class Document;

// Base of adding and removing a classification (项) row of a table; removing forgets the
// row's values, and undoing the removal brings them back.
class AddRemoveClassRow : public QUndoCommand
{
protected:
    AddRemoveClassRow(Document *document, const QString &sheet, const QString &code, const QString &text);

    void addRow();
    void removeRow();

    Document *m_document;
    QString m_sheet;
    QString m_code;
    QList<CellInput> m_values;
};

class AddClassRow : public AddRemoveClassRow
{
public:
    AddClassRow(Document *document, const QString &sheet, const QString &code);
    void undo() override { removeRow(); }
    void redo() override { addRow(); }
};

class RemoveClassRow : public AddRemoveClassRow
{
public:
    RemoveClassRow(Document *document, const QString &sheet, const QString &code);
    void undo() override { addRow(); }
    void redo() override { removeRow(); }
};
