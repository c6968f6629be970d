#pragma once

#include "document/cellref.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct ColumnDef;
struct LayoutRow;
struct LayoutTable;

// Where every row and column of one table goes on screen and on paper: blocks of a two-sided
// or side-by-side table are placed next to each other, with rows that face each other
// (alignWith, e.g. 本年收入合计 ‖ 本年支出合计) on the same line, and each block gets its own
// code, name and value columns.
class TableGrid
{
public:
    enum class ColumnKind { Code, Name, Value };

    struct Column
    {
        ColumnKind kind = ColumnKind::Value;
        int block = 0;
        const ColumnDef *def = nullptr; // value columns only
        QStringList path;               // header titles, outermost first
        QString lanci;                  // 栏次
    };

    TableGrid() = default;
    explicit TableGrid(const LayoutTable &table);

    const LayoutTable *table() const { return m_table; }
    int lineCount() const { return int(m_lines.size()); }
    int columnCount() const { return int(m_columns.size()); }
    const Column &column(int column) const { return m_columns.at(column); }
    // Code and name columns of the first block: they stay in view while scrolling sideways.
    int frozenColumnCount() const { return m_frozenColumns; }
    bool hasLanci() const { return m_hasLanci; }

    // The row shown at (line, column), or nullptr where that block has no row on this line.
    const LayoutRow *rowAt(int line, int column) const;
    // The cell at (line, column); invalid for code and name columns and for empty places.
    CellRef cellAt(int line, int column) const;
    // Line and column of a cell, or (-1, -1) when this table does not show it.
    std::pair<int, int> positionOf(const CellRef &ref) const;
    // The line of a row in any block, or -1.
    int lineOf(const QString &rowKey) const;

private:
    void placeRows();
    void addColumns();

    const LayoutTable *m_table = nullptr;
    QList<Column> m_columns;
    QList<QList<int>> m_lines; // per line, per block: the row index in that block or -1
    QHash<QString, int> m_lineOfRow;
    QHash<QString, int> m_columnOfKey; // "block/columnKey" → grid column
    int m_frozenColumns = 0;
    bool m_hasLanci = false;
};
