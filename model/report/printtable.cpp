#include "report/printtable.h"

#include "document/document.h"
#include "models/tableformmodel.h"
#include "models/tablegrid.h"

// The printed table is the official form, Chinese in every language like the template.
namespace {

PrintTable::ColumnKind kindOf(TableGrid::ColumnKind kind)
{
    switch (kind) {
    case TableGrid::ColumnKind::Code:
        return PrintTable::ColumnKind::Code;
    case TableGrid::ColumnKind::Name:
        return PrintTable::ColumnKind::Name;
    case TableGrid::ColumnKind::Value:
        break;
    }
    return PrintTable::ColumnKind::Value;
}

} // namespace

QString PrintTable::chineseOrdinal(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 10)
        return digits.at(n);
    const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    return tens + QStringLiteral("十") + (n % 10 == 0 ? QString() : QString(digits.at(n % 10)));
}

PrintTable PrintTable::build(const Document &document, const LayoutTable &table)
{
    const TableDef &def = *table.def;
    const DisplaySettings &display = document.reportTemplate().display();
    const TableGrid grid(table);

    PrintTable print;
    print.number = def.number;
    print.title = def.title;
    print.department = QStringLiteral("编制单位：") + document.data().department.name;
    print.unit = QStringLiteral("单位：") + Money::unitName(display.unit);
    print.note = def.note;

    QList<int> printed;
    for (int c = 0; c < grid.columnCount(); ++c) {
        const TableGrid::Column &column = grid.column(c);
        if (column.def && !column.def->printed)
            continue;
        printed.append(c);
        print.m_columns.append({ kindOf(column.kind), column.path, column.lanci });
        if (column.kind != TableGrid::ColumnKind::Value && c < grid.frozenColumnCount())
            print.m_keyColumns = int(print.m_columns.size());
    }

    bool anyValue = false;
    QHash<const LayoutRow *, int> ordinals;
    for (int line = 0; line < grid.lineCount(); ++line) {
        QList<Cell> cells;
        for (const int c : printed) {
            const LayoutRow *row = grid.rowAt(line, c);
            if (!row) {
                cells.append(Cell());
                continue;
            }
            const bool emphasis = row->kind == RowKind::Total || row->sumsChildren;
            switch (grid.column(c).kind) {
            case TableGrid::ColumnKind::Code:
                cells.append({ row->code, 0, emphasis });
                break;
            case TableGrid::ColumnKind::Name: {
                QString label = row->label;
                if (row->kind == RowKind::ClassList) {
                    const int ordinal = ordinals.value(row, int(ordinals.size()) + 1);
                    ordinals.insert(row, ordinal);
                    label = chineseOrdinal(ordinal) + QChar(0x3001) + label; // 、
                }
                cells.append({ label, row->indent, emphasis });
                break;
            }
            case TableGrid::ColumnKind::Value: {
                if (document.isOutOfRange(grid.cellAt(line, c))) {
                    cells.append({ TableFormModel::outOfRangeText(), 0, emphasis });
                    anyValue = true;
                    break;
                }
                const qint64 value = document.value(grid.cellAt(line, c));
                anyValue = anyValue || value != 0;
                cells.append({ row->type == ValueType::Count
                        ? QString::number(value)
                        : Money::fromFen(value).format(display.unit, display.decimals),
                    0, emphasis });
                break;
            }
            }
        }
        print.m_rows.append(cells);
    }
    if (!anyValue && !def.emptyNote.isEmpty()) {
        print.emptyNote = def.emptyNote;
        print.m_rows.clear();
    }
    print.buildHeader();
    return print;
}

PrintTable PrintTable::form(const QList<Column> &columns, const QList<QList<Cell>> &rows)
{
    PrintTable table;
    table.m_columns = columns;
    table.m_rows = rows;
    table.m_fitPageWidth = true;
    return table;
}

PrintTable PrintTable::withColumns(const QList<int> &columns) const
{
    PrintTable part = *this;
    part.m_columns.clear();
    part.m_keyColumns = 0;
    for (const int c : columns) {
        part.m_columns.append(m_columns.at(c));
        if (c < m_keyColumns)
            ++part.m_keyColumns;
    }
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        QList<Cell> &cells = part.m_rows[r];
        cells.clear();
        for (const int c : columns)
            cells.append(m_rows.at(r).at(c));
    }
    part.buildHeader();
    return part;
}

// Each title path is one column of header cells; the last title reaches down to the bottom
// header line. Neighbours that share a title above their own are merged across.
void PrintTable::buildHeader()
{
    m_header.clear();
    int depth = 1;
    bool lanci = false;
    for (const Column &column : std::as_const(m_columns)) {
        depth = qMax(depth, int(column.path.size()));
        lanci = lanci || (column.kind == ColumnKind::Value && !column.lanci.isEmpty());
    }
    for (int level = 0; level < depth; ++level) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const QStringList &path = m_columns.at(c).path;
            if (level >= path.size())
                continue;
            const bool leaf = level == path.size() - 1;
            int span = 1;
            if (!leaf) {
                const QStringList prefix = path.mid(0, level + 1);
                while (c + span < m_columns.size()) {
                    const QStringList &next = m_columns.at(c + span).path;
                    if (next.size() <= level + 1 || next.mid(0, level + 1) != prefix)
                        break;
                    ++span;
                }
            }
            m_header.append({ path.at(level), level, c, leaf ? depth - level : 1, span });
            c += span - 1;
        }
    }
    m_headerRows = depth;
    if (lanci) {
        for (int c = 0; c < m_columns.size(); ++c)
            m_header.append({ m_columns.at(c).lanci, depth, c, 1, 1 });
        ++m_headerRows;
    }
}
