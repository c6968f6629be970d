#include "exchange/xlsxtablesheet.h"

#include "document/sheetlayout.h"

#include <algorithm>

namespace {

// The header path of a data column: the block's heading first when the table has several blocks.
QStringList columnPath(const LayoutTable &table, const BlockDef &block, const ColumnDef &column)
{
    QStringList path = column.title;
    if (table.blocks.size() > 1 && !block.heading.isEmpty())
        path.prepend(block.heading);
    return path;
}

} // namespace

XlsxTableSheet::XlsxTableSheet(const LayoutTable &table) : m_table(&table)
{
    bool coded = false;
    for (const LayoutBlock &block : table.blocks) {
        for (const LayoutRow &row : block.rows)
            coded = coded || row.kind == RowKind::Functional || row.kind == RowKind::Economic;
    }
    const bool headed = table.blocks.size() > 1;
    int depth = 1;
    bool lanci = false;
    for (const LayoutBlock &block : table.blocks) {
        for (const ColumnDef &column : block.def->columns) {
            depth = std::max(depth, int(columnPath(table, *block.def, column).size()));
            lanci = lanci || !column.lanci.isEmpty();
        }
    }
    // The label columns need a row of their own below 项目 when they are split into code and name.
    if (coded)
        depth = std::max(depth, int(headed) + 2);

    int column = 0;
    for (const LayoutBlock &block : table.blocks) {
        Block placed;
        if (coded)
            placed.codeColumn = column++;
        placed.nameColumn = column++;
        placed.firstDataColumn = column;
        column += int(block.def->columns.size());
        m_blocks.append(placed);
    }
    m_columnCount = column;
    for (int b = 0; b < m_blocks.size(); ++b)
        addBlockHeader(b, HeaderTop, depth);

    const int belowHeader = HeaderTop + depth;
    m_lanciRow = lanci ? belowHeader : -1;
    m_firstDataRow = belowHeader + (lanci ? 1 : 0);
    for (int b = 0; b < table.blocks.size(); ++b) {
        const LayoutBlock &block = table.blocks.at(b);
        for (int r = 0; r < block.rows.size(); ++r) {
            for (int c = 0; c < block.def->columns.size(); ++c) {
                const CellRef ref { table.def->id, block.rows.at(r).key, block.def->columns.at(c).key };
                m_positions.insert(ref, { m_firstDataRow + r, m_blocks.at(b).firstDataColumn + c });
            }
        }
    }
}

void XlsxTableSheet::addBlockHeader(int blockIndex, int top, int depth)
{
    const LayoutTable &table = *m_table;
    const BlockDef &def = *table.blocks.at(blockIndex).def;
    const Block &placed = m_blocks.at(blockIndex);
    const int bottom = top + depth - 1;
    const int lastColumn = placed.firstDataColumn + int(def.columns.size()) - 1;
    int labelTop = top;
    if (table.blocks.size() > 1 && !def.heading.isEmpty()) {
        m_header.append({ def.heading, top, top, placed.codeColumn >= 0 ? placed.codeColumn : placed.nameColumn, lastColumn });
        labelTop = top + 1;
    }
    const QString item = SheetWords::item();
    if (placed.codeColumn >= 0) {
        m_header.append({ item, labelTop, bottom - 1, placed.codeColumn, placed.nameColumn });
        m_header.append({ SheetWords::code(), bottom, bottom, placed.codeColumn, placed.codeColumn });
        m_header.append({ SheetWords::name(), bottom, bottom, placed.nameColumn, placed.nameColumn });
    } else {
        m_header.append({ item, labelTop, bottom, placed.nameColumn, placed.nameColumn });
    }

    // Data columns: a title shared by neighbouring columns is merged over them; a column's last
    // title reaches down to the bottom header row.
    const QList<ColumnDef> &columns = def.columns;
    const int headed = table.blocks.size() > 1 && !def.heading.isEmpty() ? 1 : 0;
    const int levels = depth - headed;
    for (int level = 0; level < levels; ++level) {
        for (int c = 0; c < columns.size();) {
            const QStringList &path = columns.at(c).title;
            if (path.size() <= level) {
                ++c;
                continue;
            }
            const bool last = level == path.size() - 1;
            int end = c;
            while (end + 1 < columns.size()) {
                const QStringList &next = columns.at(end + 1).title;
                if (next.size() <= level || (level == next.size() - 1) != last || next.mid(0, level + 1) != path.mid(0, level + 1))
                    break;
                ++end;
            }
            if (last && end > c)
                end = c; // leaf titles are never merged sideways: each names its own column
            const int row = top + headed + level;
            m_header.append({ path.at(level), row, last ? bottom : row, placed.firstDataColumn + c, placed.firstDataColumn + end });
            c = end + 1;
        }
    }
}

int XlsxTableSheet::lastRow() const
{
    int rows = 0;
    for (const LayoutBlock &block : m_table->blocks)
        rows = std::max(rows, int(block.rows.size()));
    return m_firstDataRow + rows - 1;
}

std::optional<std::pair<int, int>> XlsxTableSheet::position(const CellRef &ref) const
{
    const auto it = m_positions.constFind(ref);
    if (it == m_positions.constEnd())
        return std::nullopt;
    return *it;
}

QString XlsxTableSheet::cellName(int row, int column)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QLatin1Char(char('A' + (column - 1) % 26)));
    return name + QString::number(row + 1);
}
