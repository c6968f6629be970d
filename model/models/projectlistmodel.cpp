#include "models/projectlistmodel.h"

#include "commands/addremoveproject.h"
#include "commands/changeproject.h"
#include "document/document.h"
#include "money/ratio.h"

namespace {

// Project amounts are typed with up to six decimals of 万元 ("459.4737"): show them exactly.
QString amountText(Money amount)
{
    return amount.toExactString(MoneyUnit::Wanyuan);
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
        const bool number = index.column() >= BudgetColumn && index.column() <= CompletionColumn;
        return QVariant::fromValue((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p->name;
    case BudgetColumn:
        return amountText(p->budget);
    case ExecutedColumn:
        return amountText(p->executed);
    case CompletionColumn: {
        const DisplaySettings &display = m_document->reportTemplate().display();
        return Ratio::completion(p->executed, p->budget).toString(display.percentDecimals, display.notComparable);
    }
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
    case NameColumn:
        return tr("Project");
    case BudgetColumn:
        return tr("Budget (10k yuan)");
    case ExecutedColumn:
        return tr("Executed (10k yuan)");
    case CompletionColumn:
        return tr("Completion");
    case ProblemsColumn:
        return tr("Problems");
    case MeasuresColumn:
        return tr("Measures");
    default:
        return {};
    }
}

Qt::ItemFlags ProjectListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != CompletionColumn && !m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProjectListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Project changed = *project(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        changed.name = text.trimmed();
        break;
    case BudgetColumn:
    case ExecutedColumn: {
        const MoneyParseResult amount = parseMoney(text, { MoneyUnit::Wanyuan, false, true });
        if (!amount.ok) {
            emit entryRefused(index, amount.error);
            return false;
        }
        (index.column() == BudgetColumn ? changed.budget : changed.executed) = amount.value;
        break;
    }
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
    return m_document->push(new ChangeProject(m_document, index.row(), changed));
}
