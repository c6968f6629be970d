#include "profile/checkrunner.h"

#include "document/document.h"
#include "profile/expression.h"

namespace CheckRunner {

namespace {

struct Side
{
    qint64 value = 0;
    bool counts = false;
};

Side evaluate(const Document &document, QString text, const QString &code)
{
    text.replace(QLatin1String("{code}"), code);
    bool ok = false;
    QString error;
    const Expression expression = Expression::parse(text, &ok, &error);
    Side side;
    for (const Expression::Term &term : expression.terms) {
        // A rule may compare with a constant amount in 万元 ("0").
        const MoneyParseResult constant = parseMoney(term.reference, { MoneyUnit::Wanyuan, false, false });
        if (constant.ok) {
            side.value += term.sign * constant.value.fen();
            continue;
        }
        const CellRef ref = CellRef::fromString(term.reference);
        side.value += term.sign * document.value(ref);
        side.counts = side.counts || document.layout().valueType(ref) == ValueType::Count;
    }
    return side;
}

QStringList codesOf(const Document &document, const QString &tableId)
{
    QStringList codes;
    const LayoutTable *table = document.layout().table(tableId);
    if (!table)
        return codes;
    for (const LayoutBlock &block : table->blocks) {
        for (const LayoutRow &row : block.rows) {
            if (!row.code.isEmpty())
                codes.append(row.code);
        }
    }
    return codes;
}

} // namespace

bool holds(const QString &op, qint64 lhs, qint64 rhs)
{
    if (op == QLatin1String("<="))
        return lhs <= rhs;
    if (op == QLatin1String(">="))
        return lhs >= rhs;
    if (op == QLatin1String("<"))
        return lhs < rhs;
    if (op == QLatin1String(">"))
        return lhs > rhs;
    return lhs == rhs;
}

QList<CheckResult> run(const Document &document)
{
    QList<CheckResult> results;
    const DisplaySettings &display = document.reportTemplate().display();
    for (const CheckDef &check : document.reportTemplate().checks()) {
        const QStringList codes = check.each.isEmpty() ? QStringList { QString() } : codesOf(document, check.each);
        for (const QString &code : codes) {
            const Side lhs = evaluate(document, check.lhs, code);
            const Side rhs = evaluate(document, check.rhs, code);
            CheckResult result { &check, code, lhs.value, rhs.value, holds(check.op, lhs.value, rhs.value), QString() };
            const auto show = [&](qint64 v, bool counts) {
                return counts ? QString::number(v) : Money::fromFen(v).format(display.unit, display.decimals);
            };
            result.message = QString(check.message)
                                     .replace(QLatin1String("{lhs}"), show(lhs.value, lhs.counts))
                                     .replace(QLatin1String("{rhs}"), show(rhs.value, rhs.counts))
                                     .replace(QLatin1String("{diff}"), show(qAbs(lhs.value - rhs.value), lhs.counts))
                                     .replace(QLatin1String("{code}"), code);
            results.append(result);
        }
    }
    return results;
}

QList<CheckResult> failures(const Document &document)
{
    QList<CheckResult> failed;
    for (const CheckResult &r : run(document)) {
        if (!r.holds)
            failed.append(r);
    }
    return failed;
}

} // namespace CheckRunner
