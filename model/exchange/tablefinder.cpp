#include "exchange/tablefinder.h"

#include "document/sheetlayout.h"
#include "exchange/xlsxreader.h"
#include "exchange/xlsxtablesheet.h"
#include "profile/codebook.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Rows a table's figures may be looked for below its header.
constexpr int MaxHeaderRows = 12;
// This many empty rows in a row end a table.
constexpr int EmptyRowsEndingTable = 5;

bool isCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^\\d{3}(\\d{2}){0,2}$"));
    return code.match(text).hasMatch();
}

// A row label without its numbering ("一、", "（二）", "1.") and the 其中 of a breakdown.
QString bareLabel(const QString &text)
{
    static const QRegularExpression numbering(QStringLiteral("^(其中[：:])?([一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[.、])?"));
    return TableFinder::normalized(text).remove(numbering);
}

bool rowHasNumber(const SheetGrid &grid, int row)
{
    for (const SheetGrid::Cell &cell : grid.rows.value(row)) {
        if (cell.number)
            return true;
    }
    return false;
}

} // namespace

QString TableFinder::normalized(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x3000))
            continue;
        if (c == QChar(0xFF08))
            result += QLatin1Char('(');
        else if (c == QChar(0xFF09))
            result += QLatin1Char(')');
        else if (c == QChar(0xFF1A))
            result += QLatin1Char(':');
        else
            result += c;
    }
    return result;
}

std::optional<TableFinder> TableFinder::find(const SheetGrid &grid, const LayoutTable &table, const CodeBook &functional,
                                             MoneyUnit defaultUnit)
{
    static const QRegularExpression yearPrefix(QStringLiteral("^\\d{4}年度?"));
    const QString title = normalized(table.def->title);
    TableFinder finder(grid, table);
    finder.m_unit = defaultUnit;
    for (int r = 0; r < grid.rowCount() && finder.m_titleRow < 0; ++r) {
        for (const SheetGrid::Cell &cell : grid.rows.at(r)) {
            if (!cell.number && normalized(cell.text).remove(yearPrefix) == title) {
                finder.m_titleRow = r;
                break;
            }
        }
    }
    if (finder.m_titleRow < 0)
        return std::nullopt;
    const int first = finder.firstDataRow();
    if (first < 0)
        return std::nullopt;
    for (int r = finder.m_titleRow + 1; r < first; ++r) {
        for (const SheetGrid::Cell &cell : grid.rows.at(r)) {
            const QString text = normalized(cell.text);
            if (text.startsWith(normalized(SheetWords::preparer())))
                finder.m_preparer = text.mid(normalized(SheetWords::preparer()).size());
            else if (text.startsWith(normalized(SheetWords::unit())) || text.startsWith(QStringLiteral("单位:")))
                finder.m_unit = text.contains(QStringLiteral("万元")) ? MoneyUnit::Wanyuan : MoneyUnit::Yuan;
        }
    }
    finder.matchColumns(finder.m_titleRow + 1, first - 1);
    finder.matchRows(first, functional);
    return finder;
}

int TableFinder::firstDataRow() const
{
    QSet<QString> codes;
    QSet<QString> labels;
    for (const LayoutBlock &block : m_table->blocks) {
        for (const LayoutRow &row : block.rows) {
            if (!row.code.isEmpty())
                codes.insert(row.code);
            labels.insert(bareLabel(row.label));
        }
    }
    const int last = std::min(m_grid->rowCount() - 1, m_titleRow + MaxHeaderRows);
    for (int r = m_titleRow + 1; r <= last; ++r) {
        for (const SheetGrid::Cell &cell : m_grid->rows.at(r)) {
            if (normalized(cell.text) == SheetWords::lanci())
                return r + 1;
        }
    }
    for (int r = m_titleRow + 1; r <= last; ++r) {
        for (const SheetGrid::Cell &cell : m_grid->rows.at(r)) {
            const QString text = normalized(cell.text);
            if (codes.contains(text) || (labels.contains(bareLabel(text)) && rowHasNumber(*m_grid, r)))
                return r;
        }
    }
    return -1;
}

QStringList TableFinder::headerPath(int column, int top, int bottom) const
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    QStringList path;
    for (int r = top; r <= bottom; ++r) {
        const SheetGrid::Cell &cell = m_grid->cell(r, column);
        const QString text = normalized(cell.text);
        if (text.isEmpty() || cell.number || digits.match(text).hasMatch() || text == SheetWords::lanci()
            || text.startsWith(normalized(SheetWords::preparer())) || text.startsWith(QStringLiteral("单位:"))
            || text == normalized(m_table->def->number) || (!path.isEmpty() && path.constLast() == text))
            continue;
        path.append(text);
    }
    return path;
}

