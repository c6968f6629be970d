#pragma once

#include "document/cellref.h"
#include "models/tablegrid.h"

#include <QList>
#include <QString>

#include <optional>

struct LayoutTable;

// The fixed words of the official table layout. They are part of the statutory form (like the
// template's titles), so they stay Chinese in every language of the user interface.
namespace SheetWords {
inline QString item() { return QStringLiteral("项目"); }
inline QString lanci() { return QStringLiteral("栏次"); }
inline QString preparer() { return QStringLiteral("编制单位："); }
inline QString unit() { return QStringLiteral("单位："); }
} // namespace SheetWords

// Where everything of one table lands on its worksheet in the official layout: the number, title
// and 编制单位 lines, the merged header rows, the 栏次 row, then the table's lines as the editor
// and the printout place them (TableGrid: blocks side by side, facing rows on one line).
class XlsxTableSheet
{
public:
    // A header cell, merged over rows [top, bottom] and columns [left, right].
    struct HeaderCell
    {
        QString text;
        int top = 0;
        int bottom = 0;
        int left = 0;
        int right = 0;
    };

    static constexpr int NumberRow = 0;
    static constexpr int TitleRow = 1;
    static constexpr int UnitRow = 2;
    static constexpr int HeaderTop = 3;

    explicit XlsxTableSheet(const LayoutTable &table);

    const LayoutTable &table() const { return *m_grid.table(); }
    const TableGrid &grid() const { return m_grid; }
    const QList<HeaderCell> &headerCells() const { return m_header; }
    int columnCount() const { return m_grid.columnCount(); }
    int lanciRow() const { return m_lanciRow; } // -1 when the table has no 栏次
    int firstDataRow() const { return m_firstDataRow; }
    // The sheet cell (row, column) of a table cell, if the table has it.
    std::optional<std::pair<int, int>> position(const CellRef &ref) const;
    // Excel's name of a cell: (11, 1) → "B12".
    static QString cellName(int row, int column);

private:
    TableGrid m_grid;
    QList<HeaderCell> m_header;
    int m_lanciRow = -1;
    int m_firstDataRow = 0;
};
