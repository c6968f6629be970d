#pragma once

#include "document/documentdata.h"

#include <QUndoCommand>

class Document;

// Base of adding and removing a classification (项) row of one table; removing forgets the
// row's values, and undoing the removal brings them back.
class AddRemoveClassRow : public QUndoCommand
{
protected:
    AddRemoveClassRow(Document *document, const QString &sheet, const QString &code, const QString &text,
                      QUndoCommand *parent);

    void addRow();
    void removeRow();

    Document *m_document;
    QString m_sheet;
    QString m_code;
    QList<CellInput> m_values;
};

// Adds a 科目 to one table only; AddClassRows adds it to every table that shares it.
class AddClassRow : public AddRemoveClassRow
{
public:
    AddClassRow(Document *document, const QString &sheet, const QString &code, QUndoCommand *parent = nullptr);
    void undo() override { removeRow(); }
    void redo() override { addRow(); }
};

// Removes a 科目 and its figures from one table only.
class RemoveClassRow : public AddRemoveClassRow
{
public:
    RemoveClassRow(Document *document, const QString &sheet, const QString &code, QUndoCommand *parent = nullptr);
    void undo() override { addRow(); }
    void redo() override { removeRow(); }
};

// Adding a 科目 in one table: one undo step that adds it to every table sharing that fund's
// list of 科目 (ClassRowLists) that does not have it yet.
class AddClassRows : public QUndoCommand
{
public:
    AddClassRows(Document *document, const QString &sheet, const QString &code);
};

// Removing a 科目 from the given tables, with their figures: one undo step.
class RemoveClassRows : public QUndoCommand
{
public:
    RemoveClassRows(Document *document, const QStringList &sheets, const QString &code);
};
