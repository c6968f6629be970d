#pragma once

#include "evaluation/points.h"
#include "money/ratio.h"

#include <QString>

#include <optional>

class GradeBands;
struct Project;

// What a project's self-evaluation form computes: the execution rate and its score, the total
// of weights and scores, and the grade. Everything else on the form is typed by the evaluator.
class SelfEvaluationScore
{
public:
    static constexpr Points ExecutionWeight = Points::whole(10); // 预算执行率's 分值
    static constexpr Points FullMarks = Points::whole(100);

    SelfEvaluationScore(const Project &project, const GradeBands &bands);

    // 执行率 = 全年执行数 ÷ 全年预算数 of 年度资金总额; not comparable when the budget is zero or unknown.
    Ratio executionRate() const;
    // 得分 = 执行率 × 分值, at most 分值, rounded half up to hundredths; unknown when the rate is.
    std::optional<Points> executionScore() const;
    // 分值 of the whole form: the execution's 10 plus every indicator's weight.
    Points weightTotal() const;
    // 总分; unknown while any weighted indicator has no score or the execution score is unknown.
    std::optional<Points> total() const;
    // 自评等级 of the total; empty while the total is unknown.
    QString grade() const;

private:
    const Project &m_project;
    const GradeBands &m_bands;
};
