#pragma once

#include <QHashFunctions>
#include <QString>

// The address of one cell: a table or sheet id, a row key (or 7-digit code) and a column key.
struct CellRef
{
    QString sheet;
    QString row;
    QString column;

    bool operator==(const CellRef &) const = default;
    bool isValid() const { return !sheet.isEmpty() && !row.isEmpty() && !column.isEmpty(); }
    // "T5.2010301.basic"
    QString toString() const { return sheet + QLatin1Char('.') + row + QLatin1Char('.') + column; }
    static CellRef fromString(const QString &text);
};

inline size_t qHash(const CellRef &ref, size_t seed = 0)
{
    return qHashMulti(seed, ref.sheet, ref.row, ref.column);
}
