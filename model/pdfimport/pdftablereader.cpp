#include "pdfimport/pdftablereader.h"

#include "pdfimport/pdflayout.h"
#include "profile/reporttemplate.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace {

bool isCode(const QString &word)
{
    if (word.size() < 3 || word.size() > 7)
        return false;
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

std::optional<qint64> figure(const QString &text, ValueType type, MoneyUnit unit)
{
    if (type == ValueType::Count) {
        const CountParseResult count = parseCount(text, false);
        return count.ok ? std::optional<qint64>(count.value) : std::nullopt;
    }
    const MoneyParseResult money = parseMoney(text, { unit, true, true });
    return money.ok ? std::optional<qint64>(money.value.fen()) : std::nullopt;
}

} // namespace

PdfTableReader::PdfTableReader(
    const ReportTemplate &reportTemplate, const TableDef &table, const PdfLayout &layout)
    : m_template(reportTemplate)
    , m_table(table)
    , m_layout(layout)
{
    m_result.table = table.id;
    for (const BlockDef &block : table.blocks) {
        QHash<QString, LabelRow> labels;
        for (const RowDef &row : block.rows) {
            m_hasCodes = m_hasCodes || row.kind == RowKind::Functional || row.kind == RowKind::Economic;
            // Labels can differ only in their numbering (一、一般公共预算财政拨款 and an indented
            // 一般公共预算财政拨款 below it): the label as printed wins over the unnumbered one.
            if (row.kind == RowKind::Fixed || row.kind == RowKind::Total) {
                QString exact = row.label;
                labels.insert(exact.remove(QLatin1Char(' ')), { row.key, &row });
                if (!labels.contains(normalised(row.label)))
                    labels.insert(normalised(row.label), { row.key, &row });
            }
            if (row.kind == RowKind::ClassList) {
                for (const QString &code : reportTemplate.classes())
                    labels.insert(normalised(reportTemplate.functionalBook().name(code)), { code, &row });
            }
        }
        m_labels.append(labels);
    }
}

QString PdfTableReader::normalised(const QString &label) const
{
    QString text = label;
    text.remove(QLatin1Char(' '));
    return text.remove(m_layout.ordinalPrefix);
}

bool PdfTableReader::isFrame(const QString &text) const
{
    if (QString(text).remove(m_layout.tableNumber).isEmpty())
        return true;
    return std::any_of(m_layout.pageFrame.cbegin(), m_layout.pageFrame.cend(),
        [&](const QRegularExpression &pattern) { return pattern.match(text).hasMatch(); });
}

bool PdfTableReader::readPage(int page, const QList<PdfLine> &lines, QList<PdfProblem> *problems)
{
    int bodyStart = 0;
    const bool located = locateColumns(lines, &bodyStart);
    const bool hasText = std::any_of(lines.cbegin(), lines.cend(), [&](const PdfLine &line) {
        return !isFrame(line.compactText()) && !m_layout.department.match(line.compactText()).hasMatch();
    });
    if (!located && m_columns.isEmpty())
        return false;
    if (!located && !hasText)
        return true;
    if (!m_result.pages.contains(page))
        m_result.pages.append(page);

    // Parts of labels printed on lines of their own belong to the value line next to them.
    QList<LineParts> parts;
    for (int i = bodyStart; i < lines.size(); ++i) {
        const QString text = lines.at(i).compactText();
        if (std::any_of(m_layout.tableEnd.cbegin(), m_layout.tableEnd.cend(),
                [&](const QRegularExpression &pattern) { return pattern.match(text).hasMatch(); })) {
            m_ended = true;
            break;
        }
        if (!isFrame(text))
            parts.append(split(lines.at(i)));
    }
    const auto hasValues = [](const LineParts &line, int block) { return !line.values.at(block).isEmpty(); };
    for (qsizetype i = 0; i < parts.size(); ++i) {
        for (int block = 0; block < int(m_table.blocks.size()); ++block) {
            if (hasValues(parts.at(i), block))
                readRow(page, block, parts, i, problems);
        }
    }
    return true;
}

bool PdfTableReader::locateColumns(const QList<PdfLine> &lines, int *bodyStart)
{
    const QList<Column> previous = m_columns;
    m_columns.clear();
    if (locateByLanci(lines, bodyStart) || locateByTitles(lines, bodyStart)) {
        setWidths();
        return true;
    }
    m_columns = previous;
    *bodyStart = 0;
    return false;
}

