#include "models/projectfundsmodel.h"

#include "document/document.h"
#include "evaluation/selfevaluationscore.h"
#include "money/ratio.h"

#include <QBrush>
#include <QColor>

ProjectFundsModel::ProjectFundsModel(QObject *parent) : ProjectFormModel(parent) { }

void ProjectFundsModel::refresh()
{
    const bool shown = project() != nullptr;
    if (shown != m_shown) {
        beginResetModel();
        m_shown = shown;
        endResetModel();
    } else if (shown) {
        emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
    }
}

int ProjectFundsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_shown ? 0 : RowCount;
}

int ProjectFundsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectFundsModel::cellText(int row, int column) const
{
    const Project &p = *project();
    if (column <= ExecutedColumn) {
        const FundColumn fundColumn = FundColumn(column);
        const std::optional<Money> amount
                = row == TotalRow ? p.funds.total(fundColumn) : p.funds.amount(FundSource(row - 1), fundColumn);
        // Typed with up to six decimals of 万元 ("459.4737"): shown exactly. Unknown stays blank.
        return amount ? amount->toExactString(MoneyUnit::Wanyuan) : QString();
    }
    if (row != TotalRow)
        return QString();
    const SelfEvaluationScore score(p, document()->reportTemplate().gradeBands());
    switch (column) {
    case WeightColumn:
        return SelfEvaluationScore::ExecutionWeight.toString();
    case RateColumn: {
        const DisplaySettings &display = document()->reportTemplate().display();
        return score.executionRate().toString(display.percentDecimals, display.notComparable);
    }
    case ScoreColumn: {
        const std::optional<Points> points = score.executionScore();
        return points ? points->toString() : QString();
    }
    default:
        return QString();
    }
}

QVariant ProjectFundsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index) || !project())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return flags(index) & Qt::ItemIsEditable ? QVariant() : QVariant(QBrush(QColor(240, 240, 240)));
    case Qt::ToolTipRole:
        if (index.row() == TotalRow && index.column() <= ExecutedColumn)
            return tr("Total = fiscal appropriation + carried over + other funds (those that are known)");
        if (index.column() == RateColumn)
            return tr("Execution rate = executed ÷ full-year budget");
        if (index.column() == ScoreColumn)
            return tr("Score = execution rate × weight, at most the weight");
        if (index.column() <= ExecutedColumn && cellText(index.row(), index.column()).toString().isEmpty())
            return tr("Not known. Leave blank what is not known; 0 means zero.");
        return {};
    default:
        return {};
    }
}

QVariant ProjectFundsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        switch (section) {
        case TotalRow: return tr("Total funds of the year");
        case AppropriationRow: return tr("of which: fiscal appropriation of the year");
        case CarryoverRow: return tr("Carried over from last year");
        case OtherRow: return tr("Other funds");
        default: return {};
        }
    }
    switch (section) {
    case InitialBudgetColumn: return tr("Budget at the start of the year");
    case FullBudgetColumn: return tr("Full-year budget");
    case ExecutedColumn: return tr("Executed in the year");
    case WeightColumn: return tr("Weight");
    case RateColumn: return tr("Execution rate");
    case ScoreColumn: return tr("Score");
    default: return {};
    }
}

Qt::ItemFlags ProjectFundsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isEditable() && index.row() != TotalRow && index.column() <= ExecutedColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProjectFundsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    // The cell in the form's words: "其中：本年财政拨款，全年执行数".
    const QString place = tr("%1, %2").arg(headerData(index.row(), Qt::Vertical).toString(),
                                           headerData(index.column(), Qt::Horizontal).toString());
    const MoneyParseResult amount = parseMoney(value.toString(), { MoneyUnit::Wanyuan, false, true });
    if (!amount.ok) {
        emit entryRefused(index, tr("%1: %2").arg(place, amount.error));
        return false;
    }
    Project changed = *project();
    const bool blank = value.toString().trimmed().isEmpty();
    changed.funds.setAmount(FundSource(index.row() - 1), FundColumn(index.column()),
                            blank ? std::nullopt : std::optional<Money>(amount.value));
    return change(changed, place);
}
