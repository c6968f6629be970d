#include "pdfimport/pdffindings.h"

#include "pdfimport/pdfimportresult.h"
#include "document/document.h"
#include "profile/reporttemplate.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfFindings", text);
}

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
        finding.message = tr("Page %1, %2: the cell in row \"%3\", column \"%4\" could not be read (\"%5\").")
                                  .arg(problem.page)
                                  .arg(table, problem.row, problem.column, problem.text);
        break;
    case PdfProblem::Kind::UnmatchedRow:
        finding.ruleId = QStringLiteral("PDF-ROW");
        finding.severity = Severity::Warning;
        finding.message = tr("Page %1, %2: the row \"%3\" matches no row of the template; its figures (%4) "
                             "were not taken.")
                                  .arg(problem.page)
                                  .arg(table, problem.row, problem.text);
        break;
    case PdfProblem::Kind::UnreadableTable:
        finding.ruleId = QStringLiteral("PDF-IMAGE");
        finding.message = tr("Page %1, %2: the table has no text under its title (printed as an image?) "
                             "and could not be read.")
                                  .arg(problem.page)
                                  .arg(table);
        break;
    case PdfProblem::Kind::MissingTable:
        finding.ruleId = QStringLiteral("PDF-MISSING");
        finding.message = tr("%1 was not found in the PDF.").arg(table);
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
            finding.severity = std::abs(difference) <= tailToleranceFen(terms) ? Severity::Warning : Severity::Error;
            const LayoutTable *layoutTable = layout.table(cell.ref.sheet);
            const LayoutRow *row = layoutTable ? layoutTable->row(cell.ref.row) : nullptr;
            const ColumnDef *column = layout.column(cell.ref);
            finding.message = tr("Page %1, %2: the printed %3 / %4 is %5 but its printed parts add up to %6 "
                                 "(difference %7).")
                                      .arg(cell.page)
                                      .arg(tableName(document, table.table),
                                           row ? row->label : cell.ref.row,
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

} // namespace

QList<Finding> PdfFindings::check(const PdfImport &import, const Document &document)
{
    QList<Finding> findings;
    for (const PdfProblem &problem : import.problems)
        findings.append(problemFinding(problem, document));
    return findings + tails(import, document);
}