bool PdfTableReader::locateByLanci(const QList<PdfLine> &lines, int *bodyStart)
{
    if (m_layout.lanciLabel.isEmpty())
        return false;
    for (int i = 0; i < lines.size(); ++i) {
        const PdfLine &line = lines.at(i);
        if (!std::any_of(line.words.cbegin(), line.words.cend(),
                [&](const PdfWord &word) { return word.text == m_layout.lanciLabel; }))
            continue;
        for (const PdfWord &word : line.words) {
            for (int block = 0; block < int(m_table.blocks.size()); ++block) {
                for (const ColumnDef &column : m_table.blocks.at(block).columns) {
                    if (column.printed && !column.lanci.isEmpty() && column.lanci == word.text)
                        m_columns.append({ block, &column, word.box.center().x(), 0 });
                }
            }
        }
        *bodyStart = i + 1;
        return !m_columns.isEmpty();
    }
    return false;
}

bool PdfTableReader::locateByTitles(const QList<PdfLine> &lines, int *bodyStart)
{
    // The header ends where the first figure stands.
    int headerEnd = 0;
    while (headerEnd < lines.size()) {
        const PdfLine &line = lines.at(headerEnd);
        if (std::any_of(line.words.cbegin(), line.words.cend(), [](const PdfWord &word) {
                return word.text.contains(QLatin1Char('.')) && word.text.at(0).isDigit();
            }))
            break;
        ++headerEnd;
    }
    // The k-th printed column with a given leaf title is the k-th such title from the left. A
    // title wrapped in its header cell continues in words centred below it.
    QHash<QString, QList<std::pair<double, int>>> found; // leaf title → (x, last line)
    for (int i = 0; i < headerEnd; ++i) {
        for (const PdfWord &word : lines.at(i).words) {
            const double x = word.box.center().x();
            QString title = word.text;
            found[title].append({ x, i });
            for (int below = i + 1; below < std::min(headerEnd, i + 1 + m_layout.maxLabelLines); ++below) {
                for (const PdfWord &part : lines.at(below).words) {
                    if (std::abs(part.box.center().x() - x) <= word.box.height() / 2) {
                        title += part.text;
                        found[title].append({ x, below });
                    }
                }
            }
        }
    }
    for (auto &positions : found)
        std::sort(positions.begin(), positions.end());
    QHash<QString, int> used;
    int lastHeaderLine = -1;
    for (int block = 0; block < int(m_table.blocks.size()); ++block) {
        for (const ColumnDef &column : m_table.blocks.at(block).columns) {
            if (!column.printed || column.title.isEmpty())
                continue;
            const QString &leaf = column.title.constLast();
            const int index = used[leaf]++;
            const auto positions = found.value(leaf);
            if (index >= positions.size())
                continue;
            m_columns.append({ block, &column, positions.at(index).first, 0 });
            lastHeaderLine = std::max(lastHeaderLine, positions.at(index).second);
        }
    }
    *bodyStart = lastHeaderLine + 1;
    return !m_columns.isEmpty();
}

void PdfTableReader::setWidths()
{
    for (Column &column : m_columns) {
        double nearest = 2 * m_layout.singleColumnHalfWidth;
        for (const Column &other : std::as_const(m_columns)) {
            if (&other != &column && other.block == column.block)
                nearest = std::min(nearest, std::abs(other.centre - column.centre));
        }
        column.halfWidth = nearest / 2;
    }
}

