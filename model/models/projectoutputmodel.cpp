#include "models/projectoutputmodel.h"

#include "commands/changeproject.h"
#include "document/document.h"

ProjectOutputModel::ProjectOutputModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProjectOutputModel::setDocument(Document *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_document = document;
    m_projectId = 0;
    m_rowCount = 0;
    endResetModel();
    if (!m_document)
        return;
    const auto changed = [this] { onProjectChanged(); };
    m_connections = {
        connect(m_document, &Document::projectChanged, this, changed),
        connect(m_document, &Document::projectInserted, this, changed),
        connect(m_document, &Document::projectRemoved, this, changed),
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); }),
    };
}

void ProjectOutputModel::setProjectId(qint64 id)
{
    beginResetModel();
    m_projectId = id;
    const Project *p = project();
    m_rowCount = p ? int(p->outputs.size()) : 0;
    endResetModel();
}

void ProjectOutputModel::onProjectChanged()
{
    const Project *p = project();
    const int count = p ? int(p->outputs.size()) : 0;
    if (count != m_rowCount) {
        // Outputs have no identity of their own: a different count means a new list.
        beginResetModel();
        m_rowCount = count;
        endResetModel();
    } else if (count > 0) {
        emit dataChanged(index(0, 0), index(count - 1, ColumnCount - 1));
    }
}

int ProjectOutputModel::projectIndex() const
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

const Project *ProjectOutputModel::project() const
{
    const int i = projectIndex();
    return i < 0 ? nullptr : &m_document->data().projects.at(i);
}

bool ProjectOutputModel::change(const Project &changed)
{
    return m_document->push(new ChangeProject(m_document, projectIndex(), changed));
}

bool ProjectOutputModel::addOutput()
{
    const Project *p = project();
    if (!p)
        return false;
    Project changed = *p;
    changed.outputs.append(ProjectOutput());
    return change(changed);
}

bool ProjectOutputModel::removeOutput(int row)
{
    const Project *p = project();
    if (!p || row < 0 || row >= p->outputs.size())
        return false;
    Project changed = *p;
    changed.outputs.removeAt(row);
    return change(changed);
}

int ProjectOutputModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ProjectOutputModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectOutputModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index) || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Project *p = project();
    if (!p || index.row() >= p->outputs.size())
        return {};
    const ProjectOutput &output = p->outputs.at(index.row());
    switch (index.column()) {
    case IndicatorColumn:
        return output.indicator;
    case ValueColumn:
        return output.value;
    case UnitColumn:
        return output.unit;
    default:
        return {};
    }
}

QVariant ProjectOutputModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn:
        return tr("Output indicator");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    default:
        return {};
    }
}

Qt::ItemFlags ProjectOutputModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProjectOutputModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Project *p = project();
    if (role != Qt::EditRole || !p || !(flags(index) & Qt::ItemIsEditable) || index.row() >= p->outputs.size())
        return false;
    Project changed = *p;
    ProjectOutput &output = changed.outputs[index.row()];
    const QString text = value.toString().trimmed();
    (index.column() == IndicatorColumn ? output.indicator : index.column() == ValueColumn ? output.value : output.unit)
            = text;
    if (changed == *p)
        return true;
    return change(changed);
}
