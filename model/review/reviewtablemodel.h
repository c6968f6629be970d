#pragma once

#include "review/reviewrow.h"

#include <QAbstractTableModel>
#include <QList>

// The supervisor's table: one row per file (document or published PDF) under the reviewed
// folder, filled in as the files are read. A file read again (it changed) replaces its row;
// sorting and filtering are left to a ReviewFilterModel, which sorts by SortRole.
class ReviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Numbers as numbers and times as times, so that 10 sorts after 9; an unknown value (an
    // unreadable file's counts, a published PDF's empty reasons) is an invalid QVariant.
    static constexpr int SortRole = Qt::UserRole;
    // The row's absolute file path, in every column.
    static constexpr int PathRole = Qt::UserRole + 1;
    // The row's ReviewRow::FileKind as an int, in every column.
    static constexpr int KindRole = Qt::UserRole + 2;
    // The id of the profile the row's file was read with, in every column; empty when unread.
    static constexpr int ProfileRole = Qt::UserRole + 3;

    explicit ReviewTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<ReviewRow> &rows() const { return m_rows; }
    // Adds the row, or replaces the row of the same file.
    void setRow(const ReviewRow &row);
    // Removes the rows of files that are no longer in `paths`.
    void keepOnly(const QStringList &paths);
    void clear();

private:
    QList<ReviewRow> m_rows;
};
