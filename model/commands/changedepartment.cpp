#include "commands/changedepartment.h"

#include "document/document.h"
#include "commands/undocommandids.h"

#include <QCoreApplication>

ChangeDepartment::ChangeDepartment(Document *document, const DepartmentInfo &department)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Edit department")), m_document(document),
      m_before(document->data().department), m_after(department)
{
}

void ChangeDepartment::undo()
{
    m_document->setDepartment(m_before);
}

void ChangeDepartment::redo()
{
    m_document->setDepartment(m_after);
}

int ChangeDepartment::id() const
{
    return ChangeDepartmentId;
}

bool ChangeDepartment::mergeWith(const QUndoCommand *other)
{
    m_after = static_cast<const ChangeDepartment *>(other)->m_after;
    return true;
}
