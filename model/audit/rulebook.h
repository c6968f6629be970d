#pragma once

#include "audit/auditexpression.h"
#include "audit/finding.h"
#include "audit/textrules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QJsonObject;

// One rule of the audit besides the template's own checks, read from the rules data.
struct TableRule
{
    enum class Kind {
        Compare,          // lhs op rhs, like the template's checks
        Implies,          // lhs > 0 requires rhs > 0
        Change,           // lhs this year against rhs last year: a change beyond the threshold needs a reason
        Completion,       // lhs actual against rhs budget: above 100% or below the low mark needs a reason
        Reason,           // the reason text must not be empty while lhs ≠ rhs
        DepartmentSection // a 款 that belongs to another kind of department
    };

    QString id;
    Kind kind = Kind::Compare;
    Severity severity = Severity::Error;
    QString family; // the finding kind reported
    QString section;
    QString each;   // a table whose classification rows the rule runs over, or "@projects"
    int level = 0;  // with `each`: only codes of this level (1 类, 2 款, 3 项); 0 all
    AuditExpression lhs;
    AuditExpression rhs;
    QString op;
    QString reasonKey;           // may contain {code}; "@project.problems" for projects
    bool upOnly = false;         // change rules: only an increase needs a reason
    int thresholdPercent = -1;   // change rules: overrides the book's setting
    QString code;                // department-section rules: the 款
    QStringList nameContains;    // ... and words one of which the department's name must contain
    QString message;
};

// The audit's rules for one template: table rules, settings and the text audit's vocabulary,
// loaded from ":/profiles/<template id>/rules.json".
class Rulebook
{
public:
    static std::shared_ptr<const Rulebook> load(const QString &templateId, QString *error);
    static std::shared_ptr<const Rulebook> fromJson(const QJsonObject &json, QString *error);

    const QString &id() const { return m_id; }
    int changeThresholdPercent() const { return m_changeThreshold; }
    int completionLowPercent() const { return m_completionLow; }
    const QList<TableRule> &rules() const { return m_rules; }
    const TextRules &text() const { return m_text; }

private:
    QString m_id;
    int m_changeThreshold = 10;
    int m_completionLow = 90;
    QList<TableRule> m_rules;
    TextRules m_text;
};
