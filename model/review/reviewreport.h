#pragma once

#include "review/reviewrow.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The supervisor's table as text: TSV for the terminal, JSON for scripts, CSV for a
// spreadsheet. An unreadable file's counts are unknown and left empty (null in JSON), not 0; so
// are a published PDF's empty reasons and review status, shown as "—".
namespace ReviewReport {

// A header line of column titles, then one tab-separated line per row.
QString toText(const QList<ReviewRow> &rows);
// {"rows": [{"file": …, "path": …, "department": …, …}]}
QByteArray toJson(const QList<ReviewRow> &rows);
// UTF-8 with a byte order mark (so that Excel and WPS read the Chinese), fields quoted as RFC 4180 says.
QByteArray toCsv(const QList<ReviewRow> &rows);
// The cell's text as the table shows it; empty for an unknown count, "—" for what a published
// PDF cannot have.
QString cellText(const ReviewRow &row, int column);
// The cell's number (year and counts) when it is known.
std::optional<int> number(const ReviewRow &row, int column);
// Whether the cell is one a published PDF cannot have (reasons to fill, review status).
bool isNotApplicable(const ReviewRow &row, int column);

} // namespace ReviewReport
