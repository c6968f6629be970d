#pragma once

#include "money/money.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct LayoutTable;
struct SheetGrid;
class CodeBook;

// Finds one table of a template on a worksheet the way a person would: by its title, then its
// header rows (columns matched by their header titles, wherever they stand), then its rows by
// code or by name. Works on our own workbooks and on differently arranged ones.
class TableFinder
{
public:
    struct Column
    {
        int block = 0;
        QString key;
    };
    struct Row
    {
        int sheetRow = 0;
        int block = 0;
        QString key; // a layout row key, or a functional 项 code the document does not have yet
        bool known = true; // false: a 项 code from the code book, not yet a row of the document
    };

    // Searches `grid` for `table`; nullopt when its title is not on the sheet.
    static std::optional<TableFinder> find(const SheetGrid &grid, const LayoutTable &table, const CodeBook &functional,
                                           MoneyUnit defaultUnit);

    static QString normalized(const QString &text);

    const SheetGrid &grid() const { return *m_grid; }
    int titleRow() const { return m_titleRow; }
    MoneyUnit unit() const { return m_unit; }
    QString preparer() const { return m_preparer; }
    // Sheet column → the table column it holds.
    const QHash<int, Column> &columns() const { return m_columns; }
    const QList<Row> &rows() const { return m_rows; }
    // Header titles of columns that hold numbers but match no column of the table.
    const QStringList &unmatchedColumns() const { return m_unmatchedColumns; }
    // Table columns that no sheet column matched ("支出/合计").
    const QStringList &missingColumns() const { return m_missingColumns; }
    // "第 12 行：2010350 出版发行": rows with figures that match no row of the table.
    const QStringList &unmatchedRows() const { return m_unmatchedRows; }

private:
    TableFinder(const SheetGrid &grid, const LayoutTable &table) : m_grid(&grid), m_table(&table) { }
    int firstDataRow() const;
    void matchColumns(int headerTop, int headerBottom);
    void matchRows(int from, const CodeBook &functional);
    QStringList headerPath(int column, int top, int bottom) const;

    const SheetGrid *m_grid;
    const LayoutTable *m_table;
    int m_titleRow = -1;
    MoneyUnit m_unit = MoneyUnit::Wanyuan;
    QString m_preparer;
    QHash<int, Column> m_columns;
    QList<int> m_codeColumns; // per block, -1 when none
    QList<int> m_nameColumns;
    QList<Row> m_rows;
    QStringList m_unmatchedColumns;
    QStringList m_missingColumns;
    QStringList m_unmatchedRows;
};
