#include "evaluation/selfevaluationscore.h"

#include "evaluation/gradebands.h"
#include "evaluation/projectform.h"

SelfEvaluationScore::SelfEvaluationScore(const Project &project, const GradeBands &bands)
    : m_project(project), m_bands(bands)
{
}

Ratio SelfEvaluationScore::executionRate() const
{
    const std::optional<Money> budget = m_project.budget();
    const std::optional<Money> executed = m_project.executed();
    if (!budget || !executed)
        return Ratio(0, 0);
    return Ratio::completion(*executed, *budget);
}

std::optional<Points> SelfEvaluationScore::executionScore() const
{
    const std::optional<Money> budget = m_project.budget();
    const std::optional<Money> executed = m_project.executed();
    if (!budget || !executed || budget->fen() <= 0 || executed->isNegative())
        return std::nullopt;
    // executed ÷ budget × 1000 hundredths, rounded half up; amounts stay below 10^14 fen, so the
    // product stays below 10^17.
    const qint64 numerator = executed->fen() * ExecutionWeight.hundredths();
    const qint64 hundredths = (2 * numerator + budget->fen()) / (2 * budget->fen());
    return std::min(ExecutionWeight, Points::fromHundredths(hundredths));
}

Points SelfEvaluationScore::weightTotal() const
{
    Points sum = ExecutionWeight;
    for (const PerformanceIndicator &indicator : m_project.indicators)
        sum += indicator.weight.value_or(Points());
    return sum;
}

std::optional<Points> SelfEvaluationScore::total() const
{
    std::optional<Points> sum = executionScore();
    if (!sum)
        return std::nullopt;
    for (const PerformanceIndicator &indicator : m_project.indicators) {
        if (indicator.weight.value_or(Points()) == Points())
            continue;
        if (!indicator.score)
            return std::nullopt;
        *sum += *indicator.score;
    }
    return sum;
}

QString SelfEvaluationScore::grade() const
{
    const std::optional<Points> sum = total();
    return sum ? m_bands.gradeOf(*sum) : QString();
}
