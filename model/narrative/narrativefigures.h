#pragma once

#include "document/cellref.h"
#include "money/money.h"
#include "profile/budgetkinds.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

class Document;
class QJsonObject;

// One term of an amount or a count: a cell (its row may be "{code}", the listed row's code;
// its column a budget placeholder, see BudgetKinds), or a figure of the department's project
// self-evaluations.
struct FigureTerm {
    enum class Source {
        Cell,
        ProjectBudget, // project.budget: the listed project's
        ProjectExecuted, // project.executed
        AllProjectsBudget, // projects.budget: the sum over all projects
        AllProjectsExecuted, // projects.executed
        ProjectCount, // projects.count
        OutputCount, // outputs.count: the listed project's output indicators
        TargetedCount, // projects.targeted.count: projects with 绩效目标
        TargetedBudget, // projects.targeted.budget: their 全年预算数
        TrackedCount, // projects.tracked.count: projects with 绩效跟踪
        TrackedBudget, // projects.tracked.budget
        EvaluatedCount, // projects.evaluated.count: projects whose form has a total score
        EvaluatedBudget, // projects.evaluated.budget
        AverageScore, // projects.averageScore: of the evaluated projects, in hundredths of a point
        GradedCount, // projects.graded.<grade>: evaluated projects of that grade
        UnitCount, // units.count: the department's units, its own included
        OperationsUnitCount, // units.operations: its 行政 and 参公 units, whose 公用经费 is 机关运行经费
    };

    int sign = 1;
    Source source = Source::Cell;
    CellRef ref;
    QStringList fallbackColumns; // a budget's other kinds, read in turn while `ref` is unknown
    QString grade; // GradedCount
};

// A named figure of the wording: how it is computed from the document.
struct FigureDef {
    enum class Kind {
        Amount, // a signed sum of amounts, shown in the display unit
        Count, // a signed sum of counts (vehicles, groups, projects)
        Score, // a signed sum of self-evaluation points, shown with two decimals
        Share, // operand ÷ base × 100
        Completion, // operand (actual) ÷ base (budget) × 100
        Change, // operand (this year) − base (last year), told with a phrase
    };

    QString name;
    QString label; // for the tooltip; derived from the cells when empty
    Kind kind = Kind::Amount;
    QList<FigureTerm> terms; // Amount and Count
    QString operand; // Share, Completion, Change: figure names
    QString base;
    QString phrase; // Change: which phrase set tells it

    // `budget`: what a {budget} term reads unless the figure states its own "budget".
    static std::optional<FigureDef> fromJson(const QString &name, const QJsonObject &json, const BudgetChoice &budget,
                                             QString *error);
};

// The figures defined at one level of the wording (globally, or per listed item).
struct FigureSet {
    QList<FigureDef> defs;
    QHash<QString, int> index;

    static std::optional<FigureSet> fromJson(const QJsonObject &json, const BudgetChoice &budget, QString *error);
    bool contains(const QString &name) const { return index.contains(name); }
};

// How a change is told: "增加{amount}万元，增长{rate}" and its siblings.
struct ChangePhrase {
    QString up;
    QString down;
    QString flat;
    QString upFromZero; // last year was zero; falls back to `up`
    QString downFromZero; // falls back to `down`
};

// A computed figure: its value, its display text and how it was computed.
struct FigureValue {
    qint64 value = 0; // fen for amounts and changes, a count, or a percentage scaled by 10^decimals
    QString text;
    QString label;
    QString explanation;
    QList<CellRef> cells;
    int project = -1;
    bool known = true; // false when an input it is computed from is unknown (last year's, a budget)
};

// What figures are computed from: the document, its display settings and the wording's phrases.
struct FigureEnvironment {
    const Document &document;
    QString notComparable;
    const QHash<QString, ChangePhrase> &phrases;
};

// The listed thing a figure is computed for, if any.
struct FigureItem {
    QString code; // a classification row
    int project = -1; // a project of the self-evaluation
};

// The figures visible at one point of the text: a set of definitions, the enclosing scope's
// figures, and the listed item. Each figure is computed on first use and kept.
class FigureScope {
public:
    FigureScope(const FigureEnvironment &environment, const FigureSet &set, const FigureScope *parent,
        FigureItem item);

    // nullptr when no scope up the chain defines `name`.
    const FigureValue *value(const QString &name) const;
    // Just the number, for conditions: no text, no explanation (most figures a condition
    // reads, such as the 80 rows of table 6 it filters, are never shown). Empty when no
    // scope defines `name` or when the figure is unknown.
    std::optional<qint64> number(const QString &name) const;
    const FigureItem &item() const { return m_item; }

private:
    FigureValue compute(const FigureDef &def) const;
    std::optional<qint64> computeNumber(const FigureDef &def) const;
    FigureValue sum(const FigureDef &def) const;
    FigureValue ratio(const FigureDef &def, const FigureValue &operand, const FigureValue &base) const;
    FigureValue change(const FigureDef &def, const FigureValue &current, const FigureValue &previous) const;
    // The term's value; its cell and its label too when asked for.
    qint64 termValue(const FigureTerm &term, CellRef *ref = nullptr, QString *label = nullptr) const;
    bool termKnown(const FigureTerm &term) const;
    // The cell a cell term reads for the listed item: of a budget, the first known kind.
    CellRef cellOf(const FigureTerm &term) const;
    QString amountText(qint64 fen) const;

    const FigureEnvironment &m_environment;
    const FigureSet &m_set;
    const FigureScope *m_parent;
    FigureItem m_item;
    mutable std::vector<std::optional<FigureValue>> m_cache;
    mutable std::vector<std::optional<std::optional<qint64>>> m_numbers;
};
