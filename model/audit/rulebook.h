#pragma once

#include "audit/textrules.h"
#include "profile/rule.h"

#include <QList>
#include <QString>

#include <memory>

class ReportTemplate;

// The audit's rules for one profile: its table rules and settings, parsed when the profile
// loaded, and the text audit's vocabulary from the profile's rules.json.
class Rulebook
{
public:
    // nullptr with `error` set when the profile's text vocabulary is broken.
    static std::shared_ptr<const Rulebook> forTemplate(const ReportTemplate &reportTemplate, QString *error);

    const QString &id() const { return m_id; }
    int changeThresholdPercent() const { return m_changeThreshold; }
    int completionLowPercent() const { return m_completionLow; }
    const QList<Rule> &rules() const { return m_rules; }
    const TextRules &text() const { return m_text; }

private:
    QString m_id;
    int m_changeThreshold = 10;
    int m_completionLow = 90;
    QList<Rule> m_rules;
    TextRules m_text;
};
