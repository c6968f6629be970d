#pragma once

#include "profile/ruleexpression.h"
#include "audit/finding.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class QJsonArray;
class QJsonObject;

// A figure the narrative talks about, the words that name it and where its value comes from.
struct TextFactDef
{
    QString id;
    QString label;
    QString shortLabel; // in sums of parts ("因公出国 0.00 + 公务用车 2.00 …")
    QStringList keys;   // normalised (see TextScanner::normalize)
    RuleExpression value;
    RuleExpression budget;
    RuleExpression prior;
    QString whole;      // the fact a bare "占 …%" is a share of
    QStringList parts;  // facts that add up to this one; "@classes" for the 类 of T5
    QList<QPair<QString, RuleExpression>> counts; // count unit → figure ("个" → groups)
    QString unit;       // a count's unit ("辆"); empty for amounts
    QStringList sections; // 情况说明 sections it is named in; empty for everywhere
};

// How one kind of text finding is reported.
struct TextKindDef
{
    QString id;
    Severity severity = Severity::Error;
    QString message;
};

// "本单位当年无政府性基金…": a statement that a table is empty, and the figure that must be 0.
struct EmptyStatementDef
{
    QString phrase;
    RuleExpression value;
    QString label;
};

// The text audit's vocabulary from the rules data: facts, cue words, template residue.
struct TextRules
{
    QList<QPair<QString, QString>> sectionOfText; // document text key or key prefix → section
    QList<TextFactDef> facts;
    TextFactDef classFact;   // one per 类 of T5; {code} is the class
    TextFactDef itemFact;    // one per 项 of T5
    TextFactDef projectFact; // one per project
    QStringList budgetCues, actualCues, upWords, downWords, flatWords, moreWords, lessWords, countUnits;
    QStringList residue;
    QStringList selfPrefixes, selfKinds, selfNeutral;
    QList<EmptyStatementDef> emptyStatements;
    QString glossaryHeading; // the glossary entry that lists the codes used ("本部门使用的支出功能分类科目")
    QHash<QString, TextKindDef> kinds;

    // The section a document text belongs to (longest matching key prefix); empty if none.
    QString sectionOfTextKey(const QString &key) const;
    TextKindDef kind(const QString &name) const { return kinds.value(name); }

    // `lists` gives a list of the profile by its part's name ("vehicles"), for "listFacts";
    // `budget` is what a fact's {budget} figure reads.
    static bool read(const QJsonObject &json, const std::function<QJsonArray(const QString &)> &lists,
                     const BudgetChoice &budget, TextRules *rules, QString *error);
};
