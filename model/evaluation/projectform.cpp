#include "evaluation/projectform.h"

std::optional<Money> ProjectFunds::total(FundColumn column) const
{
    std::optional<Money> sum;
    for (const auto &row : m_amounts) {
        if (const std::optional<Money> amount = row[size_t(column)])
            sum = sum.value_or(Money()) + *amount;
    }
    return sum;
}

IndicatorGroup groupOf(IndicatorCategory category)
{
    switch (category) {
    case IndicatorCategory::Quantity:
    case IndicatorCategory::Quality:
    case IndicatorCategory::Timeliness:
    case IndicatorCategory::Cost:
        return IndicatorGroup::Output;
    case IndicatorCategory::Economic:
    case IndicatorCategory::Social:
    case IndicatorCategory::Ecological:
    case IndicatorCategory::Sustainable:
        return IndicatorGroup::Benefit;
    case IndicatorCategory::Satisfaction:
        break;
    }
    return IndicatorGroup::Satisfaction;
}

QString comparisonSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::None:
        break;
    case Comparison::AtLeast:
        return QStringLiteral("≥");
    case Comparison::AtMost:
        return QStringLiteral("≤");
    case Comparison::Equal:
        return QStringLiteral("=");
    case Comparison::Above:
        return QStringLiteral(">");
    case Comparison::Below:
        return QStringLiteral("<");
    }
    return QString();
}

QString PerformanceIndicator::targetText() const
{
    return hasTarget() ? comparisonSymbol(comparison) + target.trimmed() + unit : QString();
}

QList<PerformanceIndicator> Project::outputs() const
{
    QList<PerformanceIndicator> result;
    for (const PerformanceIndicator &indicator : indicators) {
        if (indicator.group() == IndicatorGroup::Output)
            result.append(indicator);
    }
    return result;
}

bool Project::hasTargets() const
{
    return !goalPlanned.trimmed().isEmpty()
            || std::any_of(indicators.begin(), indicators.end(),
                           [](const PerformanceIndicator &i) { return i.hasTarget(); });
}
