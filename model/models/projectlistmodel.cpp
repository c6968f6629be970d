#include "models/projectlistmodel.h"

#include "commands/addremoveproject.h"
#include "commands/changeproject.h"
#include "document/document.h"
#include "evaluation/selfevaluationscore.h"
#include "money/ratio.h"

namespace {

// Project amounts are typed with up to six decimals of 万元 ("459.4737"): the list shows them
// like the tables (1,234.56, rounded half up), the tooltip exactly.
QString amountText(Money amount, int role, const DisplaySettings &display)
{
    return role == Qt::DisplayRole ? amount.format(MoneyUnit::Wanyuan, display.decimals)
                                   : amount.toExactString(MoneyUnit::Wanyuan);
}

} // namespace

ProjectListModel::ProjectListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProjectListModel::setDocument(Document *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_document = document;
    m_ids.clear();
    if (m_document) {
        for (const Project &p : m_document->data().projects)
            m_ids.append(p.id);
        m_connections = {
            connect(m_document, &Document::projectInserted, this, &ProjectListModel::onInserted),
            connect(m_document, &Document::projectRemoved, this, &ProjectListModel::onRemoved),
            connect(m_document, &Document::projectChanged, this, &ProjectListModel::onChanged),
            connect(m_document, &Document::readOnlyChanged, this,
                    [this] { emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); }),
            connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); }),
        };
    }
    endResetModel();
}

const Project *ProjectListModel::project(int row) const
{
    if (!m_document || row < 0 || row >= m_ids.size())
        return nullptr;
    for (const Project &p : m_document->data().projects) {
        if (p.id == m_ids.at(row))
            return &p;
    }
    return nullptr;
}

void ProjectListModel::onInserted(int index)
{
    beginInsertRows(QModelIndex(), index, index);
    m_ids.insert(index, m_document->data().projects.at(index).id);
    endInsertRows();
}

void ProjectListModel::onRemoved(int index)
{
    beginRemoveRows(QModelIndex(), index, index);
    m_ids.removeAt(index);
    endRemoveRows();
}

void ProjectListModel::onChanged(int index)
{
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

bool ProjectListModel::addProject(int row, const QString &name)
{
    Project created;
    created.name = name;
    return m_document->push(new AddProject(m_document, row, created));
}

bool ProjectListModel::removeProject(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    return m_document->push(new RemoveProject(m_document, row));
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Project *p = project(index.row());
    if (!p)
        return {};
    if (role == ProjectIdRole)
        return p->id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() >= BudgetColumn && index.column() <= ScoreColumn;
        return QVariant::fromValue((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (index.column() == TrackedColumn && (role == Qt::CheckStateRole || role == Qt::EditRole))
        return role == Qt::EditRole ? QVariant(p->tracked) : QVariant(p->tracked ? Qt::Checked : Qt::Unchecked);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const SelfEvaluationScore score(*p, m_document->reportTemplate().gradeBands());
    const DisplaySettings &display = m_document->reportTemplate().display();
    switch (index.column()) {
    case NameColumn:
        return p->name;
    case BudgetColumn:
        return p->budget() ? amountText(*p->budget(), role, display) : QString();
    case ExecutedColumn:
        return p->executed() ? amountText(*p->executed(), role, display) : QString();
    case CompletionColumn:
        return score.executionRate().toString(display.percentDecimals, display.notComparable);
    case ScoreColumn:
        return score.total() ? score.total()->toString() : QString();
    case GradeColumn:
        return score.grade();
    case SupervisorColumn:
        return p->supervisor;
    case ImplementerColumn:
        return p->implementer;
    case GoalPlannedColumn:
        return p->goalPlanned;
    case GoalAchievedColumn:
        return p->goalAchieved;
    case ProblemsColumn:
        return p->problems;
    case MeasuresColumn:
        return p->measures;
    default:
        return {};
    }
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Project");
    case BudgetColumn: return tr("Full-year budget (10k yuan)");
    case ExecutedColumn: return tr("Executed (10k yuan)");
    case CompletionColumn: return tr("Execution rate");
    case ScoreColumn: return tr("Total score");
    case GradeColumn: return tr("Grade");
    case SupervisorColumn: return tr("Supervising department");
    case ImplementerColumn: return tr("Implementing unit");
    case GoalPlannedColumn: return tr("Planned goal");
    case GoalAchievedColumn: return tr("What was achieved");
    case TrackedColumn: return tr("Monitored during the year");
    case ProblemsColumn: return tr("Problems");
    case MeasuresColumn: return tr("Measures");
    default: return {};
    }
}

Qt::ItemFlags ProjectListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool computed = index.column() >= BudgetColumn && index.column() <= GradeColumn;
    if (!computed && !m_document->isReadOnly())
        flags |= index.column() == TrackedColumn ? Qt::ItemIsUserCheckable | Qt::ItemIsEditable : Qt::ItemIsEditable;
    return flags;
}

bool ProjectListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const bool check = role == Qt::CheckStateRole && index.column() == TrackedColumn;
    if ((role != Qt::EditRole && !check) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Project changed = *project(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        if (text.trimmed().isEmpty()) {
            emit entryRefused(index, tr("A project needs a name."));
            return false;
        }
        changed.name = text.trimmed();
        break;
    case SupervisorColumn:
        changed.supervisor = text.trimmed();
        break;
    case ImplementerColumn:
        changed.implementer = text.trimmed();
        break;
    case GoalPlannedColumn:
        changed.goalPlanned = text;
        break;
    case GoalAchievedColumn:
        changed.goalAchieved = text;
        break;
    case TrackedColumn:
        changed.tracked = check ? value.toInt() == Qt::Checked : value.toBool();
        break;
    case ProblemsColumn:
        changed.problems = text;
        break;
    case MeasuresColumn:
        changed.measures = text;
        break;
    default:
        return false;
    }
    if (changed == *project(index.row()))
        return true;
    return m_document->push(
            new ChangeProject(m_document, index.row(), changed, headerData(index.column(), Qt::Horizontal).toString()));
}
