#include "review/reviewfiltermodel.h"

#include "review/reviewtablemodel.h"

ReviewFilterModel::ReviewFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ReviewFilterModel::setKindFilter(std::optional<ReviewRow::FileKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_kind) {
        const QVariant kind = sourceModel()->index(sourceRow, 0, sourceParent).data(ReviewTableModel::KindRole);
        if (ReviewRow::FileKind(kind.toInt()) != *m_kind)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool ReviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftUnknown = !left.data(sortRole()).isValid();
    const bool rightUnknown = !right.data(sortRole()).isValid();
    if (leftUnknown || rightUnknown) {
        // Descending order asks whether right < left: the unknown one is then "less" so that it
        // still comes last.
        if (leftUnknown == rightUnknown)
            return false;
        return sortOrder() == Qt::AscendingOrder ? rightUnknown : leftUnknown;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
