#include "audit/textrules.h"

#include "audit/textscanner.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

QStringList strings(const QJsonValue &value, bool normalize = true)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(normalize ? TextScanner::normalize(item.toString()) : item.toString());
    return list;
}

RuleExpression expression(const QJsonObject &json, const char *name, const BudgetChoice &budget, QString *error)
{
    const QString text = json.value(QLatin1String(name)).toString();
    if (text.isEmpty())
        return RuleExpression();
    QString why;
    RuleExpression parsed = RuleExpression::parse(text, &why, budget);
    if (!why.isEmpty() && error->isEmpty())
        *error = QStringLiteral("fact \"%1\": %2").arg(json.value(QLatin1String("id")).toString(), why);
    return parsed;
}

TextFactDef readFact(const QJsonObject &json, const BudgetChoice &budget, QString *error)
{
    TextFactDef fact;
    fact.id = json.value(QLatin1String("id")).toString();
    fact.label = json.value(QLatin1String("label")).toString();
    fact.shortLabel = json.value(QLatin1String("short")).toString(fact.label);
    fact.keys = strings(json.value(QLatin1String("keys")));
    fact.value = expression(json, "value", budget, error);
    fact.budget = expression(json, "budget", budget, error);
    fact.prior = expression(json, "prior", budget, error);
    fact.whole = json.value(QLatin1String("whole")).toString();
    fact.parts = strings(json.value(QLatin1String("parts")), false);
    const QJsonObject counts = json.value(QLatin1String("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        QString why;
        fact.counts.append({ TextScanner::normalize(it.key()), RuleExpression::parse(it.value().toString(), &why) });
        if (!why.isEmpty() && error->isEmpty())
            *error = why;
    }
    fact.unit = TextScanner::normalize(json.value(QLatin1String("unit")).toString());
    fact.sections = strings(json.value(QLatin1String("sections")), false);
    return fact;
}

// One fact per item of a profile's list: the words a text names a vehicle category by are the
// category's label, so a province that renames a category renames what the audit looks for.
void readListFacts(const QJsonArray &defs, const std::function<QJsonArray(const QString &)> &lists,
                   const BudgetChoice &budget, QList<TextFactDef> *facts, QString *error)
{
    for (const QJsonValue &value : defs) {
        const QJsonObject def = value.toObject();
        const QString list = def.value(QLatin1String("list")).toString();
        const QString partOf = def.value(QLatin1String("partOf")).toString();
        const auto whole = std::find_if(facts->cbegin(), facts->cend(), [&](const TextFactDef &f) { return f.id == partOf; });
        const qsizetype wholeAt = whole == facts->cend() ? -1 : whole - facts->cbegin();
        for (const QJsonValue &item : lists(list)) {
            const QString id = item.toObject().value(QLatin1String("id")).toString();
            const QString label = item.toObject().value(QLatin1String("label")).toString();
            QJsonObject fact { { QStringLiteral("id"), QString(list + QLatin1Char('.') + id) },
                               { QStringLiteral("label"), label },
                               { QStringLiteral("keys"), QJsonArray { label } },
                               { QStringLiteral("value"), def.value(QLatin1String("value")).toString().replace(QLatin1String("{id}"), id) },
                               { QStringLiteral("unit"), def.value(QLatin1String("unit")) } };
            facts->append(readFact(fact, budget, error));
            if (wholeAt >= 0)
                (*facts)[wholeAt].parts.append(facts->constLast().id);
        }
    }
}

} // namespace

QString TextRules::sectionOfTextKey(const QString &key) const
{
    QString section;
    qsizetype matched = -1;
    for (const auto &[prefix, name] : sectionOfText) {
        if (key.startsWith(prefix) && prefix.size() > matched) {
            matched = prefix.size();
            section = name;
        }
    }
    return section;
}

bool TextRules::read(const QJsonObject &json, const std::function<QJsonArray(const QString &)> &lists,
                     const BudgetChoice &budget, TextRules *rules, QString *error)
{
    error->clear();
    const QJsonObject sections = json.value(QLatin1String("sectionOfText")).toObject();
    for (auto it = sections.begin(); it != sections.end(); ++it)
        rules->sectionOfText.append({ it.key(), it.value().toString() });
    for (const QJsonValue &fact : json.value(QLatin1String("facts")).toArray())
        rules->facts.append(readFact(fact.toObject(), budget, error));
    readListFacts(json.value(QLatin1String("listFacts")).toArray(), lists, budget, &rules->facts, error);
    rules->classFact = readFact(json.value(QLatin1String("classFact")).toObject(), budget, error);
    rules->itemFact = readFact(json.value(QLatin1String("itemFact")).toObject(), budget, error);
    rules->projectFact = readFact(json.value(QLatin1String("projectFact")).toObject(), budget, error);

    const QJsonObject cues = json.value(QLatin1String("cues")).toObject();
    rules->budgetCues = strings(cues.value(QLatin1String("budget")));
    rules->actualCues = strings(cues.value(QLatin1String("actual")));
    rules->upWords = strings(cues.value(QLatin1String("up")));
    rules->downWords = strings(cues.value(QLatin1String("down")));
    rules->flatWords = strings(cues.value(QLatin1String("flat")));
    rules->moreWords = strings(cues.value(QLatin1String("more")));
    rules->lessWords = strings(cues.value(QLatin1String("less")));
    rules->countUnits = strings(cues.value(QLatin1String("countUnits")));
    rules->residue = strings(json.value(QLatin1String("residue")));

    const QJsonObject self = json.value(QLatin1String("selfNames")).toObject();
    rules->selfPrefixes = strings(self.value(QLatin1String("prefixes")));
    rules->selfKinds = strings(self.value(QLatin1String("kinds")));
    rules->selfNeutral = strings(self.value(QLatin1String("neutral")));

    for (const QJsonValue &value : json.value(QLatin1String("emptyStatements")).toArray()) {
        const QJsonObject statement = value.toObject();
        rules->emptyStatements.append({ TextScanner::normalize(statement.value(QLatin1String("phrase")).toString()),
                                        expression(statement, "value", budget, error),
                                        statement.value(QLatin1String("label")).toString() });
    }
    rules->glossaryHeading = TextScanner::normalize(json.value(QLatin1String("glossaryHeading")).toString());
    const QJsonObject kinds = json.value(QLatin1String("kinds")).toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        const QJsonObject kind = it.value().toObject();
        const QString severity = kind.value(QLatin1String("severity")).toString();
        rules->kinds.insert(it.key(), { kind.value(QLatin1String("id")).toString(),
                                        severity == QLatin1String("warning") ? Severity::Warning : Severity::Error,
                                        kind.value(QLatin1String("message")).toString() });
    }
    return error->isEmpty();
}
