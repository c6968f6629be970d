#include "audit/auditexpression.h"

#include "document/document.h"
#include "money/fensum.h"

AuditExpression AuditExpression::parse(const QString &text, QString *error)
{
    // Terms are separated by blanks and signs: "T6.30110.amount + T6.30111.amount".
    AuditExpression result;
    result.m_text = text;
    int sign = 1;
    bool expectTerm = true;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token == QLatin1String("+") || token == QLatin1String("-")) {
            if (expectTerm && !result.m_terms.isEmpty()) {
                *error = QStringLiteral("\"%1\": two operators in a row").arg(text);
                return AuditExpression();
            }
            sign = token == QLatin1String("-") ? -1 : 1;
            expectTerm = true;
            continue;
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
            if (!parsed.cell.isValid() || (!parsed.rowIsCode && token.contains(QLatin1Char('{')))) {
                *error = QStringLiteral("\"%1\" is neither a cell, an amount nor a document fact").arg(token);
                return AuditExpression();
            }
        }
        result.m_terms.append(parsed);
        sign = 1;
        expectTerm = false;
    }
    if (expectTerm) {
        *error = QStringLiteral("\"%1\" has no term at its end").arg(text);
        return AuditExpression();
    }
    return result;
}

CellRef AuditExpression::cellOf(const Term &term, const Scope &scope)
{
    return term.rowIsCode ? CellRef { term.cell.sheet, scope.code, term.cell.column } : term.cell;
}

std::optional<qint64> AuditExpression::special(const Document &document, const QString &name, const Scope &scope)
{
    const QList<Project> &projects = document.data().projects;
    if (name == QLatin1String("@projects.count"))
        return projects.size();
    if (name == QLatin1String("@units.subordinate"))
        return qMax<qsizetype>(0, document.data().department.units.size() - 1);
    if (name == QLatin1String("@projects.executed") || name == QLatin1String("@projects.budget")) {
        const bool executed = name.endsWith(QLatin1String("executed"));
        FenSum sum;
        for (const Project &project : projects)
            sum.add((executed ? project.executed : project.budget).fen());
        return sum.isOutOfRange() ? std::nullopt : std::optional(sum.fen());
    }
    if (scope.project < 0 || scope.project >= projects.size())
        return 0;
    const Project &project = projects.at(scope.project);
    if (name == QLatin1String("@project.executed"))
        return project.executed.fen();
    if (name == QLatin1String("@project.budget"))
        return project.budget.fen();
    return 0;
}

std::optional<qint64> AuditExpression::evaluate(const Document &document, const Scope &scope) const
{
    FenSum sum;
    for (const Term &term : m_terms) {
        switch (term.kind) {
        case Term::Kind::Constant:
            sum.add(term.constant, term.sign);
            break;
        case Term::Kind::Special:
            if (const std::optional<qint64> value = special(document, term.reference, scope))
                sum.add(*value, term.sign);
            else
                sum.addOutOfRange();
            break;
        case Term::Kind::Cell:
            if (const CellRef ref = cellOf(term, scope); document.isOutOfRange(ref))
                sum.addOutOfRange();
            else
                sum.add(document.value(ref), term.sign);
            break;
        }
    }
    return sum.isOutOfRange() ? std::nullopt : std::optional(sum.fen());
}

bool AuditExpression::isCount(const Document &document) const
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

QList<CellRef> AuditExpression::cells(const Scope &scope) const
{
    QList<CellRef> refs;
    for (const Term &term : m_terms) {
        if (term.kind == Term::Kind::Cell)
            refs.append(cellOf(term, scope));
    }
    return refs;
}
