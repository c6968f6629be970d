#include "audit/rulebook.h"

#include "profile/profilelists.h"
#include "profile/reporttemplate.h"

#include <QCoreApplication>
#include <QJsonObject>

std::shared_ptr<const Rulebook> Rulebook::forTemplate(const ReportTemplate &reportTemplate, QString *error)
{
    auto book = std::make_shared<Rulebook>();
    book->m_id = reportTemplate.id();
    book->m_changeThreshold = reportTemplate.ruleSettings().changeThresholdPercent;
    book->m_completionLow = reportTemplate.ruleSettings().completionLowPercent;
    book->m_rules = reportTemplate.rules();
    QString why;
    const QJsonObject text = reportTemplate.part(QStringLiteral("rules")).value(QLatin1String("text")).toObject();
    const auto lists = [&](const QString &part) { return ProfileLists::items(reportTemplate.part(part), part); };
    if (!TextRules::read(text, lists, reportTemplate.budgetChoice(QStringLiteral("rules")), &book->m_text, &why)) {
        *error = QCoreApplication::translate("Rulebook", "The text audit of profile %1 cannot run: %2")
                         .arg(reportTemplate.id(), why);
        return nullptr;
    }
    return book;
}
