#include "profile/ruleexpression.h"

#include "document/document.h"
#include "profile/reporttemplate.h"

#include <QCoreApplication>

#include <array>

namespace {

const std::array specialNames = { "@projects.count", "@projects.executed", "@projects.budget", "@units.subordinate",
                                  "@project.executed", "@project.budget" };

bool isKnownSpecial(const QString &name)
{
    for (const char *known : specialNames) {
        if (name == QLatin1String(known))
            return true;
    }
    return false;
}

// Whether a table of the template has the row: a fixed row's key, or a code its classification
// rows can take.
bool hasRow(const ReportTemplate &reportTemplate, const TableDef &table, const QString &row)
{
    for (const BlockDef &block : table.blocks) {
        for (const RowDef &def : block.rows) {
            switch (def.kind) {
            case RowKind::Fixed:
            case RowKind::Total:
                if (def.key == row)
                    return true;
                break;
            case RowKind::Functional:
                if (reportTemplate.functionalBook().contains(row))
                    return true;
                break;
            case RowKind::Economic:
                for (const QString &economicClass : def.classes) {
                    if (row.startsWith(economicClass) && reportTemplate.economicBook().contains(row))
                        return true;
                }
                break;
            case RowKind::ClassList:
                if (reportTemplate.classes().contains(row))
                    return true;
                break;
            }
        }
    }
    return false;
}

bool hasColumn(const TableDef &table, const QString &column)
{
    for (const BlockDef &block : table.blocks) {
        if (block.column(column))
            return true;
    }
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("RuleExpression", text);
}

} // namespace

RuleExpression RuleExpression::parse(const QString &text, QString *error, const BudgetChoice &budget)
{
    // Terms and signs are separated by blanks: "T6.30110.amount + T6.30111.amount".
    RuleExpression result;
    result.m_text = text;
    int sign = 1;
    bool expectTerm = true;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token == QLatin1String("+") || token == QLatin1String("-")) {
            if (expectTerm && !result.m_terms.isEmpty()) {
                *error = tr("\"%1\": two operators in a row").arg(text);
                return RuleExpression();
            }
            sign = token == QLatin1String("-") ? -1 : 1;
            expectTerm = true;
            continue;
        }
        if (!expectTerm) {
            *error = tr("\"%1\": an operator is missing before \"%2\"").arg(text, token);
            return RuleExpression();
        }
        Term parsed;
        parsed.sign = sign;
        parsed.reference = token;
        const MoneyParseResult constant = parseMoney(token, { MoneyUnit::Wanyuan, false, false });
        if (constant.ok) {
            parsed.kind = Term::Kind::Constant;
            parsed.constant = constant.value.fen();
        } else if (token.startsWith(QLatin1Char('@'))) {
            parsed.kind = Term::Kind::Special;
        } else {
            parsed.cell = CellRef::fromString(token);
            parsed.rowIsCode = parsed.cell.row == QLatin1String("{code}");
            if (parsed.cell.isValid() && BudgetKinds::isPlaceholder(parsed.cell.column)) {
                QString why;
                const QStringList columns = budget.columns(parsed.cell.column, &why);
                if (columns.isEmpty()) {
                    *error = QStringLiteral("\"%1\": %2").arg(token, why);
                    return RuleExpression();
                }
                parsed.cell.column = columns.constFirst();
                parsed.fallbackColumns = columns.mid(1);
            }
            if (!parsed.cell.isValid() || parsed.cell.column.contains(QLatin1Char('{'))
                || (!parsed.rowIsCode && parsed.cell.row.contains(QLatin1Char('{'))) || parsed.cell.sheet.contains(QLatin1Char('{'))) {
                *error = tr("\"%1\" is neither a cell, an amount nor a document fact").arg(token);
                return RuleExpression();
            }
        }
        result.m_terms.append(parsed);
        sign = 1;
        expectTerm = false;
    }
    if (expectTerm) {
        *error = tr("\"%1\" has no term at its end").arg(text);
        return RuleExpression();
    }
    return result;
}

CellRef RuleExpression::cellOf(const Term &term, const Scope &scope, const Document *document)
{
    CellRef cell = term.rowIsCode ? CellRef { term.cell.sheet, scope.code, term.cell.column } : term.cell;
    if (!document || document->isKnown(cell))
        return cell;
    for (const QString &column : term.fallbackColumns) {
        const CellRef fallback { cell.sheet, cell.row, column };
        if (document->isKnown(fallback))
            return fallback;
    }
    return cell; // none is known: the preferred budget is the one to ask for
}