PdfTableReader::LineParts PdfTableReader::split(const PdfLine &line) const
{
    LineParts parts;
    const int blocks = int(m_table.blocks.size());
    parts.labels.resize(blocks);
    parts.values.resize(blocks);
    for (const PdfWord &word : line.words) {
        const double x = word.box.center().x();
        int nearest = -1;
        for (int c = 0; c < m_columns.size(); ++c) {
            if (nearest < 0
                || std::abs(x - m_columns.at(c).centre) < std::abs(x - m_columns.at(nearest).centre))
                nearest = c;
        }
        // A figure belongs to the nearest column even when right-aligned far from its header;
        // other text only when it stands within the column and fits it (else it is a label or
        // a note across the table). Classification codes are labels.
        const bool code = m_hasCodes && isCode(word.text);
        const bool figure = !code && parseMoney(word.text, { MoneyUnit::Wanyuan, true, true }).ok;
        const bool inColumn = nearest >= 0
            && std::abs(x - m_columns.at(nearest).centre) <= m_columns.at(nearest).halfWidth
            && word.box.width() <= 2 * m_columns.at(nearest).halfWidth;
        if (nearest >= 0 && !code && (figure || inColumn)) {
            parts.values[m_columns.at(nearest).block].append({ nearest, word.text });
            continue;
        }
        // A label belongs to the first block whose figures stand to its right.
        for (int block = 0; block < blocks; ++block) {
            const bool right = std::any_of(m_columns.cbegin(), m_columns.cend(), [&](const Column &column) {
                return column.block == block && column.centre - column.halfWidth > x;
            });
            if (right) {
                parts.labels[block].append(word.text);
                break;
            }
        }
    }
    return parts;
}

PdfTableReader::LabelRow PdfTableReader::rowFor(int block, const QStringList &label) const
{
    if (label.isEmpty())
        return {};
    const QString &first = label.constFirst();
    if (!isCode(first)) {
        const QString text = label.join(QString());
        return m_labels.at(block).value(text, m_labels.at(block).value(normalised(text)));
    }
    for (const RowDef &row : m_table.blocks.at(block).rows) {
        if ((row.kind == RowKind::Functional && m_template.functionalBook().contains(first))
            || (row.kind == RowKind::Economic && m_template.economicBook().contains(first)))
            return { first, &row };
    }
    return {};
}

void PdfTableReader::readRow(
    int page, int block, const QList<LineParts> &lines, qsizetype index, QList<PdfProblem> *problems)
{
    // A label wrapped in its cell stands partly on lines without figures above and below.
    const auto labelOnly = [&](qsizetype i) {
        return i >= 0 && i < lines.size() && lines.at(i).values.at(block).isEmpty()
            && !lines.at(i).labels.at(block).isEmpty();
    };
    qsizetype above = 0;
    while (above < m_layout.maxLabelLines && labelOnly(index - above - 1))
        ++above;
    qsizetype below = 0;
    while (below < m_layout.maxLabelLines && labelOnly(index + below + 1))
        ++below;
    LabelRow row;
    QStringList label = lines.at(index).labels.at(block);
    for (qsizetype extra = 0; extra <= above + below && row.key.isEmpty(); ++extra) {
        for (qsizetype up = std::min(extra, above); up >= 0 && extra - up <= below; --up) {
            QStringList candidate;
            for (qsizetype i = index - up; i <= index + (extra - up); ++i)
                candidate += lines.at(i).labels.at(block);
            row = rowFor(block, candidate);
            if (!row.key.isEmpty()) {
                label = candidate;
                break;
            }
        }
    }
    const QList<std::pair<int, QString>> &values = lines.at(index).values.at(block);
    if (row.key.isEmpty()) {
        QStringList figures;
        for (const auto &value : values)
            figures.append(value.second);
        problems->append({ PdfProblem::Kind::UnmatchedRow, m_table.id, page, label.join(QLatin1Char(' ')), {},
            figures.join(QLatin1Char(' ')) });
        return;
    }
    ++m_result.rows;
    if (row.def->kind == RowKind::Functional && row.key.size() == 7 && !m_result.itemCodes.contains(row.key))
        m_result.itemCodes.append(row.key);
    // Two words in one cell (a figure split by the producer, or a stray mark) make it unreadable.
    QMap<int, QStringList> cellTexts;
    for (const auto &[index, text] : values)
        cellTexts[index].append(text);
    for (auto it = cellTexts.cbegin(); it != cellTexts.cend(); ++it) {
        const ColumnDef &column = *m_columns.at(it.key()).def;
        const QString text = it.value().join(QLatin1Char(' '));
        const std::optional<qint64> value
            = it.value().size() == 1 ? figure(text, row.def->type, m_template.display().unit) : std::nullopt;
        if (value)
            m_result.cells.append({ CellRef { m_table.id, row.key, column.key }, *value, page });
        else
            problems->append({ PdfProblem::Kind::UnreadableCell, m_table.id, page, label.join(QString()),
                column.title.join(QLatin1Char('/')), text });
    }
}
