#include "commands/cellwording.h"

#include "document/sheetlayout.h"

namespace {

const QString Separator = QStringLiteral(" · ");

} // namespace

namespace CellWording {

QString tableName(const SheetLayout &layout, const QString &sheet)
{
    const LayoutTable *table = layout.table(sheet);
    return table ? table->def->title : sheet;
}

QString rowName(const SheetLayout &layout, const QString &sheet, const QString &row)
{
    const LayoutTable *table = layout.table(sheet);
    const LayoutRow *layoutRow = table ? table->row(row) : nullptr;
    if (!layoutRow || layoutRow->label.isEmpty())
        return row;
    return layoutRow->label;
}

QString columnName(const SheetLayout &layout, const CellRef &ref)
{
    // The column's own title ("基本支出"), or its whole header path where another column of the
    // block has the same title (预算数·基本支出 beside 决算数·基本支出).
    const ColumnDef *column = layout.column(ref);
    if (!column || column->title.isEmpty())
        return ref.column;
    const LayoutTable *table = layout.table(ref.sheet);
    const LayoutBlock *block = table ? table->blockOf(ref.row) : nullptr;
    int sameTitle = 0;
    for (const ColumnDef &other : block ? block->def->columns : QList<ColumnDef>())
        sameTitle += other.title.value(other.title.size() - 1) == column->title.last();
    return sameTitle > 1 ? column->title.join(QStringLiteral("·")) : column->title.last();
}

QString cellName(const SheetLayout &layout, const CellRef &ref)
{
    return tableName(layout, ref.sheet) + Separator + rowName(layout, ref.sheet, ref.row) + Separator
            + columnName(layout, ref);
}

} // namespace CellWording
