#include "models/projectformmodel.h"

#include "commands/changeproject.h"
#include "document/document.h"

ProjectFormModel::ProjectFormModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProjectFormModel::setDocument(Document *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_projectId = 0;
    refresh();
    if (!m_document)
        return;
    const auto changed = [this] { refresh(); };
    m_connections = {
        connect(m_document, &Document::projectChanged, this, changed),
        connect(m_document, &Document::projectInserted, this, changed),
        connect(m_document, &Document::projectRemoved, this, changed),
        connect(m_document, &Document::readOnlyChanged, this, changed),
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); }),
    };
}

void ProjectFormModel::setProjectId(qint64 id)
{
    m_projectId = id;
    refresh();
}

int ProjectFormModel::projectIndex() const
{
    if (!m_document)
        return -1;
    const QList<Project> &projects = m_document->data().projects;
    for (int i = 0; i < projects.size(); ++i) {
        if (projects.at(i).id == m_projectId)
            return i;
    }
    return -1;
}

const Project *ProjectFormModel::project() const
{
    const int i = projectIndex();
    return i < 0 ? nullptr : &m_document->data().projects.at(i);
}

bool ProjectFormModel::isEditable() const
{
    return m_document && !m_document->isReadOnly() && project();
}

bool ProjectFormModel::change(const Project &changed, const QString &what)
{
    const int i = projectIndex();
    if (i < 0 || !isEditable())
        return false;
    if (changed == m_document->data().projects.at(i))
        return true;
    return m_document->push(new ChangeProject(m_document, i, changed, what));
}
