#pragma once

#include "review/reviewrow.h"

#include <QSortFilterProxyModel>

#include <optional>

// The supervisor's table as shown: rows that contain the filter text in any column and are of
// the chosen kind (documents, published PDFs or both), sorted by the model's SortRole with
// unknown values (a published PDF's empty reasons, an unreadable file's counts) after the known
// ones in either direction, since unknown is neither the least nor the most.
class ReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewFilterModel(QObject *parent = nullptr);

    // Only rows of this kind; every row when none.
    void setKindFilter(std::optional<ReviewRow::FileKind> kind);
    std::optional<ReviewRow::FileKind> kindFilter() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<ReviewRow::FileKind> m_kind;
};
