#include "commands/changeproject.h"

#include "document/document.h"
#include "commands/undocommandids.h"

#include <QCoreApplication>

ChangeProject::ChangeProject(Document *document, int index, const Project &project)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Edit project %1").arg(project.name)),
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

int ChangeProject::id() const
{
    return ChangeProjectId;
}

bool ChangeProject::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const ChangeProject *>(other);
    if (edit->m_index != m_index)
        return false;
    m_after = edit->m_after;
    return true;
}
