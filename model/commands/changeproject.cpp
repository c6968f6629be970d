#include "commands/changeproject.h"

#include "document/document.h"

#include <QCoreApplication>

ChangeProject::ChangeProject(Document *document, int index, const Project &project, const QString &what)
    : QUndoCommand(what.isEmpty()
                           ? QCoreApplication::translate("UndoCommands", "Edit project %1").arg(project.name)
                           : QCoreApplication::translate("UndoCommands", "Edit project %1: %2").arg(project.name, what)),
      m_document(document), m_index(index), m_before(document->data().projects.at(index)), m_after(project)
{
    m_after.id = m_before.id;
}

void ChangeProject::undo()
{
    m_document->replaceProject(m_index, m_before);
}

void ChangeProject::redo()
{
    m_document->replaceProject(m_index, m_after);
}
