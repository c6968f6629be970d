#pragma once

#include <QList>
#include <QString>

#include <optional>

// One worksheet of a workbook as text: every cell's shown value, merged ranges filled from their
// top-left cell so that a header spanning several columns names each of them.
struct SheetGrid
{
    struct Cell
    {
        QString text;
        bool number = false; // a numeric value: `text` is Excel's decimal text of it
        QString formula;     // without the leading "=", when the cell is computed
    };

    QString name;
    QList<QList<Cell>> rows;

    int rowCount() const { return int(rows.size()); }
    int columnCount() const;
    const Cell &cell(int row, int column) const;
    QString text(int row, int column) const { return cell(row, column).text; }
};

struct Workbook
{
    QList<SheetGrid> sheets;

    const SheetGrid *sheet(const QString &name) const;
};

// Reads .xlsx workbooks (Office Open XML spreadsheets) with minizip: the sheets in order, shared
// and inline strings, numbers as written, merged cells. Formulas are read by their cached values.
namespace XlsxReader {

// Whether the bytes begin like a zip archive, which is what an .xlsx file is.
bool looksLikeZip(const QByteArray &head);
// Fails (nullopt, `error` set) on a missing file, a file that is not a zip archive, a zip that is
// not a workbook, and a damaged or oversized part.
std::optional<Workbook> read(const QString &path, QString *error);

} // namespace XlsxReader
