#pragma once

#include "profile/codebook.h"
#include "money/money.h"

#include <QHash>
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

// A rule between cells that must hold (or that is worth a warning).
struct CheckDef
{
    QString id;
    QString severity;
    QString each; // a table whose classification rows the rule runs over, with {code}
    QString lhs;
    QString op;
    QString rhs;
    QString message;
};

struct DisplaySettings
{
    MoneyUnit unit = MoneyUnit::Wanyuan;
    int decimals = 2;
    int percentDecimals = 2;
    QString notComparable = QStringLiteral("--");
};

// A template set: one province's tables, sheets, texts and rules for one year, read from JSON.
class ReportTemplate
{
public:
    // `books` maps code-book ids to books; the template keeps the ones it uses.
    static std::shared_ptr<const ReportTemplate>
    fromJson(const QJsonObject &json, const QHash<QString, std::shared_ptr<const CodeBook>> &books, QString *error);

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; }
    int year() const { return m_year; }
    const DisplaySettings &display() const { return m_display; }
    const QStringList &classes() const { return m_classes; }
    const QList<TableDef> &tables() const { return m_tables; }
    const QList<TableDef> &sheets() const { return m_sheets; }
    const QList<TextSlot> &texts() const { return m_texts; }
    const QStringList &textPrefixes() const { return m_textPrefixes; }
    const QList<CheckDef> &checks() const { return m_checks; }
    const CodeBook &functionalBook() const { return *m_functional; }
    const CodeBook &economicBook() const { return *m_economic; }

    // A statutory table or a sheet by id; nullptr when there is none.
    const TableDef *table(const QString &id) const;
    bool acceptsTextKey(const QString &key) const;

private:
    QString m_id;
    QString m_title;
    int m_year = 0;
    DisplaySettings m_display;
    QStringList m_classes;
    QList<TableDef> m_tables;
    QList<TableDef> m_sheets;
    QList<TextSlot> m_texts;
    QStringList m_textPrefixes;
    QList<CheckDef> m_checks;
    std::shared_ptr<const CodeBook> m_functional;
    std::shared_ptr<const CodeBook> m_economic;
};
