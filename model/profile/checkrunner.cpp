#include "profile/checkrunner.h"

#include "document/document.h"

#include <QCoreApplication>

namespace CheckRunner {

namespace {

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

QList<CheckResult> run(const Document &document)
{
    QList<CheckResult> results;
    const DisplaySettings &display = document.reportTemplate().display();
    for (const Rule &check : document.reportTemplate().checks()) {
        const QStringList codes = check.each.isEmpty() ? QStringList { QString() } : codesOf(document, check.each);
        const bool lhsCounts = check.lhs.isCount(document);
        const bool rhsCounts = check.rhs.isCount(document);
        for (const QString &code : codes) {
            CheckResult result { &check, code, 0, 0, true, false, QString() };
            const RuleExpression::Scope scope { code, -1 };
            qint64 difference = 0;
            result.overflow = !check.lhs.evaluate(document, scope, &result.lhs)
                    || !check.rhs.evaluate(document, scope, &result.rhs)
                    || qSubOverflow(result.lhs, result.rhs, &difference);
            if (result.overflow) {
                result.holds = false;
                result.message = QCoreApplication::translate("CheckRunner", "The figures of rule %1 are too large to compute; the rule cannot be checked.")
                                         .arg(check.id);
                results.append(result);
                continue;
            }
            result.holds = check.holds(result.lhs, result.rhs);
            const auto show = [&](qint64 v, bool counts) {
                return counts ? QString::number(v) : Money::fromFen(v).format(display.unit, display.decimals);
            };
            result.message = QString(check.message)
                                     .replace(QLatin1String("{lhs}"), show(result.lhs, lhsCounts))
                                     .replace(QLatin1String("{rhs}"), show(result.rhs, rhsCounts))
                                     .replace(QLatin1String("{diff}"), show(qAbs(difference), lhsCounts))
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
