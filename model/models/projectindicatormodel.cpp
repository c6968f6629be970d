#include "models/projectindicatormodel.h"

#include "document/document.h"
#include "evaluation/formterms.h"

#include <QBrush>
#include <QColor>

ProjectIndicatorModel::ProjectIndicatorModel(QObject *parent) : ProjectFormModel(parent) { }

void ProjectIndicatorModel::refresh()
{
    const Project *p = project();
    const int count = p ? int(p->indicators.size()) : 0;
    if (count != m_rowCount) {
        // Rows have no identity of their own: a different count means a new list.
        beginResetModel();
        m_rowCount = count;
        endResetModel();
    } else if (count > 0) {
        emit dataChanged(index(0, 0), index(count - 1, ColumnCount - 1));
    }
}

int ProjectIndicatorModel::addIndicator(IndicatorCategory category)
{
    const Project *p = project();
    if (!p || !isEditable())
        return -1;
    Project changed = *p;
    qsizetype row = 0;
    for (qsizetype i = 0; i < changed.indicators.size(); ++i) {
        if (changed.indicators.at(i).category <= category)
            row = i + 1;
    }
    PerformanceIndicator indicator;
    indicator.category = category;
    changed.indicators.insert(row, indicator);
    return change(changed, tr("add indicator")) ? int(row) : -1;
}

bool ProjectIndicatorModel::removeIndicator(int row)
{
    const Project *p = project();
    if (!p || row < 0 || row >= p->indicators.size())
        return false;
    Project changed = *p;
    const QString name = changed.indicators.at(row).name;
    changed.indicators.removeAt(row);
    return change(changed, tr("remove indicator %1").arg(name));
}

int ProjectIndicatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int ProjectIndicatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectIndicatorModel::text(const PerformanceIndicator &indicator, int column) const
{
    switch (column) {
    case GroupColumn:
        return FormTerms::groupName(indicator.group());
    case CategoryColumn:
        return FormTerms::categoryName(indicator.category);
    case NameColumn:
        return indicator.name;
    case ComparisonColumn:
        return comparisonSymbol(indicator.comparison);
    case TargetColumn:
        return indicator.target;
    case UnitColumn:
        return indicator.unit;
    case ActualColumn:
        return indicator.actual;
    case WeightColumn:
        return indicator.weight ? indicator.weight->toShortString() : QString();
    case ScoreColumn:
        return indicator.score ? indicator.score->toShortString() : QString();
    case DeviationColumn:
        return indicator.deviation;
    default:
        return {};
    }
}

QVariant ProjectIndicatorModel::data(const QModelIndex &index, int role) const
{
    const Project *p = project();
    if (!index.isValid() || !checkIndex(index) || !p || index.row() >= p->indicators.size())
        return {};
    const PerformanceIndicator &indicator = p->indicators.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text(indicator, index.column());
    case ChoiceRole:
        if (index.column() == CategoryColumn)
            return int(indicator.category);
        if (index.column() == ComparisonColumn)
            return int(indicator.comparison);
        return {};
    case Qt::TextAlignmentRole: {
        const bool number = index.column() == WeightColumn || index.column() == ScoreColumn;
        return QVariant::fromValue((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    case Qt::BackgroundRole:
        return index.column() == GroupColumn ? QVariant(QBrush(QColor(240, 240, 240))) : QVariant();
    default:
        return {};
    }
}

QVariant ProjectIndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn: return tr("Level 1");
    case CategoryColumn: return tr("Level 2");
    case NameColumn: return tr("Indicator");
    case ComparisonColumn: return tr("Comparison");
    case TargetColumn: return tr("Target value");
    case UnitColumn: return tr("Unit");
    case ActualColumn: return tr("Actual value");
    case WeightColumn: return tr("Weight");
    case ScoreColumn: return tr("Score");
    case DeviationColumn: return tr("Reasons for deviation and measures");
    default: return {};
    }
}

Qt::ItemFlags ProjectIndicatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isEditable() && index.column() != GroupColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProjectIndicatorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Project *p = project();
    if ((role != Qt::EditRole && role != ChoiceRole) || !p || !(flags(index) & Qt::ItemIsEditable)
        || index.row() >= p->indicators.size())
        return false;
    Project changed = *p;
    PerformanceIndicator &indicator = changed.indicators[index.row()];
    const QString typed = value.toString().trimmed();
    switch (index.column()) {
    case CategoryColumn:
    case ComparisonColumn: {
        const bool isNumber = role == ChoiceRole;
        const int choice = value.toInt();
        const int count = index.column() == CategoryColumn ? IndicatorCategoryCount : ComparisonCount;
        int found = isNumber && choice >= 0 && choice < count ? choice : -1;
        // Typed text: the name of a category, or a comparison as a symbol (≥) or as typed (>=).
        for (int i = 0; i < count && found < 0; ++i) {
            const bool matches = index.column() == CategoryColumn
                    ? typed == FormTerms::categoryName(IndicatorCategory(i))
                    : typed == comparisonSymbol(Comparison(i))
                            || typed == QString(comparisonSymbol(Comparison(i))).replace(QStringLiteral("≥"), QStringLiteral(">="))
                                                .replace(QStringLiteral("≤"), QStringLiteral("<="));
            if (matches)
                found = i;
        }
        if (found < 0) {
            emit entryRefused(index, index.column() == CategoryColumn
                                             ? tr("Choose one of the form's level-2 indicator kinds.")
                                             : tr("Type one of ≥ ≤ = > < (or >= <=), or leave it blank."));
            return false;
        }
        if (index.column() == CategoryColumn)
            indicator.category = IndicatorCategory(found);
        else
            indicator.comparison = Comparison(found);
        break;
    }
    case WeightColumn:
    case ScoreColumn: {
        const PointsParseResult points = parsePoints(typed);
        if (!points.ok) {
            emit entryRefused(index, points.error);
            return false;
        }
        const std::optional<Points> given = points.empty ? std::nullopt : std::optional<Points>(points.value);
        const std::optional<Points> weight = index.column() == WeightColumn ? given : indicator.weight;
        const std::optional<Points> score = index.column() == ScoreColumn ? given : indicator.score;
        if (index.column() == ScoreColumn && score && !weight) {
            emit entryRefused(index, tr("Give the row's weight first: a score cannot be above it."));
            return false;
        }
        if (score && weight && *score > *weight) {
            emit entryRefused(index, tr("The score %1 is above the row's weight %2.")
                                             .arg(score->toShortString(), weight->toShortString()));
            return false;
        }
        (index.column() == WeightColumn ? indicator.weight : indicator.score) = given;
        break;
    }
    case NameColumn:
        indicator.name = typed;
        break;
    case TargetColumn:
        indicator.target = typed;
        break;
    case UnitColumn:
        indicator.unit = typed;
        break;
    case ActualColumn:
        indicator.actual = typed;
        break;
    case DeviationColumn:
        indicator.deviation = value.toString();
        break;
    default:
        return false;
    }
    const QString name = indicator.name.isEmpty() ? FormTerms::categoryName(indicator.category) : indicator.name;
    return change(changed, tr("%1 of indicator %2").arg(headerData(index.column(), Qt::Horizontal).toString(), name));
}
