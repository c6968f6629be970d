#pragma once

#include "evaluation/points.h"
#include "money/money.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

// Where a project's money came from: the rows of the form's 项目资金 block under 年度资金总额.
enum class FundSource { Appropriation, Carryover, Other }; // 本年财政拨款 / 上年结转资金 / 其他资金
// The form's amount columns.
enum class FundColumn { InitialBudget, FullBudget, Executed }; // 年初预算数 / 全年预算数 / 全年执行数

inline constexpr int FundSourceCount = 3;
inline constexpr int FundColumnCount = 3;

// The 项目资金 block: each amount by source and column, each one optional because a form often
// states only some of them (unknown is not zero); 年度资金总额 is derived.
class ProjectFunds
{
public:
    std::optional<Money> amount(FundSource source, FundColumn column) const
    {
        return m_amounts[size_t(source)][size_t(column)];
    }
    void setAmount(FundSource source, FundColumn column, std::optional<Money> amount)
    {
        m_amounts[size_t(source)][size_t(column)] = amount;
    }
    // 年度资金总额: the sum of the sources that are known; unknown when none is.
    std::optional<Money> total(FundColumn column) const;

    bool operator==(const ProjectFunds &) const = default;

private:
    std::array<std::array<std::optional<Money>, FundColumnCount>, FundSourceCount> m_amounts;
};

// The 二级指标 of the form; each belongs to one 一级指标.
enum class IndicatorCategory {
    Quantity, Quality, Timeliness, Cost, // 产出指标: 数量 质量 时效 成本
    Economic, Social, Ecological, Sustainable, // 效益指标: 经济 社会 生态 可持续影响
    Satisfaction, // 满意度指标: 服务对象满意度
};
enum class IndicatorGroup { Output, Benefit, Satisfaction }; // 一级指标: 产出 / 效益 / 满意度

inline constexpr int IndicatorCategoryCount = 9;
IndicatorGroup groupOf(IndicatorCategory category);

// How the 年度指标值 binds the actual value: ≥ ≤ = > <, or nothing for a qualitative target.
enum class Comparison { None, AtLeast, AtMost, Equal, Above, Below };
inline constexpr int ComparisonCount = 6;
QString comparisonSymbol(Comparison comparison); // "≥", or empty for None

// One 三级指标 row of the form.
struct PerformanceIndicator
{
    IndicatorCategory category = IndicatorCategory::Quantity;
    QString name;           // 三级指标
    Comparison comparison = Comparison::None;
    QString target;         // 年度指标值, without the comparison: "42", "按时完成"
    QString unit;           // of the target and the actual value: "个", "%"
    QString actual;         // 实际完成值
    std::optional<Points> weight; // 分值
    std::optional<Points> score;  // 得分, given by the evaluator
    QString deviation;      // 偏差原因分析及改进措施

    IndicatorGroup group() const { return groupOf(category); }
    // "≥42个", as the form prints the 年度指标值.
    QString targetText() const;
    bool hasTarget() const { return !target.trimmed().isEmpty(); }

    bool operator==(const PerformanceIndicator &) const = default;
};

// A project's performance self-evaluation (项目支出绩效自评表, domain §10): its header, its funds,
// its overall goal, its indicators, and the problems and measures the narrative summarises.
struct Project
{
    qint64 id = 0; // stable within the document, for undo and storage
    QString name;        // 项目名称
    QString supervisor;  // 主管部门
    QString implementer; // 实施单位
    ProjectFunds funds;
    QString goalPlanned;  // 年度总体目标：预期目标
    QString goalAchieved; // 年度总体目标：实际完成情况
    QList<PerformanceIndicator> indicators;
    bool tracked = false; // 绩效跟踪 (monitoring during the year) took place
    QString problems;
    QString measures;

    // Figures the narrative and the charts read: 年度资金总额's 全年预算数 and 全年执行数.
    std::optional<Money> budget() const { return funds.total(FundColumn::FullBudget); }
    std::optional<Money> executed() const { return funds.total(FundColumn::Executed); }
    // The 产出指标 rows, in the form's order: what the narrative calls the main outputs.
    QList<PerformanceIndicator> outputs() const;
    // 编报绩效目标: a goal or at least one indicator with a target.
    bool hasTargets() const;

    bool operator==(const Project &) const = default;
};
