#pragma once

#include "document/cellref.h"
#include "profile/budgetkinds.h"

#include <QList>
#include <QString>

class Document;
class ReportTemplate;

// The figures a rule reads, parsed once when its profile loads: a signed sum over cells
// ("T5.{code}.total"), constants in 万元 and document facts that are not cells:
// @projects.executed, @projects.budget, @projects.count, @project.executed and @project.budget
// (of the project a rule runs over) and @units.subordinate (the units besides the department's
// own). A cell's column may be a budget placeholder ("T5.{code}.{budget}"): it reads the
// column of the budget kind chosen, or the first known of several (BudgetKinds).
class RuleExpression
{
public:
    // What a rule is evaluated for: a classification code, a project, or neither.
    struct Scope
    {
        QString code;
        int project = -1;
    };

    static RuleExpression parse(const QString &text, QString *error, const BudgetChoice &budget = {});

    bool isEmpty() const { return m_terms.isEmpty(); }
    int termCount() const { return int(m_terms.size()); }
    const QString &text() const { return m_text; }

    // Why the expression cannot be evaluated on documents of `reportTemplate` (a sheet, row or
    // column it does not have, a fact it does not know), or empty. `each` is what the rule runs
    // over: a table for "{code}", "@projects" for the project facts.
    QString unknownReference(const ReportTemplate &reportTemplate, const QString &each) const;

    // False when the sum leaves the amount range (±Money::LimitFen) or reads a cell that did.
    bool evaluate(const Document &document, const Scope &scope, qint64 *sum) const;
    // The sum, 0 when it overflows.
    qint64 evaluate(const Document &document, const Scope &scope) const;
    // True when the figures are counts (vehicles, groups, projects) rather than amounts.
    bool isCount(const Document &document) const;
    // The cells read, for pointing a finding at them; with `document`, of a budget that falls
    // back the one read (the first known), else the preferred one.
    QList<CellRef> cells(const Scope &scope, const Document *document = nullptr) const;

private:
    struct Term
    {
        enum class Kind { Cell, Constant, Special };
        Kind kind = Kind::Cell;
        int sign = 1;
        QString reference; // a cell with an optional {code}, or a special name
        CellRef cell;      // cells: parsed once; a row of "{code}" is the scope's code
        bool rowIsCode = false;
        QStringList fallbackColumns; // a budget's other kinds, read in turn while unknown
        qint64 constant = 0;
    };

    static CellRef cellOf(const Term &term, const Scope &scope, const Document *document = nullptr);
    static qint64 special(const Document &document, const QString &name, const Scope &scope);

    QString m_text;
    QList<Term> m_terms;
};
