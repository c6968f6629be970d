#include "evaluation/selfevaluationcheck.h"

#include "evaluation/gradebands.h"
#include "evaluation/projectform.h"
#include "evaluation/selfevaluationscore.h"

#include <QCoreApplication>

namespace SelfEvaluationCheck {

QList<Problem> check(const Project &project)
{
    QList<Problem> problems;
    const std::optional<Money> budget = project.budget();
    const std::optional<Money> executed = project.executed();
    if (budget && executed && *executed > *budget) {
        problems.append({ Problem::Place::Funds, -1,
                          QCoreApplication::translate("SelfEvaluationCheck", "The amount executed is more than the full-year budget; the execution score is "
                             "capped at its weight.") });
    }
    bool anyWeight = false;
    for (int i = 0; i < project.indicators.size(); ++i) {
        const PerformanceIndicator &indicator = project.indicators.at(i);
        anyWeight = anyWeight || indicator.weight.has_value();
        if (indicator.score && !indicator.weight) {
            problems.append({ Problem::Place::Score, i, QCoreApplication::translate("SelfEvaluationCheck", "A score needs a weight (分值) on the same row.") });
        } else if (indicator.score && *indicator.score > *indicator.weight) {
            problems.append({ Problem::Place::Score, i,
                              QCoreApplication::translate("SelfEvaluationCheck", "The score %1 is above the row's weight %2.")
                                      .arg(indicator.score->toShortString(), indicator.weight->toShortString()) });
        }
    }
    // No weights at all is a form not yet weighted, not a wrong one.
    const Points total = SelfEvaluationScore(project, GradeBands()).weightTotal();
    if (anyWeight && total != SelfEvaluationScore::FullMarks) {
        problems.append({ Problem::Place::Weights, -1,
                          QCoreApplication::translate("SelfEvaluationCheck", "The weights add up to %1 (with 10 for the execution rate), not 100.")
                                  .arg(total.toShortString()) });
    }
    return problems;
}

} // namespace SelfEvaluationCheck
