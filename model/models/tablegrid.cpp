#include "models/tablegrid.h"

#include "document/sheetlayout.h"

namespace {

QString columnKey(int block, const QString &key)
{
    return QString::number(block) + QLatin1Char('/') + key;
}

bool hasCodes(const LayoutBlock &block)
{
    for (const LayoutRow &row : block.rows) {
        if (row.kind == RowKind::Functional || row.kind == RowKind::Economic)
            return true;
    }
    return false;
}

} // namespace

TableGrid::TableGrid(const LayoutTable &table) : m_table(&table)
{
    placeRows();
    addColumns();
}

void TableGrid::placeRows()
{
    const QList<LayoutBlock> &blocks = m_table->blocks;
    // A row waits while the row it faces in another block is still further down there.
    QHash<QString, QString> partner;
    for (const LayoutBlock &block : blocks) {
        for (const LayoutRow &row : block.rows) {
            if (row.def && !row.def->alignWith.isEmpty() && m_table->row(row.def->alignWith)) {
                partner.insert(row.key, row.def->alignWith);
                partner.insert(row.def->alignWith, row.key);
            }
        }
    }
    QList<int> next(blocks.size(), 0);
    const auto waiting = [&](int b) {
        const auto it = partner.constFind(blocks.at(b).rows.at(next.at(b)).key);
        if (it == partner.constEnd())
            return false;
        const auto [otherBlock, otherRow] = m_table->rowIndex.value(*it);
        return otherRow > next.at(otherBlock);
    };
    for (;;) {
        QList<int> line(blocks.size(), -1);
        bool any = false;
        bool placed = false;
        for (int b = 0; b < blocks.size(); ++b) {
            if (next.at(b) >= blocks.at(b).rows.size())
                continue;
            any = true;
            if (!waiting(b)) {
                line[b] = next.at(b);
                placed = true;
            }
        }
        if (!any)
            break;
        if (!placed) { // crossed alignments in a template: give up aligning rather than loop
            for (int b = 0; b < blocks.size(); ++b)
                line[b] = next.at(b) < blocks.at(b).rows.size() ? next.at(b) : -1;
        }
        for (int b = 0; b < blocks.size(); ++b) {
            if (line.at(b) >= 0) {
                m_lineOfRow.insert(blocks.at(b).rows.at(line.at(b)).key, int(m_lines.size()));
                ++next[b];
            }
        }
        m_lines.append(line);
    }
}

void TableGrid::addColumns()
{
    const QList<LayoutBlock> &blocks = m_table->blocks;
    const bool headed = blocks.size() > 1;
    for (const LayoutBlock &block : blocks) {
        for (const ColumnDef &def : block.def->columns)
            m_hasLanci = m_hasLanci || !def.lanci.isEmpty();
    }
    // The headings of the official tables, Chinese in every language like the template.
    const QString item = QStringLiteral("项目");
    for (int b = 0; b < blocks.size(); ++b) {
        const LayoutBlock &block = blocks.at(b);
        const QStringList prefix = headed && !block.def->heading.isEmpty() ? QStringList { block.def->heading }
                                                                           : QStringList();
        if (hasCodes(block)) {
            m_columns.append({ ColumnKind::Code, b, nullptr, prefix + QStringList { item, QStringLiteral("科目编码") }, {} });
            m_columns.append({ ColumnKind::Name, b, nullptr, prefix + QStringList { item, QStringLiteral("科目名称") },
                               m_hasLanci ? QStringLiteral("栏次") : QString() });
        } else {
            m_columns.append({ ColumnKind::Name, b, nullptr, prefix + QStringList { item },
                               m_hasLanci ? QStringLiteral("栏次") : QString() });
        }
        if (b == 0)
            m_frozenColumns = int(m_columns.size());
        for (const ColumnDef &def : block.def->columns) {
            m_columnOfKey.insert(columnKey(b, def.key), int(m_columns.size()));
            m_columns.append({ ColumnKind::Value, b, &def, prefix + def.title, def.lanci });
        }
    }
}

const LayoutRow *TableGrid::rowAt(int line, int column) const
{
    if (line < 0 || line >= m_lines.size() || column < 0 || column >= m_columns.size())
        return nullptr;
    const int block = m_columns.at(column).block;
    const int row = m_lines.at(line).at(block);
    return row < 0 ? nullptr : &m_table->blocks.at(block).rows.at(row);
}

CellRef TableGrid::cellAt(int line, int column) const
{
    const LayoutRow *row = rowAt(line, column);
    if (!row || m_columns.at(column).kind != ColumnKind::Value)
        return {};
    return { m_table->def->id, row->key, m_columns.at(column).def->key };
}

std::pair<int, int> TableGrid::positionOf(const CellRef &ref) const
{
    if (!m_table || ref.sheet != m_table->def->id)
        return { -1, -1 };
    const auto row = m_table->rowIndex.constFind(ref.row);
    if (row == m_table->rowIndex.constEnd())
        return { -1, -1 };
    const int column = m_columnOfKey.value(columnKey(row->first, ref.column), -1);
    if (column < 0)
        return { -1, -1 };
    return { m_lineOfRow.value(ref.row, -1), column };
}

int TableGrid::lineOf(const QString &rowKey) const
{
    return m_lineOfRow.value(rowKey, -1);
}
