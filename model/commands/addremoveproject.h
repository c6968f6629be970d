#pragma once

#include "document/documentdata.h"

#include <QUndoCommand>

class Document;

// Base of adding and removing a project's performance self-evaluation.
class AddRemoveProject : public QUndoCommand
{
protected:
    AddRemoveProject(Document *document, int index, const Project &project, const QString &text);

    void addProject();
    void removeProject();

    Document *m_document;
    int m_index;
    Project m_project;
};

class AddProject : public AddRemoveProject
{
public:
    // The project gets a fresh id; `index` is where it is inserted.
    AddProject(Document *document, int index, const Project &project);
    void undo() override { removeProject(); }
    void redo() override { addProject(); }
};

class RemoveProject : public AddRemoveProject
{
public:
    RemoveProject(Document *document, int index);
    void undo() override { addProject(); }
    void redo() override { removeProject(); }
};
