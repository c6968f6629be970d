#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct DocumentData;
class ReportTemplate;

// A fund whose 科目 tables list (tables.json "funds"): the id the tables' rowLists use, its
// name and short mark for the user, and the 类 or 款 codes whose 科目 belong to it.
struct Fund
{
    QString id;
    QString name;
    QString mark;
    QStringList codes;

    // Whether the profile files `code` (a 项) under this fund by its 类 or 款.
    bool marks(const QString &code) const;
};

// Which tables share a 科目: the template says which funds' 科目 each table lists (a table's
// rowLists), and a 科目 belongs to one fund's list. A 科目 added to one table therefore appears
// in every table that lists its fund, and removing it removes it from all of them.
namespace ClassRowLists {

// The fund `id` as the profile names it (its id stands in for a name the profile lacks).
Fund fund(const ReportTemplate &reportTemplate, const QString &id);

// The funds `sheet` lists, in its order, named as the profile names them.
QList<Fund> fundsOf(const ReportTemplate &reportTemplate, const QString &sheet);

// The fund `code` is filed under in `sheet`: a single-fund table's own fund; in a table that
// lists several, the fund the document records for the 科目, or for a document that records
// none the fund of a single-fund table that has it, else the table's first fund.
QString fundOf(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &sheet,
               const QString &code);

// The single-fund table (T5, T7, T8) that already lists `code`; empty when none does.
QString singleFundTable(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &code);
// The fund of that table; empty when no single-fund table lists `code`.
QString listedFund(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &code);

// The fund to offer for a new `code` in `sheet`: the fund of a single-fund table that already
// has it, else the fund whose codes mark its 类 or 款, else the table's first fund.
QString suggestedFund(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &sheet,
                      const QString &code);

// The tables that list `fund`'s 科目, `sheet` first.
QStringList tablesListing(const ReportTemplate &reportTemplate, const QString &sheet, const QString &fund);

// The tables that list `code` once it is in `sheet`, `sheet` first.
QStringList sharingTables(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &sheet,
                          const QString &code);

} // namespace ClassRowLists
