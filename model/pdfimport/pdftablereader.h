#pragma once

#include "pdfimport/pdfimportresult.h"
#include "pdfimport/pdflines.h"

#include <QHash>
#include <QList>

struct BlockDef;
struct ColumnDef;
struct PdfLayout;
struct RowDef;
struct TableDef;
class ReportTemplate;

// Reads one statutory table from the lines of the pages it is printed on: locates its value
// columns by their 栏次 (or, failing that, by their header titles), places each body line's row
// by its code or its label, and keeps every figure with its page.
class PdfTableReader {
public:
    PdfTableReader(const ReportTemplate &reportTemplate, const TableDef &table, const PdfLayout &layout);

    // The table's part of one page: the lines under its title, or the whole page when the table
    // continues there. Returns false when the page shows no columns of the table and no text
    // besides (a table printed as an image).
    bool readPage(int page, const QList<PdfLine> &lines, QList<PdfProblem> *problems);
    // A line matching the layout's table end (注：…) was read.
    bool ended() const { return m_ended; }
    const PdfTableRead &result() const { return m_result; }

private:
    struct Column {
        int block = 0;
        const ColumnDef *def = nullptr;
        double centre = 0;
        double halfWidth = 0;
    };
    struct LabelRow {
        QString key;
        const RowDef *def = nullptr;
    };
    struct LineParts {
        QList<QStringList> labels; // per block
        QList<QList<std::pair<int, QString>>> values; // per block: column index, printed text
    };

    bool locateColumns(const QList<PdfLine> &lines, int *bodyStart);
    bool locateByLanci(const QList<PdfLine> &lines, int *bodyStart);
    bool locateByTitles(const QList<PdfLine> &lines, int *bodyStart);
    void setWidths();
    LineParts split(const PdfLine &line) const;
    QString normalised(const QString &label) const;
    LabelRow rowFor(int block, const QStringList &label) const;
    // Places the row of line `index` by its label (joined with wrapped parts) and keeps its figures.
    void readRow(
        int page, int block, const QList<LineParts> &lines, qsizetype index, QList<PdfProblem> *problems);
    bool isFrame(const QString &text) const;

    const ReportTemplate &m_template;
    const TableDef &m_table;
    const PdfLayout &m_layout;
    QList<Column> m_columns; // located on the current page, else on the last page that showed them
    QList<QHash<QString, LabelRow>> m_labels; // per block: normalised label → row
    PdfTableRead m_result;
    bool m_ended = false;
    bool m_hasCodes = false; // rows are placed by classification codes
};
