#include "models/formulatext.h"

#include "document/document.h"

#include <QCoreApplication>

namespace {

// Long sums (a total over 26 classes) are cut so that the tooltip stays readable.
constexpr int MaxTerms = 8;

QStringList columnPath(const SheetLayout &layout, const CellRef &ref)
{
    const ColumnDef *column = layout.column(ref);
    return column ? column->title : QStringList();
}

// The part of `path` that differs from `own`: 公务用车购置费 rather than 决算数·公务用车购置及运行费·公务用车购置费.
QString relativeTitle(const QStringList &path, const QStringList &own)
{
    qsizetype common = 0;
    while (common < path.size() - 1 && common < own.size() && path.at(common) == own.at(common))
        ++common;
    return path.mid(common).join(QStringLiteral("·"));
}

QString rowName(const LayoutRow &row)
{
    return row.code.isEmpty() ? row.label : row.code + QLatin1Char(' ') + row.label;
}

QString termName(const SheetLayout &layout, const CellRef &own, const CellRef &term)
{
    const LayoutTable *table = layout.table(term.sheet);
    const LayoutRow *row = table ? table->row(term.row) : nullptr;
    if (!row)
        return term.toString();
    const QStringList ownPath = columnPath(layout, own);
    const QStringList path = columnPath(layout, term);
    if (term.sheet == own.sheet && term.row == own.row)
        return relativeTitle(path, ownPath);
    const LayoutBlock *block = table->blockOf(term.row);
    const bool oneColumn = block && block->def->columns.size() == 1;
    QString name = rowName(*row);
    if (!oneColumn && !(term.sheet == own.sheet && term.column == own.column))
        name += QStringLiteral("·") + path.join(QStringLiteral("·"));
    if (term.sheet != own.sheet) {
        const QString number = table->def->number.isEmpty() ? table->def->title : table->def->number;
        name = number + QStringLiteral("「") + name + QStringLiteral("」");
    }
    return name;
}

} // namespace

namespace FormulaText {

QString describe(const Document &document, const CellRef &ref)
{
    const SheetLayout &layout = document.layout();
    const CellFormula formula = layout.formula(ref);
    if (formula.source == CellFormula::Source::Input)
        return QString();
    if (formula.terms.isEmpty())
        return QCoreApplication::translate("FormulaText", "= sum of the rows below (none yet)");
    QString text = QStringLiteral("=");
    for (qsizetype i = 0; i < formula.terms.size(); ++i) {
        if (i == MaxTerms) {
            text += QCoreApplication::translate("FormulaText", " + … (%n more)", nullptr,
                                                int(formula.terms.size() - MaxTerms));
            break;
        }
        const CellFormula::Term &term = formula.terms.at(i);
        if (i > 0 || term.sign < 0)
            text += term.sign < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ");
        else
            text += QLatin1Char(' ');
        text += termName(layout, ref, term.ref);
    }
    return text;
}

namespace {

// Calls `visit` with the formula of every value cell of the table.
template<typename Visit>
void forEachFormula(const Document &document, const QString &tableId, Visit visit)
{
    const SheetLayout &layout = document.layout();
    const LayoutTable *table = layout.table(tableId);
    if (!table)
        return;
    for (const LayoutBlock &block : table->blocks) {
        for (const LayoutRow &row : block.rows) {
            for (const ColumnDef &column : block.def->columns)
                visit(layout.formula({ tableId, row.key, column.key }));
        }
    }
}

} // namespace

QStringList sourceTables(const Document &document, const QString &tableId)
{
    QStringList ids;
    forEachFormula(document, tableId, [&](const CellFormula &formula) {
        for (const CellFormula::Term &term : formula.terms) {
            if (term.ref.sheet != tableId && !ids.contains(term.ref.sheet))
                ids.append(term.ref.sheet);
        }
    });
    QStringList names;
    for (const QString &id : std::as_const(ids)) {
        const TableDef *def = document.reportTemplate().table(id);
        if (def)
            names.append(def->number.isEmpty() ? def->title : def->number + QLatin1Char(' ') + def->title);
    }
    return names;
}

bool hasDerivedCells(const Document &document, const QString &tableId)
{
    bool derived = false;
    forEachFormula(document, tableId,
                   [&](const CellFormula &formula) { derived = derived || formula.source != CellFormula::Source::Input; });
    return derived;
}

} // namespace FormulaText
