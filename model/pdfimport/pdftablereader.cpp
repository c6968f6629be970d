#include "pdfimport/pdftablereader.h"

#include "pdfimport/pdflayout.h"
#include "profile/reporttemplate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

bool isCode(const QString &word)
{
    if (word.size() < 3 || word.size() > 7)
        return false;
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

PdfTableReader::PdfTableReader(const ReportTemplate &reportTemplate, const TableDef &table, const PdfLayout &layout)
    : m_template(reportTemplate), m_table(table), m_layout(layout)
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
            if (!hasValues(parts.at(i), block))
                continue;
            const QStringList own = parts.at(i).labels.at(block);
            const QStringList before = i > 0 && !hasValues(parts.at(i - 1), block) ? parts.at(i - 1).labels.at(block)
                                                                                    : QStringList();
            const QStringList after = i + 1 < parts.size() && !hasValues(parts.at(i + 1), block)
                    ? parts.at(i + 1).labels.at(block)
                    : QStringList();
            LabelRow row;
            QStringList label = own;
            for (const QStringList &candidate : { own, before + own, own + after, before + own + after }) {
                row = rowFor(block, candidate);
                if (!row.key.isEmpty()) {
                    label = candidate;
                    break;
                }
            }
            readRow(page, label.join(QLatin1Char(' ')), row, parts.at(i).values.at(block), problems);
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
    // The k-th printed column with a given leaf title is the k-th such title from the left.
    QHash<QString, QList<std::pair<double, int>>> found; // leaf title → (x, line)
    for (int i = 0; i < headerEnd; ++i) {
        for (const PdfWord &word : lines.at(i).words)
            found[word.text].append({ word.box.center().x(), i });
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
        int best = -1;
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column &column = m_columns.at(c);
            if (std::abs(x - column.centre) <= column.halfWidth
                && (best < 0 || std::abs(x - column.centre) < std::abs(x - m_columns.at(best).centre)))
                best = c;
        }
        // Classification codes stand left of the figures, but a narrow code column can come close.
        // Text wider than the column it stands in (a note across the table) is no cell.
        if (best >= 0 && !(m_hasCodes && isCode(word.text))
            && word.box.width() <= 2 * m_columns.at(best).halfWidth) {
            parts.values[m_columns.at(best).block].append({ best, word.text });
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

void PdfTableReader::readRow(int page, const QString &label, const LabelRow &row,
                             const QList<std::pair<int, QString>> &values, QList<PdfProblem> *problems)
{
    if (row.key.isEmpty()) {
        QStringList figures;
        for (const auto &value : values)
            figures.append(value.second);
        problems->append({ PdfProblem::Kind::UnmatchedRow, m_table.id, page, label, {}, figures.join(QLatin1Char(' ')) });
        return;
    }
    ++m_result.rows;
    if (row.def->kind == RowKind::Functional && row.key.size() == 7 && !m_result.itemCodes.contains(row.key))
        m_result.itemCodes.append(row.key);
    for (const auto &[index, text] : values) {
        const ColumnDef &column = *m_columns.at(index).def;
        std::optional<qint64> value;
        if (row.def->type == ValueType::Count) {
            const CountParseResult count = parseCount(text, false);
            if (count.ok)
                value = count.value;
        } else {
            const MoneyParseResult money = parseMoney(text, { m_template.display().unit, true, true });
            if (money.ok)
                value = money.value.fen();
        }
        if (value)
            m_result.cells.append({ CellRef { m_table.id, row.key, column.key }, *value, page });
        else
            problems->append({ PdfProblem::Kind::UnreadableCell, m_table.id, page, label,
                               column.title.join(QLatin1Char('/')), text });
    }
}
