#include "audit/auditexpression.h"

#include "document/document.h"

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

qint64 AuditExpression::special(const Document &document, const QString &name, const Scope &scope)
{
    const QList<Project> &projects = document.data().projects;
    if (name == QLatin1String("@projects.count"))
        return projects.size();
    if (name == QLatin1String("@units.subordinate"))
        return qMax<qsizetype>(0, document.data().department.units.size() - 1);
    if (name == QLatin1String("@projects.executed") || name == QLatin1String("@projects.budget")) {
        const bool executed = name.endsWith(QLatin1String("executed"));
        qint64 sum = 0;
        for (const Project &project : projects)
            sum += (executed ? project.executed() : project.budget()).value_or(Money()).fen();
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

qint64 AuditExpression::evaluate(const Document &document, const Scope &scope) const
{
    qint64 sum = 0;
    for (const Term &term : m_terms) {
        switch (term.kind) {
        case Term::Kind::Constant:
            sum += term.sign * term.constant;
            break;
        case Term::Kind::Special:
            sum += term.sign * special(document, term.reference, scope);
            break;
        case Term::Kind::Cell:
            sum += term.sign * document.value(cellOf(term, scope));
            break;
        }
    }
    return sum;
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
