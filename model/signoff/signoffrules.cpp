#include "signoff/signoffrules.h"

#include "profile/reporttemplate.h"

#include <QJsonArray>

SignoffRules SignoffRules::fromTemplate(const ReportTemplate &reportTemplate)
{
    const QJsonObject part = reportTemplate.part(QStringLiteral("signoff"));
    SignoffRules rules;
    // The national base package states the roles; these stand in for a package read without it.
    rules.roles = { QStringLiteral("编制人"), QStringLiteral("审核人"), QStringLiteral("单位负责人") };
    const QJsonArray roles = part.value(QLatin1String("roles")).toArray();
    if (!roles.isEmpty()) {
        rules.roles.clear();
        for (const QJsonValue &role : roles)
            rules.roles.append(role.toString());
    }
    rules.title = part.value(QLatin1String("title")).toString().trimmed();
    if (rules.title.isEmpty())
        rules.title = QStringLiteral("审签");
    if (part.value(QLatin1String("placement")).toString() == QLatin1String("cover"))
        rules.placement = Placement::Cover;
    return rules;
}
