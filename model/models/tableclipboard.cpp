#include "models/tableclipboard.h"

#include "commands/clearcells.h"
#include "commands/pastecells.h"
#include "document/document.h"
#include "models/tableformmodel.h"

#include <QCoreApplication>

#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableClipboard", text);
}

QString cellName(const TableFormModel &model, int row, int column)
{
    const LayoutRow *layoutRow = model.grid().rowAt(row, column);
    const QStringList path = model.grid().column(column).path;
    return QStringLiteral("「%1 · %2」").arg(layoutRow ? layoutRow->label : QString(), path.join(QStringLiteral("·")));
}

std::optional<QString> parseInto(const Document &document, const CellRef &ref, const QString &text, MoneyUnit unit,
                                 CellInput *input)
{
    input->ref = ref;
    input->value.reset();
    if (document.layout().valueType(ref) == ValueType::Count) {
        const CountParseResult count = parseCount(text);
        if (!count.ok)
            return count.error;
        if (!count.empty)
            input->value = count.value;
    } else {
        const MoneyParseResult amount = parseMoney(text, { unit, document.layout().allowsNegative(ref), true });
        if (!amount.ok)
            return amount.error;
        if (!amount.empty)
            input->value = amount.value.fen();
    }
    const QString invalid = document.validate(*input);
    if (!invalid.isEmpty())
        return invalid;
    return std::nullopt;
}

} // namespace

namespace TableClipboard {

QString copy(const TableFormModel &model, const QRect &range)
{
    QStringList lines;
    for (int row = range.top(); row <= range.bottom(); ++row) {
        QStringList cells;
        for (int column = range.left(); column <= range.right(); ++column)
            cells.append(model.plainText(model.index(row, column)));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<QStringList> parse(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (normalized.endsWith(QLatin1Char('\n')))
        normalized.chop(1);
    QList<QStringList> rows;
    if (normalized.isEmpty())
        return rows;
    for (const QString &line : normalized.split(QLatin1Char('\n')))
        rows.append(line.split(QLatin1Char('\t')));
    return rows;
}

bool paste(TableFormModel &model, const QRect &selection, const QString &text, QString *error)
{
    Document *document = model.document();
    const QList<QStringList> rows = parse(text);
    if (rows.isEmpty() || !selection.isValid()) {
        *error = tr("There is nothing to paste.");
        return false;
    }
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, row.size());
    const bool fill = rows.size() == 1 && width == 1;
    const QRect target = fill ? selection : QRect(selection.topLeft(), QSize(int(width), int(rows.size())));
    if (target.bottom() >= model.rowCount() || target.right() >= model.columnCount()) {
        *error = tr("The copied range of %1 × %2 cells does not fit here: it would reach beyond the table.")
                         .arg(rows.size())
                         .arg(width);
        return false;
    }
    QList<CellInput> inputs;
    for (int row = target.top(); row <= target.bottom(); ++row) {
        for (int column = target.left(); column <= target.right(); ++column) {
            const CellRef ref = model.cellRef(model.index(row, column));
            if (!ref.isValid()) {
                *error = tr("Nothing was pasted: the range reaches cells that are not amounts (%1).")
                                 .arg(cellName(model, row, column));
                return false;
            }
            if (!document->layout().isInput(ref)) {
                *error = tr("Nothing was pasted: %1 is computed and cannot be pasted into.")
                                 .arg(cellName(model, row, column));
                return false;
            }
            const QStringList &line = rows.at(fill ? 0 : row - target.top());
            const qsizetype at = fill ? 0 : column - target.left();
            const QString cellText = at < line.size() ? line.at(at) : QString();
            CellInput input;
            if (const auto invalid = parseInto(*document, ref, cellText, model.unit(), &input)) {
                *error = tr("Nothing was pasted: \"%1\" for %2: %3")
                                 .arg(cellText.trimmed(), cellName(model, row, column), *invalid);
                return false;
            }
            inputs.append(input);
        }
    }
    if (!document->push(new PasteCells(document, inputs))) {
        *error = tr("The document is read-only.");
        return false;
    }
    return true;
}

bool clear(TableFormModel &model, const QList<QPoint> &cells, QString *error)
{
    Document *document = model.document();
    QList<CellRef> refs;
    for (const QPoint &cell : cells) {
        const CellRef ref = model.cellRef(model.index(cell.y(), cell.x()));
        if (ref.isValid() && document->layout().isInput(ref) && document->data().cells.contains(ref))
            refs.append(ref);
    }
    if (refs.isEmpty())
        return true;
    if (!document->push(new ClearCells(document, refs))) {
        *error = tr("The document is read-only.");
        return false;
    }
    return true;
}

} // namespace TableClipboard
