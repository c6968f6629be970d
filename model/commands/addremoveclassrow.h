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

// Files a 科目 under a fund (or forgets its fund), as part of adding or removing it.
class SetRowFund : public QUndoCommand
{
public:
    SetRowFund(Document *document, const QString &code, const QString &fund, QUndoCommand *parent);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    QString m_code;
    QString m_fund;
    QString m_previous;
};

// Adding a 科目 in one table under a fund (empty: the fund ClassRowLists suggests): one undo
// step that files it under that fund and adds it to every table listing the fund's 科目 that
// does not have it yet.
class AddClassRows : public QUndoCommand
{
public:
    AddClassRows(Document *document, const QString &sheet, const QString &code, const QString &fund = QString());
};

// Removing a 科目 from the given tables, with their figures: one undo step. A 科目 that leaves
// every table also loses its fund.
class RemoveClassRows : public QUndoCommand
{
public:
    RemoveClassRows(Document *document, const QStringList &sheets, const QString &code);
};
