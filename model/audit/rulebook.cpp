#include "audit/rulebook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const struct
{
    const char *name;
    TableRule::Kind kind;
    const char *family;
} kinds[] = {
    { "compare", TableRule::Kind::Compare, "identity" },
    { "implies", TableRule::Kind::Implies, "plausibility" },
    { "change", TableRule::Kind::Change, "change" },
    { "completion", TableRule::Kind::Completion, "completion" },
    { "reason", TableRule::Kind::Reason, "missingReason" },
    { "departmentSection", TableRule::Kind::DepartmentSection, "plausibility" },
};

Severity severityOf(const QString &name)
{
    if (name == QLatin1String("warning"))
        return Severity::Warning;
    return name == QLatin1String("info") ? Severity::Info : Severity::Error;
}

bool readRule(const QJsonObject &json, TableRule *rule, QString *error)
{
    rule->id = json.value(QLatin1String("id")).toString();
    const QString kindName = json.value(QLatin1String("kind")).toString();
    bool known = false;
    for (const auto &kind : kinds) {
        if (kindName == QLatin1String(kind.name)) {
            rule->kind = kind.kind;
            rule->family = QString::fromLatin1(kind.family);
            known = true;
        }
    }
    if (rule->id.isEmpty() || !known) {
        *error = QStringLiteral("rule \"%1\": unknown kind \"%2\"").arg(rule->id, kindName);
        return false;
    }
    rule->family = json.value(QLatin1String("family")).toString(rule->family);
    rule->severity = severityOf(json.value(QLatin1String("severity")).toString());
    rule->section = json.value(QLatin1String("section")).toString();
    rule->each = json.value(QLatin1String("each")).toString();
    rule->level = json.value(QLatin1String("level")).toInt();
    rule->op = json.value(QLatin1String("op")).toString(QStringLiteral("="));
    rule->reasonKey = json.value(QLatin1String("reason")).toString();
    rule->upOnly = json.value(QLatin1String("direction")).toString() == QLatin1String("up");
    rule->thresholdPercent = json.value(QLatin1String("threshold")).toInt(-1);
    rule->code = json.value(QLatin1String("code")).toString();
    for (const QJsonValue &word : json.value(QLatin1String("nameContains")).toArray())
        rule->nameContains.append(word.toString());
    rule->message = json.value(QLatin1String("message")).toString();
    if (rule->kind == TableRule::Kind::DepartmentSection)
        return true;
    QString why;
    rule->lhs = AuditExpression::parse(json.value(QLatin1String("lhs")).toString(), &why);
    if (why.isEmpty())
        rule->rhs = AuditExpression::parse(json.value(QLatin1String("rhs")).toString(), &why);
    if (!why.isEmpty() || rule->lhs.isEmpty() || rule->rhs.isEmpty()) {
        *error = QStringLiteral("rule \"%1\": %2").arg(rule->id, why.isEmpty() ? QStringLiteral("lhs and rhs needed") : why);
        return false;
    }
    return true;
}

} // namespace

std::shared_ptr<const Rulebook> Rulebook::load(const QString &templateId, QString *error)
{
    QFile file(QStringLiteral(":/profiles/%1/rules.json").arg(templateId));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no audit rules for template \"%1\"").arg(templateId);
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), parseError.errorString());
        return nullptr;
    }
    return fromJson(json.object(), error);
}

std::shared_ptr<const Rulebook> Rulebook::fromJson(const QJsonObject &json, QString *error)
{
    auto book = std::make_shared<Rulebook>();
    book->m_id = json.value(QLatin1String("id")).toString();
    const QJsonObject settings = json.value(QLatin1String("settings")).toObject();
    book->m_changeThreshold = settings.value(QLatin1String("changeThresholdPercent")).toInt(10);
    book->m_completionLow = settings.value(QLatin1String("completionLowPercent")).toInt(90);
    for (const QJsonValue &value : json.value(QLatin1String("rules")).toArray()) {
        TableRule rule;
        if (!readRule(value.toObject(), &rule, error))
            return nullptr;
        book->m_rules.append(rule);
    }
    if (!TextRules::read(json.value(QLatin1String("text")).toObject(), &book->m_text, error))
        return nullptr;
    return book;
}
