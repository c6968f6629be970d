#include "exchange/formdifferences.h"

#include "evaluation/formterms.h"
#include "evaluation/projectform.h"

#include <QCoreApplication>

namespace FormDifferences {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FormDifferences", text);
}

QString columnName(FundColumn column)
{
    switch (column) {
    case FundColumn::InitialBudget:
        return tr("Budget at the start of the year");
    case FundColumn::FullBudget:
        return tr("Full-year budget");
    case FundColumn::Executed:
        break;
    }
    return tr("Executed in the year");
}

QString amountText(const std::optional<Money> &amount)
{
    return amount ? amount->toExactString(MoneyUnit::Wanyuan) : tr("unknown");
}

QString pointsText(const std::optional<Points> &points)
{
    return points ? points->toString() : tr("none");
}

// An indicator as one line: its category, target, actual value, weight, score and deviation.
QString indicatorText(const PerformanceIndicator &indicator)
{
    QString text = tr("%1; target %2, actual %3, weight %4, score %5")
                           .arg(FormTerms::categoryName(indicator.category), indicator.targetText(),
                                indicator.actual + indicator.unit, pointsText(indicator.weight), pointsText(indicator.score));
    if (!indicator.deviation.isEmpty())
        text += QStringLiteral("; ") + indicator.deviation;
    return text;
}

void compareIndicators(const QList<PerformanceIndicator> &before, const QList<PerformanceIndicator> &after,
                       QList<FormDifference> *differences)
{
    QList<bool> matched(before.size(), false);
    for (const PerformanceIndicator &indicator : after) {
        const QString what = tr("Indicator %1").arg(indicator.name);
        qsizetype at = -1;
        for (qsizetype i = 0; i < before.size() && at < 0; ++i) {
            if (!matched.at(i) && before.at(i).name == indicator.name)
                at = i;
        }
        if (at < 0) {
            differences->append({ what, QString(), indicatorText(indicator) });
            continue;
        }
        matched[at] = true;
        if (before.at(at) != indicator)
            differences->append({ what, indicatorText(before.at(at)), indicatorText(indicator) });
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!matched.at(i))
            differences->append({ tr("Indicator %1").arg(before.at(i).name), indicatorText(before.at(i)), QString() });
    }
}

} // namespace

QList<FormDifference> between(const Project &before, const Project &after)
{
    QList<FormDifference> differences;
    const auto text = [&](const QString &what, const QString &was, const QString &is) {
        if (was != is)
            differences.append({ what, was, is });
    };
    text(tr("Supervising department"), before.supervisor, after.supervisor);
    text(tr("Implementing unit"), before.implementer, after.implementer);
    for (int s = 0; s < FundSourceCount; ++s) {
        for (int c = 0; c < FundColumnCount; ++c) {
            const auto was = before.funds.amount(FundSource(s), FundColumn(c));
            const auto is = after.funds.amount(FundSource(s), FundColumn(c));
            if (was != is)
                differences.append({ tr("Funds: %1, %2").arg(FormTerms::sourceName(FundSource(s)), columnName(FundColumn(c))),
                                     amountText(was), amountText(is) });
        }
    }
    text(tr("Overall goal: planned"), before.goalPlanned, after.goalPlanned);
    text(tr("Overall goal: achieved"), before.goalAchieved, after.goalAchieved);
    const qsizetype beforeIndicators = differences.size();
    compareIndicators(before.indicators, after.indicators, &differences);
    // The same indicators in another order: the form prints them in its order.
    if (differences.size() == beforeIndicators && before.indicators != after.indicators)
        differences.append({ tr("Order of the indicators"), QString(), QString() });
    const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    text(tr("Performance tracking"), yesNo(before.tracked), yesNo(after.tracked));
    text(tr("Problems found"), before.problems, after.problems);
    text(tr("Next steps"), before.measures, after.measures);
    return differences;
}

} // namespace FormDifferences
