#include "document/classrowlists.h"

#include "document/documentdata.h"
#include "profile/reporttemplate.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

QList<Fund> profileFunds(const ReportTemplate &reportTemplate)
{
    QList<Fund> funds;
    const QJsonArray list = reportTemplate.part(QStringLiteral("tables")).value(QLatin1String("funds")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject json = value.toObject();
        Fund fund { json.value(QLatin1String("id")).toString(), json.value(QLatin1String("name")).toString(),
                    json.value(QLatin1String("mark")).toString(), {} };
        for (const QJsonValue &code : json.value(QLatin1String("codes")).toArray())
            fund.codes.append(code.toString());
        funds.append(fund);
    }
    return funds;
}

} // namespace

bool Fund::marks(const QString &code) const
{
    return std::any_of(codes.cbegin(), codes.cend(), [&code](const QString &prefix) { return code.startsWith(prefix); });
}

namespace ClassRowLists {

Fund fund(const ReportTemplate &reportTemplate, const QString &id)
{
    const QList<Fund> named = profileFunds(reportTemplate);
    const auto found = std::find_if(named.cbegin(), named.cend(), [&id](const Fund &each) { return each.id == id; });
    // A profile that names no funds still works; the user then sees the rowLists id.
    return found != named.cend() ? *found : Fund { id, id, id, {} };
}

QList<Fund> fundsOf(const ReportTemplate &reportTemplate, const QString &sheet)
{
    const TableDef *table = reportTemplate.table(sheet);
    QList<Fund> funds;
    for (const QString &id : table ? table->rowLists : QStringList())
        funds.append(fund(reportTemplate, id));
    return funds;
}

QString singleFundTable(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &code)
{
    for (const TableDef &table : reportTemplate.tables()) {
        if (table.rowLists.size() == 1 && data.classRows.value(table.id).contains(code))
            return table.id;
    }
    return {};
}

QString listedFund(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &code)
{
    const TableDef *table = reportTemplate.table(singleFundTable(reportTemplate, data, code));
    return table ? table->rowLists.first() : QString();
}

QString fundOf(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &sheet,
               const QString &code)
{
    const TableDef *own = reportTemplate.table(sheet);
    if (!own || own->rowLists.isEmpty())
        return {};
    if (own->rowLists.size() == 1)
        return own->rowLists.first();
    const QString recorded = data.rowFunds.value(code);
    if (own->rowLists.contains(recorded))
        return recorded;
    const QString listed = listedFund(reportTemplate, data, code);
    return own->rowLists.contains(listed) ? listed : own->rowLists.first();
}

QString suggestedFund(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &sheet,
                      const QString &code)
{
    const QList<Fund> funds = fundsOf(reportTemplate, sheet);
    if (funds.isEmpty())
        return {};
    const QString listed = listedFund(reportTemplate, data, code);
    for (const Fund &fund : funds) {
        if (fund.id == listed)
            return listed;
    }
    for (const Fund &fund : funds) {
        if (fund.marks(code))
            return fund.id;
    }
    return funds.first().id;
}

QStringList tablesListing(const ReportTemplate &reportTemplate, const QString &sheet, const QString &fund)
{
    QStringList tables { sheet };
    for (const TableDef &table : reportTemplate.tables()) {
        if (table.id != sheet && table.rowLists.contains(fund))
            tables.append(table.id);
    }
    return tables;
}

QStringList sharingTables(const ReportTemplate &reportTemplate, const DocumentData &data, const QString &sheet,
                          const QString &code)
{
    const QString fund = fundOf(reportTemplate, data, sheet, code);
    return fund.isEmpty() ? QStringList { sheet } : tablesListing(reportTemplate, sheet, fund);
}

} // namespace ClassRowLists
