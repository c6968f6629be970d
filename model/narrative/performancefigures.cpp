#include "narrative/performancefigures.h"

#include "evaluation/gradebands.h"
#include "evaluation/projectform.h"
#include "evaluation/selfevaluationscore.h"

#include <QCoreApplication>

#include <functional>

PerformanceFigures::PerformanceFigures(const QList<Project> &projects, const GradeBands &bands)
    : m_projects(projects), m_bands(bands)
{
}

qint64 PerformanceFigures::value(const FigureTerm &term, QString *label) const
{
    using Source = FigureTerm::Source;
    const auto evaluated = [this](const Project &p) { return SelfEvaluationScore(p, m_bands).total().has_value(); };
    std::function<bool(const Project &)> which;
    switch (term.source) {
    case Source::TargetedCount:
    case Source::TargetedBudget:
        which = [](const Project &p) { return p.hasTargets(); };
        break;
    case Source::TrackedCount:
    case Source::TrackedBudget:
        which = [](const Project &p) { return p.tracked; };
        break;
    case Source::EvaluatedCount:
    case Source::EvaluatedBudget:
    case Source::AverageScore:
        which = evaluated;
        break;
    case Source::GradedCount:
        which = [this, &term](const Project &p) { return SelfEvaluationScore(p, m_bands).grade() == term.grade; };
        break;
    default:
        return 0;
    }
    qint64 count = 0;
    qint64 budget = 0;
    qint64 points = 0;
    for (const Project &project : m_projects) {
        if (!which(project))
            continue;
        ++count;
        budget += project.budget().value_or(Money()).fen();
        points += SelfEvaluationScore(project, m_bands).total().value_or(Points()).hundredths();
    }
    if (label) {
        switch (term.source) {
        case Source::TargetedCount: *label = QCoreApplication::translate("PerformanceFigures", "projects with performance targets"); break;
        case Source::TargetedBudget: *label = QCoreApplication::translate("PerformanceFigures", "full-year budget of the projects with performance targets"); break;
        case Source::TrackedCount: *label = QCoreApplication::translate("PerformanceFigures", "projects with performance monitoring"); break;
        case Source::TrackedBudget: *label = QCoreApplication::translate("PerformanceFigures", "full-year budget of the monitored projects"); break;
        case Source::EvaluatedCount: *label = QCoreApplication::translate("PerformanceFigures", "projects with a complete self-evaluation"); break;
        case Source::EvaluatedBudget: *label = QCoreApplication::translate("PerformanceFigures", "full-year budget of the self-evaluated projects"); break;
        case Source::AverageScore: *label = QCoreApplication::translate("PerformanceFigures", "average self-evaluation score"); break;
        default: *label = QCoreApplication::translate("PerformanceFigures", "projects graded %1").arg(term.grade); break;
        }
    }
    switch (term.source) {
    case Source::TargetedBudget:
    case Source::TrackedBudget:
    case Source::EvaluatedBudget:
        return budget;
    case Source::AverageScore:
        // Rounded half up to hundredths of a point.
        return count == 0 ? 0 : (2 * points + count) / (2 * count);
    default:
        return count;
    }
}
