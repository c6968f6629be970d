#include "document/classrowlists.h"

#include "document/documentdata.h"
#include "profile/reporttemplate.h"

namespace {

QString fundOf(const ReportTemplate &reportTemplate, const DocumentData &data, const TableDef &own,
               const QString &code)
{
    if (own.rowLists.size() == 1)
        return own.rowLists.first();
    for (const TableDef &table : reportTemplate.tables()) {
        if (table.rowLists.size() == 1 && own.rowLists.contains(table.rowLists.first())
            && data.classRows.value(table.id).contains(code))
            return table.rowLists.first();
    }
    return own.rowLists.value(0);
}

} // namespace

namespace ClassRowLists {

QStringList sharingTables(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &sheet,
                          const QString &code)
{
    QStringList tables { sheet };
    const TableDef *own = reportTemplate.table(sheet);
    if (!own || own->rowLists.isEmpty())
        return tables;
    const QString fund = fundOf(reportTemplate, data, *own, code);
    for (const TableDef &table : reportTemplate.tables()) {
        if (table.id != sheet && table.rowLists.contains(fund))
            tables.append(table.id);
    }
    return tables;
}

} // namespace ClassRowLists