qint64 RuleExpression::special(const Document &document, const QString &name, const Scope &scope)
{
    const QList<Project> &projects = document.data().projects;
    if (name == QLatin1String("@projects.count"))
        return projects.size();
    if (name == QLatin1String("@units.subordinate"))
        return qMax<qsizetype>(0, document.data().department.units.size() - 1);
    if (name == QLatin1String("@projects.executed") || name == QLatin1String("@projects.budget")) {
        const bool executed = name.endsWith(QLatin1String("executed"));
        qint64 sum = 0;
        for (const Project &project : projects) {
            if (qAddOverflow(sum, (executed ? project.executed() : project.budget()).value_or(Money()).fen(), &sum))
                return 0;
        }
        return sum;
    }
    if (scope.project < 0 || scope.project >= projects.size())
        return 0;
    const Project &project = projects.at(scope.project);
    if (name == QLatin1String("@project.executed"))
        return project.executed().value_or(Money()).fen();
    if (name == QLatin1String("@project.budget"))
        return project.budget().value_or(Money()).fen();
    return 0;
}

QString RuleExpression::unknownReference(const ReportTemplate &reportTemplate, const QString &each) const
{
    for (const Term &term : m_terms) {
        if (term.kind == Term::Kind::Special) {
            if (!isKnownSpecial(term.reference))
                return tr("\"%1\" is not a document fact").arg(term.reference);
            if (term.reference.startsWith(QLatin1String("@project.")) && each != QLatin1String("@projects"))
                return tr("\"%1\" needs a rule that runs over the projects (\"each\": \"@projects\")").arg(term.reference);
            continue;
        }
        if (term.kind != Term::Kind::Cell)
            continue;
        const TableDef *table = reportTemplate.table(term.cell.sheet);
        if (!table)
            return tr("\"%1\": there is no table or sheet \"%2\"").arg(term.reference, term.cell.sheet);
        if (term.rowIsCode && (each.isEmpty() || each.startsWith(QLatin1Char('@'))))
            return tr("\"%1\" uses {code} in a rule that does not run over a table's rows").arg(term.reference);
        if (!term.rowIsCode && !hasRow(reportTemplate, *table, term.cell.row))
            return tr("\"%1\": %2 has no row \"%3\"").arg(term.reference, term.cell.sheet, term.cell.row);
        for (const QString &column : QStringList { term.cell.column } + term.fallbackColumns) {
            if (!hasColumn(*table, column))
                return tr("\"%1\": %2 has no column \"%3\"").arg(term.reference, term.cell.sheet, column);
        }
    }
    return QString();
}

bool RuleExpression::evaluate(const Document &document, const Scope &scope, qint64 *sum) const
{
    *sum = 0;
    for (const Term &term : m_terms) {
        qint64 value = 0;
        switch (term.kind) {
        case Term::Kind::Constant:
            value = term.constant;
            break;
        case Term::Kind::Special:
            value = special(document, term.reference, scope);
            break;
        case Term::Kind::Cell:
            const CellRef cell = cellOf(term, scope, &document);
            if (document.isOutOfRange(cell))
                return false;
            value = document.value(cell);
            break;
        }
        const bool overflow = term.sign < 0 ? qSubOverflow(*sum, value, sum) : qAddOverflow(*sum, value, sum);
        if (overflow)
            return false;
    }
    // Like a derived cell, a rule's figure beyond the amount range is no figure at all.
    return *sum <= Money::LimitFen && *sum >= -Money::LimitFen;
}

qint64 RuleExpression::evaluate(const Document &document, const Scope &scope) const
{
    qint64 sum = 0;
    return evaluate(document, scope, &sum) ? sum : 0;
}

bool RuleExpression::isCount(const Document &document) const
{
    for (const Term &term : m_terms) {
        if (term.kind == Term::Kind::Special && (term.reference.endsWith(QLatin1String(".count"))
                                                 || term.reference == QLatin1String("@units.subordinate")))
            return true;
        if (term.kind == Term::Kind::Cell
            && document.layout().valueType(cellOf(term, Scope { QStringLiteral("0"), -1 })) == ValueType::Count)
            return true;
    }
    return false;
}

QList<CellRef> RuleExpression::cells(const Scope &scope, const Document *document) const
{
    QList<CellRef> refs;
    for (const Term &term : m_terms) {
        if (term.kind == Term::Kind::Cell)
            refs.append(cellOf(term, scope, document));
    }
    return refs;
}
