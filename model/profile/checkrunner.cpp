#include "profile/checkrunner.h"

#include "document/document.h"
#include "money/fensum.h"
#include "profile/expression.h"

#include <QCoreApplication>

namespace CheckRunner {

namespace {

struct Side
{
    FenSum value;
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
            side.value.add(constant.value.fen(), term.sign);
            continue;
        }
        const CellRef ref = CellRef::fromString(term.reference);
        if (document.isOutOfRange(ref))
            side.value.addOutOfRange();
        else
            side.value.add(document.value(ref), term.sign);
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
            if (lhs.value.isOutOfRange() || rhs.value.isOutOfRange()) {
                results.append({ &check, code, 0, 0, false, true,
                                 QCoreApplication::translate("CheckRunner", "%1 cannot be checked: its figures are "
                                                                            "beyond ±1,000,000,000,000 元.")
                                         .arg(check.id) });
                continue;
            }
            // Both sides lie within the amount range, so their difference fits in qint64.
            CheckResult result { &check, code, lhs.value.fen(), rhs.value.fen(),
                                 holds(check.op, lhs.value.fen(), rhs.value.fen()), false, QString() };
            const auto show = [&](qint64 v, bool counts) {
                return counts ? QString::number(v) : Money::fromFen(v).format(display.unit, display.decimals);
            };
            result.message = QString(check.message)
                                     .replace(QLatin1String("{lhs}"), show(result.lhs, lhs.counts))
                                     .replace(QLatin1String("{rhs}"), show(result.rhs, rhs.counts))
                                     .replace(QLatin1String("{diff}"), show(qAbs(result.lhs - result.rhs), lhs.counts))
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
