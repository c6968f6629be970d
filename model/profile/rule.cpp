#include "profile/rule.h"

#include "profile/reporttemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Rule", text);
}

const struct
{
    const char *name;
    Rule::Kind kind;
    const char *family;
} kinds[] = {
    { "compare", Rule::Kind::Compare, "identity" },
    { "implies", Rule::Kind::Implies, "plausibility" },
    { "change", Rule::Kind::Change, "change" },
    { "completion", Rule::Kind::Completion, "completion" },
    { "reason", Rule::Kind::Reason, "missingReason" },
    { "departmentSection", Rule::Kind::DepartmentSection, "plausibility" },
};

const std::pair<const char *, Rule::Operator> operators[] = {
    { "=", Rule::Operator::Equal }, { "<=", Rule::Operator::LessOrEqual }, { ">=", Rule::Operator::GreaterOrEqual },
    { "<", Rule::Operator::Less },  { ">", Rule::Operator::Greater },
};

const std::pair<const char *, Rule::Level> levels[] = {
    { "error", Rule::Level::Error },
    { "warning", Rule::Level::Warning },
    { "info", Rule::Level::Info },
};

template<typename Value, std::size_t N>
std::optional<Value> lookUp(const std::pair<const char *, Value> (&table)[N], const QString &name)
{
    for (const auto &[known, value] : table) {
        if (name == QLatin1String(known))
            return value;
    }
    return std::nullopt;
}

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

} // namespace

bool Rule::holds(qint64 left, qint64 right) const
{
    switch (op) {
    case Operator::Equal:
        return left == right;
    case Operator::LessOrEqual:
        return left <= right;
    case Operator::GreaterOrEqual:
        return left >= right;
    case Operator::Less:
        return left < right;
    case Operator::Greater:
        return left > right;
    }
    return false;
}

std::optional<Rule> Rule::read(const QJsonObject &json, bool check, const ReportTemplate &reportTemplate,
                               QString *key, QString *error)
{
    const auto fail = [&](const char *field, const QString &why) {
        *key = QLatin1String(field);
        *error = why;
        return std::nullopt;
    };
    Rule rule;
    rule.id = str(json, "id");
    if (rule.id.isEmpty())
        return fail("id", tr("a rule needs an id"));

    const QString kindName = check ? QStringLiteral("compare") : str(json, "kind");
    bool knownKind = false;
    for (const auto &kind : kinds) {
        if (kindName == QLatin1String(kind.name)) {
            rule.kind = kind.kind;
            rule.family = QString::fromLatin1(kind.family);
            knownKind = true;
        }
    }
    if (!knownKind)
        return fail("kind", tr("unknown kind \"%1\"").arg(kindName));
    rule.family = json.value(QLatin1String("family")).toString(rule.family);

    const QString severity = json.value(QLatin1String("severity")).toString(QStringLiteral("error"));
    const std::optional<Level> level = lookUp(levels, severity);
    if (!level)
        return fail("severity", tr("unknown severity \"%1\" (error, warning or info)").arg(severity));
    rule.severity = *level;

    const QString op = json.value(QLatin1String("op")).toString(QStringLiteral("="));
    const std::optional<Operator> parsedOp = lookUp(operators, op);
    if (!parsedOp)
        return fail("op", tr("unknown operator \"%1\" (=, <=, >=, < or >)").arg(op));
    rule.op = *parsedOp;

    rule.section = str(json, "section");
    rule.each = str(json, "each");
    rule.level = json.value(QLatin1String("level")).toInt();
    if (!rule.each.isEmpty() && rule.each != QLatin1String("@projects")) {
        const TableDef *table = reportTemplate.table(rule.each);
        if (!table || !table->hasClassificationRows())
            return fail("each", tr("\"%1\" is neither a table with classification rows nor \"@projects\"").arg(rule.each));
    }
    rule.reasonKey = str(json, "reason");
    rule.upOnly = str(json, "direction") == QLatin1String("up");
    rule.thresholdPercent = json.value(QLatin1String("threshold")).toInt(-1);
    rule.code = str(json, "code");
    for (const QJsonValue &word : json.value(QLatin1String("nameContains")).toArray())
        rule.nameContains.append(word.toString());
    rule.message = str(json, "message");
    if (rule.message.isEmpty())
        return fail("message", tr("a rule needs a message"));
    rule.bareFigures = check;
    const bool identity = check && rule.op == Operator::Equal && rule.severity == Level::Error;
    const QString tolerance = json.value(QLatin1String("tolerance")).toString(identity ? QStringLiteral("tail") : QString());
    if (!tolerance.isEmpty() && tolerance != QLatin1String("tail"))
        return fail("tolerance", tr("unknown tolerance \"%1\" (\"tail\" or none)").arg(tolerance));
    rule.tolerance = tolerance.isEmpty() ? Tolerance::None : Tolerance::Tail;

    if (rule.kind == Kind::DepartmentSection) {
        if (rule.each.isEmpty() || !reportTemplate.functionalBook().contains(rule.code))
            return fail("code", tr("\"%1\" is not a 款 of the functional classification").arg(rule.code));
        return rule;
    }
    // The budget a {budget} figure reads: the rule's own kind, else its file's setting.
    const BudgetChoice budget = reportTemplate.budgetChoice(check ? QStringLiteral("tables") : QStringLiteral("rules"))
                                        .overriddenBy(json.value(QLatin1String("budget")));
    QString unknownKind;
    if (json.contains(QLatin1String("budget")) && !budget.kinds->knows(budget.chosen, &unknownKind))
        return fail("budget", unknownKind);
    for (const auto &[field, side] : { std::pair { "lhs", &rule.lhs }, std::pair { "rhs", &rule.rhs } }) {
        QString why;
        *side = RuleExpression::parse(str(json, field), &why, budget);
        if (why.isEmpty())
            why = side->unknownReference(reportTemplate, rule.each);
        if (!why.isEmpty())
            return fail(field, why);
    }
    return rule;
}
