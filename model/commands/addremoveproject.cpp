#include "commands/addremoveproject.h"

#include "document/document.h"

#include <QCoreApplication>

AddRemoveProject::AddRemoveProject(Document *document, int index, const Project &project, const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_project(project)
{
}

void AddRemoveProject::addProject()
{
    m_document->insertProject(m_index, m_project);
}

void AddRemoveProject::removeProject()
{
    m_document->removeProject(m_index);
}

namespace {
Project withFreshId(const Document *document, Project project)
{
    project.id = document->data().nextProjectId();
    return project;
}
} // namespace

AddProject::AddProject(Document *document, int index, const Project &project)
    : AddRemoveProject(document, index, withFreshId(document, project),
                       QCoreApplication::translate("UndoCommands", "Add project"))
{
}

RemoveProject::RemoveProject(Document *document, int index)
    : AddRemoveProject(document, index, document->data().projects.at(index),
                       QCoreApplication::translate("UndoCommands", "Remove project %1")
                               .arg(document->data().projects.at(index).name))
{
}
