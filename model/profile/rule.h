#pragma once

#include "profile/ruleexpression.h"

#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;
class ReportTemplate;

// One rule of a profile's one rule language, typed when the profile loads: the template's
// checks (`checks` in tables.json) and the audit's rules (`rules` in rules.json) alike.
struct Rule
{
    enum class Kind {
        Compare,          // lhs op rhs
        Implies,          // lhs > 0 requires rhs > 0
        Change,           // lhs this year against rhs last year: a change beyond the threshold needs a reason
        Completion,       // lhs actual against rhs budget: above 100% or below the low mark needs a reason
        Reason,           // the reason text must not be empty while lhs ≠ rhs
        DepartmentSection // a 款 that belongs to another kind of department
    };
    enum class Operator { Equal, LessOrEqual, GreaterOrEqual, Less, Greater };
    enum class Level { Error, Warning, Info };
    // An identity that fails by no more than the rounding of its terms (尾数差) is a warning.
    enum class Tolerance { None, Tail };

    QString id;
    Kind kind = Kind::Compare;
    Level severity = Level::Error;
    QString family; // the finding kind reported
    QString section;
    QString each;   // a table whose classification rows the rule runs over, or "@projects"
    int level = 0;  // with `each`: only codes of this level (1 类, 2 款, 3 项); 0 all
    RuleExpression lhs;
    RuleExpression rhs;
    Operator op = Operator::Equal;
    Tolerance tolerance = Tolerance::None;
    QString reasonKey;           // may contain {code}; "@project.problems" for projects
    bool upOnly = false;         // change rules: only an increase needs a reason
    int thresholdPercent = -1;   // change rules: overrides the rule book's setting
    QString code;                // department-section rules: the 款
    QStringList nameContains;    // ... and words one of which the department's name must contain
    QString message;
    // Template checks say their unit in the message ("{lhs} 万元"): figures are filled in as bare
    // numbers.
    bool bareFigures = false;

    bool holds(qint64 left, qint64 right) const;

    // A rule of rules.json, or (`check`) of the template's checks. On failure `key` names the
    // rule's field at fault and `error` says why.
    static std::optional<Rule> read(const QJsonObject &json, bool check, const ReportTemplate &reportTemplate,
                                    QString *key, QString *error);
};
