#pragma once

#include "evaluation/gradebands.h"
#include "money/money.h"
#include "profile/budgetkinds.h"
#include "profile/chartdef.h"
#include "profile/codebook.h"
#include "profile/profilepackage.h"
#include "profile/rule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QJsonObject;

enum class ValueType { Money, Count };

// A column of a table block. A column with a formula is derived in every row.
struct ColumnDef
{
    QString key;
    QStringList title; // header path, outermost first: {"本年支出", "合计"}
    QString lanci;     // 栏次
    QString formula;   // over column keys of the same row
    bool printed = true;
    bool allowNegative = false;
    // A blank input is unknown, not zero (last year's figures, budgets): "unknownWhenBlank".
    bool unknownWhenBlank = false;
};

enum class RowKind {
    Fixed,      // one row of the template, an input unless it has a formula
    Total,      // the sum of the block's top-level classification rows
    Functional, // the 类/款/项 rows the document uses, from the functional code book
    Economic,   // the economic code book's classes and items, all of them
    ClassList   // one row per 类 of the template's class list
};

struct RowDef
{
    RowKind kind = RowKind::Fixed;
    QString key;
    QString label;
    QString formula;                 // over row keys of the same table, per column
    QHash<QString, QString> formulas; // per column key: over full references "T.row.col"
    QStringList classes;              // Economic: which classes
    QString alignWith;                // two-sided tables: the row on the other side it faces
    int indent = 0;
    ValueType type = ValueType::Money;
    QString countUnit;
    bool allowNegative = false;
};

struct BlockDef
{
    QString key;
    QString heading;
    QList<ColumnDef> columns;
    QList<RowDef> rows;

    const ColumnDef *column(const QString &key) const;
};

// A statutory table (T1…T9) or a supplementary input sheet (last year's figures, 三公 details…).
struct TableDef
{
    enum class Layout { Single, TwoSided, SideBySide };

    QString id;
    QString number;
    QString title;
    QString note;
    QString emptyNote;
    Layout layout = Layout::Single;
    bool statutory = true;
    // The funds whose 科目 the table lists ("gpb", "fund", "soe"): tables that list a fund share
    // its 科目, so a 科目 added to one appears in all of them.
    QStringList rowLists;
    QList<BlockDef> blocks;

    bool hasClassificationRows() const;
};

// A free text the accountant types (duties, organisation, Part 4, glossary…).
struct TextSlot
{
    QString key;
    QString title;
    int part = 0;
};

struct DisplaySettings
{
    MoneyUnit unit = MoneyUnit::Wanyuan;
    int decimals = 2;
    int percentDecimals = 2;
    QString notComparable = QStringLiteral("--");
};

// The audit's settings of a profile (rules.json "settings").
struct RuleSettings
{
    int changeThresholdPercent = 10;
    int completionLowPercent = 90;
};

// A template set: one province's tables, sheets, texts, rules, charts and wording for one
// year, read from a profile package and the packages it extends.
class ReportTemplate
{
public:
    // `books` maps code-book ids to books; the template keeps the ones it uses. Every fault is
    // appended to `issues` with its file and path; a profile with any is refused (nullptr).
    static std::shared_ptr<const ReportTemplate>
    fromProfile(const ProfileChain &chain, const QHash<QString, std::shared_ptr<const CodeBook>> &books,
                QList<ProfileIssue> *issues);

    const QString &id() const { return m_id; }
    // Where the profile was found (built-in, user folder, a --profiles folder) and its folder.
    const QString &source() const { return m_source; }
    const QString &folder() const { return m_folder; }
    const QString &title() const { return m_title; }
    int year() const { return m_year; }
    const DisplaySettings &display() const { return m_display; }
    const QStringList &classes() const { return m_classes; }
    const QList<TableDef> &tables() const { return m_tables; }
    const QList<TableDef> &sheets() const { return m_sheets; }
    const QList<TextSlot> &texts() const { return m_texts; }
    const QStringList &textPrefixes() const { return m_textPrefixes; }
    // The rules of the one rule language: the tables' own checks and the audit's rules.
    const QList<Rule> &checks() const { return m_checks; }
    const QList<Rule> &rules() const { return m_rules; }
    const RuleSettings &ruleSettings() const { return m_ruleSettings; }
    // The budget kinds (budgets.json) with the choice `settings` of `part` makes ("rules",
    // "narrative"): what a {budget} placeholder of that part reads where nothing else is said.
    BudgetChoice budgetChoice(const QString &part) const;
    const QList<ChartDef> &charts() const { return m_charts; }
    // A part of the profile with its bases merged in ("narrative", "rules"…); empty if none.
    QJsonObject part(const QString &name) const { return m_parts.value(name); }
    const CodeBook &functionalBook() const { return *m_functional; }
    const CodeBook &economicBook() const { return *m_economic; }
    // The self-evaluation form's 自评等级, from the profile's grades.json.
    const GradeBands &gradeBands() const { return m_gradeBands; }

    // A statutory table or a sheet by id; nullptr when there is none.
    const TableDef *table(const QString &id) const;
    bool acceptsTextKey(const QString &key) const;

private:
    bool readTables(const QJsonObject &json, const QHash<QString, std::shared_ptr<const CodeBook>> &books,
                    QString *error);
    void readRules(const ProfileChain &chain, QList<ProfileIssue> *issues);

    QString m_id;
    QString m_source;
    QString m_folder;
    QString m_title;
    int m_year = 0;
    DisplaySettings m_display;
    QStringList m_classes;
    QList<TableDef> m_tables;
    QList<TableDef> m_sheets;
    QList<TextSlot> m_texts;
    QStringList m_textPrefixes;
    QList<Rule> m_checks;
    QList<Rule> m_rules;
    RuleSettings m_ruleSettings;
    BudgetKinds m_budgetKinds;
    QList<ChartDef> m_charts;
    QHash<QString, QJsonObject> m_parts;
    std::shared_ptr<const CodeBook> m_functional;
    std::shared_ptr<const CodeBook> m_economic;
    GradeBands m_gradeBands;
};
