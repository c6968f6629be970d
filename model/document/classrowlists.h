#pragma once

#include <QString>
#include <QStringList>

struct DocumentData;
class ReportTemplate;

// Which tables share a 科目: the template says which funds' 科目 each table lists (a table's
// rowLists), and a 科目 belongs to one fund's list. A 科目 added to one table therefore appears
// in every table that lists its fund, and removing it removes it from all of them.
namespace ClassRowLists {

// The tables that list `code` once it is in `sheet`, `sheet` first. A table that lists several
// funds (收入决算表, 支出决算表) files a new 科目 under the fund of a single-fund table that
// already has it, otherwise under its first fund.
QStringList sharingTables(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &sheet,
                          const QString &code);

} // namespace ClassRowLists
