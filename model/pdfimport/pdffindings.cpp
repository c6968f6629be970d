#include "pdfimport/pdffindings.h"

#include "document/document.h"
#include "pdfimport/pdfimportresult.h"
#include "pdfimport/pdflayout.h"
#include "profile/reporttemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

QString tableName(const Document &document, const QString &id)
{
    const TableDef *table = document.reportTemplate().table(id);
    return table ? table->title : id;
}

Finding problemFinding(const PdfProblem &problem, const Document &document)
{
    Finding finding;
    finding.kind = QStringLiteral("pdf");
    finding.section = problem.table;
    const QString table = tableName(document, problem.table);
    switch (problem.kind) {
    case PdfProblem::Kind::UnreadableCell:
        finding.ruleId = QStringLiteral("PDF-CELL");
        finding.message = QCoreApplication::translate(
            "PdfFindings", "Page %1, %2: the cell in row \"%3\", column \"%4\" could not be read (\"%5\").")
                              .arg(problem.page)
                              .arg(table, problem.row, problem.column, problem.text);
        break;
    case PdfProblem::Kind::UnmatchedRow:
        finding.ruleId = QStringLiteral("PDF-ROW");
        finding.severity = Severity::Warning;
        finding.message = QCoreApplication::translate("PdfFindings",
            "Page %1, %2: the row \"%3\" matches no row of the template; its figures (%4) "
            "were not taken.")
                              .arg(problem.page)
                              .arg(table, problem.row, problem.text);
        break;
    case PdfProblem::Kind::UnreadableTable:
        finding.ruleId = QStringLiteral("PDF-IMAGE");
        finding.message = QCoreApplication::translate("PdfFindings",
            "Page %1, %2: the table has no text under its title (printed as an image?) "
            "and could not be read.")
                              .arg(problem.page)
                              .arg(table);
        break;
    case PdfProblem::Kind::MissingTable:
        finding.ruleId = QStringLiteral("PDF-MISSING");
        finding.message
            = QCoreApplication::translate("PdfFindings", "%1 was not found in the PDF.").arg(table);
        break;
    }
    return finding;
}

// A printed figure the program derives (a total, a subtotal) is compared with what the printed
// parts add up to, both at the printed precision.
QList<Finding> tails(const PdfImport &import, const Document &document)
{
    const int decimals = document.reportTemplate().display().decimals;
    qint64 step = Money::fenPerUnit(document.reportTemplate().display().unit);
    for (int i = 0; i < decimals; ++i)
        step /= 10;
    const auto rounded = [step](qint64 fen) {
        const qint64 half = step / 2;
        return fen >= 0 ? (fen + half) / step * step : -((-fen + half) / step * step);
    };
    QList<Finding> findings;
    for (const PdfTableRead &table : import.tables) {
        for (const PrintedCell &cell : table.cells) {
            const SheetLayout &layout = document.layout();
            if (!layout.contains(cell.ref) || layout.isInput(cell.ref))
                continue;
            const qint64 computed = rounded(document.value(cell.ref));
            if (computed == cell.value)
                continue;
            const qint64 difference = cell.value - computed;
            const int terms = int(layout.formula(cell.ref).terms.size());
            Finding finding;
            finding.ruleId = QStringLiteral("PDF-TAIL");
            finding.kind = QStringLiteral("tail");
            finding.section = table.table;
            finding.severity
                = std::abs(difference) <= tailToleranceFen(terms) ? Severity::Warning : Severity::Error;
            const LayoutTable *layoutTable = layout.table(cell.ref.sheet);
            const LayoutRow *row = layoutTable ? layoutTable->row(cell.ref.row) : nullptr;
            const ColumnDef *column = layout.column(cell.ref);
            finding.message = QCoreApplication::translate("PdfFindings",
                "Page %1, %2: the printed %3 / %4 is %5 but its printed parts add up to %6 "
                "(difference %7).")
                                  .arg(cell.page)
                                  .arg(tableName(document, table.table), row ? row->label : cell.ref.row,
                                      column ? column->title.join(QLatin1Char('/')) : cell.ref.column,
                                      AuditValue::money(cell.value, decimals).text(),
                                      AuditValue::money(computed, decimals).text(),
                                      AuditValue::money(difference, decimals).text());
            finding.actual = AuditValue::money(cell.value, decimals);
            finding.expected = AuditValue::money(computed, decimals);
            finding.difference = AuditValue::money(difference, decimals);
            finding.locations = { FindingLocation::atCell(cell.ref) };
            findings.append(finding);
        }
    }
    return findings;
}

// Whether a cell's value follows from printed figures alone.
bool isKnown(
    const CellRef &ref, const QSet<CellRef> &printed, const SheetLayout &layout, QHash<CellRef, bool> *memo)
{
    if (printed.contains(ref))
        return true;
    if (!layout.contains(ref) || layout.isInput(ref))
        return false;
    const auto found = memo->constFind(ref);
    if (found != memo->cend())
        return *found;
    memo->insert(ref, false); // a cycle proves nothing
    const CellFormula formula = layout.formula(ref);
    const bool known = std::all_of(formula.terms.cbegin(), formula.terms.cend(),
        [&](const CellFormula::Term &term) { return isKnown(term.ref, printed, layout, memo); });
    memo->insert(ref, known);
    return known;
}

} // namespace

QList<Finding> PdfFindings::onlyPrinted(const QList<Finding> &findings, const PdfImport &import,
    const Document &document, const PdfLayout &layout, int *skipped)
{
    QSet<CellRef> printed;
    for (const PdfTableRead &table : import.tables) {
        for (const PrintedCell &cell : table.cells)
            printed.insert(cell.ref);
    }
    QHash<CellRef, bool> memo;
    QList<Finding> kept;
    *skipped = 0;
    for (const Finding &finding : findings) {
        bool cells = false;
        bool department = false;
        bool known = true;
        for (const FindingLocation &location : finding.locations) {
            if (location.kind == FindingLocation::Kind::Department)
                department = true;
            if (location.kind == FindingLocation::Kind::Cell) {
                cells = true;
                known = known && isKnown(location.cell, printed, document.layout(), &memo);
            }
        }
        const bool unprinted
            = layout.unprintedKinds.contains(finding.kind) || layout.unprintedRules.contains(finding.ruleId);
        if (!unprinted && (department || (cells && known)))
            kept.append(finding);
        else
            ++*skipped;
    }
    return kept;
}

QList<Finding> PdfFindings::check(const PdfImport &import, const Document &document)
{
    QList<Finding> findings;
    for (const PdfProblem &problem : import.problems)
        findings.append(problemFinding(problem, document));
    return findings + tails(import, document);
}
