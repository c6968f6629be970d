#pragma once

#include "narrative/narrativefigures.h"

#include <QList>

class GradeBands;
struct Project;

// The department's figures of budget performance management (Shanghai's 十 预算绩效管理情况),
// aggregated from the projects' self-evaluation forms: how many projects had 绩效目标, 绩效跟踪
// and a complete 自评 and their 全年预算数, the average score and how many got each grade.
class PerformanceFigures
{
public:
    PerformanceFigures(const QList<Project> &projects, const GradeBands &bands);

    // The value of one of the aggregate terms (fen, a count, or hundredths of a point), with
    // its label for the figure's explanation when asked for.
    qint64 value(const FigureTerm &term, QString *label) const;

private:
    const QList<Project> &m_projects;
    const GradeBands &m_bands;
};
