#include "review/reviewtablemodel.h"

#include "review/reviewreport.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace {

bool isCount(int column)
{
    return column == ReviewRow::Year || column == ReviewRow::Errors || column == ReviewRow::Warnings
            || column == ReviewRow::Unexplained || column == ReviewRow::EmptyReasons;
}

QVariant text(const ReviewRow &row, int column)
{
    if (isCount(column)) {
        if (const std::optional<int> value = ReviewReport::number(row, column))
            return *value;
    }
    if (column == ReviewRow::LastChange)
        return QLocale().toString(row.lastChange, QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString shown = ReviewReport::cellText(row, column);
    return shown.isEmpty() ? QVariant() : QVariant(shown); // an unknown count is empty, not 0
}

QVariant toolTip(const ReviewRow &row, int column)
{
    if (ReviewReport::isNotApplicable(row, column))
        return column == ReviewRow::Review
                ? QCoreApplication::translate("ReviewTableModel",
                                              "A published PDF has no review status: it is unknown, not none.")
                : QCoreApplication::translate("ReviewTableModel",
                                              "A published PDF has no reasons to fill in: how many are empty is "
                                              "unknown, not 0.");
    switch (column) {
    case ReviewRow::File: return row.path;
    case ReviewRow::Profile:
    case ReviewRow::Kind:
        return row.note().isEmpty() ? QVariant() : QVariant(row.note());
    case ReviewRow::Message: return row.isReadable() ? row.note() : row.message;
    default: return QVariant();
    }
}

QVariant sortKey(const ReviewRow &row, int column)
{
    if (isCount(column)) {
        const std::optional<int> value = ReviewReport::number(row, column);
        return value ? QVariant(*value) : QVariant(); // unknown: sorted after the known values
    }
    switch (column) {
    case ReviewRow::Review: // by the share approved, the most complete last
        return row.hasDocumentState() && row.sections > 0 ? QVariant(double(row.approvedSections) / row.sections)
                                                          : QVariant();
    case ReviewRow::LastChange: return row.lastChange;
    default: return text(row, column);
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
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (ReviewReport::isNotApplicable(row, column))
            return QVariant(Qt::AlignCenter);
        return isCount(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if ((column == ReviewRow::Errors && row.errors > 0) || (column == ReviewRow::Message && !row.isReadable()))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (ReviewReport::isNotApplicable(row, column) || (column == ReviewRow::Message && row.isReadable()))
            return QBrush(QColor(0x70, 0x70, 0x70));
        return QVariant();
    case SortRole:
        return sortKey(row, column);
    case PathRole:
        return row.path;
    case KindRole:
        return int(row.kind);
    case ProfileRole:
        return row.profileId;
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
