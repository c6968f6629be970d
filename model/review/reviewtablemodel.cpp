#include "review/reviewtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

namespace {

bool isCount(int column)
{
    return column == ReviewRow::Year || column == ReviewRow::Errors || column == ReviewRow::Warnings
            || column == ReviewRow::Unexplained || column == ReviewRow::EmptyReasons;
}

int count(const ReviewRow &row, int column)
{
    switch (column) {
    case ReviewRow::Year: return row.year;
    case ReviewRow::Errors: return row.errors;
    case ReviewRow::Warnings: return row.warnings;
    case ReviewRow::Unexplained: return row.unexplained;
    case ReviewRow::EmptyReasons: return row.emptyReasons;
    default: return 0;
    }
}

QVariant text(const ReviewRow &row, int column)
{
    if (isCount(column))
        return row.isReadable() ? QVariant(count(row, column)) : QVariant(); // unknown, not 0
    switch (column) {
    case ReviewRow::File: return row.relativePath;
    case ReviewRow::Department: return row.department;
    case ReviewRow::Profile: return row.profileTitle;
    case ReviewRow::Review: return row.review;
    case ReviewRow::LastChange: return QLocale().toString(row.lastChange, QStringLiteral("yyyy-MM-dd HH:mm"));
    case ReviewRow::Message: return row.message;
    default: return QVariant();
    }
}

} // namespace

ReviewTableModel::ReviewTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int ReviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ReviewRow::ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const ReviewRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::ToolTipRole:
        return column == ReviewRow::File ? row.path : column == ReviewRow::Message ? row.message : QVariant();
    case Qt::TextAlignmentRole:
        return isCount(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if ((column == ReviewRow::Errors && row.errors > 0) || (column == ReviewRow::Message && !row.isReadable()))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return QVariant();
    case SortRole:
        if (isCount(column))
            return row.isReadable() ? count(row, column) : -1;
        if (column == ReviewRow::Review) // by the share approved, the most complete last
            return row.isReadable() && row.sections > 0 ? double(row.approvedSections) / row.sections : -1.0;
        return column == ReviewRow::LastChange ? QVariant(row.lastChange) : text(row, column);
    case PathRole:
        return row.path;
    default:
        return QVariant();
    }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return ReviewRow::columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ReviewTableModel::setRow(const ReviewRow &row)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).path == row.path) {
            m_rows[i] = row;
            emit dataChanged(index(int(i), 0), index(int(i), ReviewRow::ColumnCount - 1));
            return;
        }
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

void ReviewTableModel::keepOnly(const QStringList &paths)
{
    const QSet<QString> kept(paths.cbegin(), paths.cend());
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (kept.contains(m_rows.at(i).path))
            continue;
        beginRemoveRows(QModelIndex(), int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
}

void ReviewTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}