void TableFinder::matchColumns(int headerTop, int headerBottom)
{
    const int columnCount = m_grid->columnCount();
    QList<QStringList> paths;
    for (int c = 0; c < columnCount; ++c)
        paths.append(headerPath(c, headerTop, headerBottom));
    const auto endsWith = [](const QStringList &path, const QStringList &tail) {
        return path.size() >= tail.size() && path.mid(path.size() - tail.size()) == tail;
    };

    QList<std::pair<int, int>> spans; // per block: its first and last figure column
    for (int b = 0; b < m_table->blocks.size(); ++b) {
        const BlockDef &block = *m_table->blocks.at(b).def;
        const QString heading = normalized(block.heading);
        std::pair<int, int> span { -1, -1 };
        for (const ColumnDef &column : block.columns) {
            QStringList title;
            for (const QString &part : column.title)
                title.append(normalized(part));
            int chosen = -1;
            for (int c = 0; c < columnCount; ++c) {
                if (m_columns.contains(c) || !endsWith(paths.at(c), title))
                    continue;
                const bool headed = heading.isEmpty() || m_table->blocks.size() == 1 || paths.at(c).contains(heading);
                if (headed) {
                    chosen = c;
                    break;
                }
                if (chosen < 0)
                    chosen = c;
            }
            if (chosen < 0) {
                m_missingColumns.append(column.title.join(QLatin1Char('/')));
                continue;
            }
            m_columns.insert(chosen, { b, column.key });
            span.first = span.first < 0 ? chosen : std::min(span.first, chosen);
            span.second = std::max(span.second, chosen);
        }
        spans.append(span);
    }

    // A block's code and name columns stand between the previous block's figures and the end of
    // its own: the code column says 编码 (or 代码), the name column is the one left of the
    // first figure column or one that says 名称, 项目 or 科目.
    int previousEnd = -1;
    for (int b = 0; b < m_table->blocks.size(); ++b) {
        int code = -1;
        int name = -1;
        int nearest = -1;
        for (int c = previousEnd + 1; c <= spans.at(b).second; ++c) {
            if (m_columns.contains(c))
                continue;
            const QString last = paths.at(c).value(paths.at(c).size() - 1);
            if (last.contains(QStringLiteral("编码")) || last.contains(QStringLiteral("代码")))
                code = code < 0 ? c : code;
            else if (last.contains(QStringLiteral("名称")) || last == SheetWords::item() || last.contains(QStringLiteral("科目")))
                name = name < 0 ? c : name;
            else if (c < spans.at(b).first)
                nearest = c;
        }
        m_codeColumns.append(code);
        m_nameColumns.append(name >= 0 ? name : nearest);
        previousEnd = std::max(previousEnd, spans.at(b).second);
    }
    for (int c = 0; c < columnCount; ++c) {
        if (!m_columns.contains(c) && !m_codeColumns.contains(c) && !m_nameColumns.contains(c) && !paths.at(c).isEmpty())
            m_unmatchedColumns.append(paths.at(c).join(QLatin1Char('/')));
    }
}

void TableFinder::matchRows(int from, const CodeBook &functional)
{
    static const QRegularExpression leadingCode(QStringLiteral("^(\\d{3}(?:\\d{2}){0,2})\\D"));
    const bool takesNewCodes = m_table->def->hasClassificationRows();
    int emptyRun = 0;
    for (int r = from; r < m_grid->rowCount() && emptyRun < EmptyRowsEndingTable; ++r) {
        const QString firstText = normalized(m_grid->rows.at(r).value(0).text);
        if (firstText.startsWith(QStringLiteral("注")))
            break;
        bool empty = true;
        for (int b = 0; b < m_table->blocks.size(); ++b) {
            QString code = m_codeColumns.at(b) >= 0 ? normalized(m_grid->text(r, m_codeColumns.at(b))) : QString();
            const QString name = m_nameColumns.at(b) >= 0 ? m_grid->text(r, m_nameColumns.at(b)) : QString();
            if (code.isEmpty()) {
                const auto match = leadingCode.match(normalized(name));
                if (match.hasMatch())
                    code = match.captured(1);
            }
            if (code.isEmpty() && normalized(name).isEmpty())
                continue;
            empty = false;
            const LayoutBlock &block = m_table->blocks.at(b);
            const LayoutRow *found = nullptr;
            for (const LayoutRow &row : block.rows) {
                if ((!code.isEmpty() && row.code == code) || (code.isEmpty() && bareLabel(row.label) == bareLabel(name))) {
                    found = &row;
                    break;
                }
            }
            if (found) {
                m_rows.append({ r, b, found->key, true });
            } else if (takesNewCodes && isCode(code) && CodeBook::levelOf(code) == 3 && functional.contains(code)) {
                m_rows.append({ r, b, code, false });
            } else {
                bool hasFigure = false;
                for (auto it = m_columns.cbegin(); it != m_columns.cend() && !hasFigure; ++it)
                    hasFigure = it->block == b && !m_grid->text(r, it.key()).trimmed().isEmpty();
                if (hasFigure)
                    m_unmatchedRows.append(QCoreApplication::translate("WorkbookImport", "row %1: %2")
                                                   .arg(r + 1)
                                                   .arg(QStringList { code, name.trimmed() }.join(QLatin1Char(' ')).trimmed()));
            }
        }
        emptyRun = empty ? emptyRun + 1 : 0;
    }
}
