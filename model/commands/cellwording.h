#pragma once

#include <QString>

class SheetLayout;
struct CellRef;

// Names tables, rows and cells in the user's words for undo texts and messages
// ("一般公共预算财政拨款支出决算表 · 行政运行 · 基本支出"), never by their internal keys.
namespace CellWording {

// The table's title, or its id when the layout does not know it.
QString tableName(const SheetLayout &layout, const QString &sheet);
// The row's label ("行政运行"), or its code when the layout does not know it.
QString rowName(const SheetLayout &layout, const QString &sheet, const QString &row);
// The column's title, with its header path where the title alone is ambiguous.
QString columnName(const SheetLayout &layout, const CellRef &ref);
// Table · row · column.
QString cellName(const SheetLayout &layout, const CellRef &ref);

} // namespace CellWording
