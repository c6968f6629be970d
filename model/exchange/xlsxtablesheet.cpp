#include "exchange/xlsxtablesheet.h"

#include "document/sheetlayout.h"

#include <algorithm>

XlsxTableSheet::XlsxTableSheet(const LayoutTable &table) : m_grid(table)
{
    int depth = 1;
    for (int c = 0; c < m_grid.columnCount(); ++c)
        depth = std::max(depth, int(m_grid.column(c).path.size()));
    const int bottom = HeaderTop + depth - 1;
    // Per header level, neighbouring columns that share the path so far share one merged cell; a
    // column's last title reaches down to the bottom header row and is never merged sideways.
    for (int level = 0; level < depth; ++level) {
        for (int c = 0; c < m_grid.columnCount();) {
            const QStringList &path = m_grid.column(c).path;
            if (path.size() <= level) {
                ++c;
                continue;
            }
            const bool last = level == path.size() - 1;
            int end = c;
            while (!last && end + 1 < m_grid.columnCount()) {
                const QStringList &next = m_grid.column(end + 1).path;
                if (next.size() <= level + 1 || next.mid(0, level + 1) != path.mid(0, level + 1))
                    break;
                ++end;
            }
            m_header.append({ path.at(level), HeaderTop + level, last ? bottom : HeaderTop + level, c, end });
            c = end + 1;
        }
    }
    m_lanciRow = m_grid.hasLanci() ? bottom + 1 : -1;
    m_firstDataRow = bottom + 1 + (m_grid.hasLanci() ? 1 : 0);
}

std::optional<std::pair<int, int>> XlsxTableSheet::position(const CellRef &ref) const
{
    const auto [line, column] = m_grid.positionOf(ref);
    if (line < 0 || column < 0)
        return std::nullopt;
    return std::pair { m_firstDataRow + line, column };
}

QString XlsxTableSheet::cellName(int row, int column)
{
    QString name;
    for (++column; column > 0; column = (column - 1) / 26)
        name.prepend(QLatin1Char(char('A' + (column - 1) % 26)));
    return name + QString::number(row + 1);
}
