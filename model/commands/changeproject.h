#pragma once

#include "document/documentdata.h"

#include <QUndoCommand>

class Document;

// One committed edit of a project's self-evaluation form: a field, an amount, an indicator
// row added, changed or removed. Each is its own undo step, named for what it changed.
class ChangeProject : public QUndoCommand
{
public:
    // `what` names the edit in the user's words ("修改 项目资金"); empty names the project only.
    ChangeProject(Document *document, int index, const Project &project, const QString &what = QString());

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_index;
    Project m_before;
    Project m_after;
};
