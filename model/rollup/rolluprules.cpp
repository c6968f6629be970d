#include "rollup/rolluprules.h"

#include "profile/reporttemplate.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {

std::optional<RollupRules::Side> readSide(const ReportTemplate &reportTemplate, const QJsonObject &json,
                                          const QString &where, QString *error)
{
    RollupRules::Side side { json.value(QLatin1String("table")).toString(),
                             json.value(QLatin1String("column")).toString(),
                             json.value(QLatin1String("by")).toString() == QLatin1String("subordinate") };
    const TableDef *table = reportTemplate.table(side.table);
    const bool hasColumn = table && std::any_of(table->blocks.cbegin(), table->blocks.cend(), [&](const BlockDef &block) {
                               return block.column(side.column) != nullptr;
                           });
    if (!hasColumn) {
        *error = QCoreApplication::translate("RollupRules", "rollup.json: %1 names the column %2.%3, which the tables do not have")
                         .arg(where, side.table, side.column);
        return std::nullopt;
    }
    return side;
}

} // namespace

std::optional<RollupRules> RollupRules::fromTemplate(const ReportTemplate &reportTemplate, QString *error)
{
    const QJsonObject json = reportTemplate.part(QStringLiteral("rollup"));
    RollupRules rules;
    const QJsonObject operations = json.value(QLatin1String("operations")).toObject();
    rules.operationsSheet = operations.value(QLatin1String("sheet")).toString();
    for (const QJsonValue &name : operations.value(QLatin1String("kinds")).toArray()) {
        const auto kind = DepartmentInfo::kindFromName(name.toString());
        if (!kind) {
            *error = QCoreApplication::translate("RollupRules", "rollup.json: operations.kinds names \"%1\", not 行政, 参公 or 事业").arg(name.toString());
            return std::nullopt;
        }
        rules.operationsKinds.append(*kind);
    }
    if (!rules.operationsSheet.isEmpty() && !reportTemplate.table(rules.operationsSheet)) {
        *error = QCoreApplication::translate("RollupRules", "rollup.json: operations.sheet names %1, which the profile does not have").arg(rules.operationsSheet);
        return std::nullopt;
    }
    for (const QJsonValue &value : json.value(QLatin1String("transfers")).toArray()) {
        const QJsonObject item = value.toObject();
        Transfer transfer;
        transfer.id = item.value(QLatin1String("id")).toString();
        transfer.title = item.value(QLatin1String("title")).toString(transfer.id);
        transfer.eliminate = item.value(QLatin1String("eliminate")).toBool(true);
        const QString where = QStringLiteral("transfers[%1]").arg(transfer.id);
        const auto paid = readSide(reportTemplate, item.value(QLatin1String("paid")).toObject(), where, error);
        const auto received = paid ? readSide(reportTemplate, item.value(QLatin1String("received")).toObject(), where, error)
                                   : std::nullopt;
        if (!received)
            return std::nullopt;
        transfer.paid = *paid;
        transfer.received = *received;
        rules.transfers.append(transfer);
    }
    return rules;
}
