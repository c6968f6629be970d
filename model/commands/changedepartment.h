#pragma once

#include "document/documentdata.h"

#include <QUndoCommand>

class Document;

// Editing the department's name, code, kind, year or unit list. Consecutive edits merge.
class ChangeDepartment : public QUndoCommand
{
public:
    ChangeDepartment(Document *document, const DepartmentInfo &department);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    DepartmentInfo m_before;
    DepartmentInfo m_after;
};
