#include "report/selfevaluationprint.h"

#include "evaluation/formwords.h"
#include "evaluation/gradebands.h"
#include "evaluation/projectform.h"
#include "evaluation/selfevaluationscore.h"
#include "profile/reporttemplate.h"

#include <algorithm>

// The form's labels are the published document's words: Chinese in every interface language.
namespace SelfEvaluationPrint {

namespace {

using Cell = PrintTable::Cell;
constexpr int Columns = 8;

QString text(const char *chinese)
{
    return QString::fromUtf8(chinese);
}

// A row of cells that each span `spans` columns, padded with covered cells.
QList<Cell> row(const QList<std::pair<QString, int>> &cells, bool emphasis = false)
{
    QList<Cell> result;
    for (const auto &[content, span] : cells) {
        result.append({ content, 0, emphasis, span, false });
        for (int i = 1; i < span; ++i)
            result.append({ QString(), 0, false, 0, false });
    }
    return result;
}

QString amountText(const std::optional<Money> &amount, const DisplaySettings &display)
{
    return amount ? amount->format(MoneyUnit::Wanyuan, display.decimals) : QString();
}

} // namespace

PrintTable build(const Project &project, const GradeBands &bands, const DisplaySettings &display, int year)
{
    const SelfEvaluationScore score(project, bands);
    QList<QList<Cell>> rows;
    rows.append(row({ { text("项目名称"), 2 }, { project.name, 6 } }));
    rows.append(row({ { text("主管部门"), 2 }, { project.supervisor, 2 }, { text("实施单位"), 2 },
                      { project.implementer, 2 } }));
    rows.append(row({ { text("项目资金（万元）"), 2 }, { text("年初预算数"), 1 }, { text("全年预算数"), 1 },
                      { text("全年执行数"), 1 }, { text("分值"), 1 }, { text("执行率"), 1 }, { text("得分"), 1 } },
                    true));
    const std::optional<Points> executionScore = score.executionScore();
    QList<Cell> total = row({ { text("年度资金总额"), 2 },
                              { amountText(project.funds.total(FundColumn::InitialBudget), display), 1 },
                              { amountText(project.funds.total(FundColumn::FullBudget), display), 1 },
                              { amountText(project.funds.total(FundColumn::Executed), display), 1 },
                              { SelfEvaluationScore::ExecutionWeight.toString(), 1 },
                              { score.executionRate().toString(display.percentDecimals, display.notComparable), 1 },
                              { executionScore ? executionScore->toString() : QString(), 1 } });
    for (int c = 2; c < Columns; ++c)
        total[c].number = true;
    rows.append(total);
    for (int s = 0; s < FundSourceCount; ++s) {
        QList<Cell> source = row({ { (s == 0 ? text("其中：") : QString()) + FormWords::source(FundSource(s)), 2 },
                                   { amountText(project.funds.amount(FundSource(s), FundColumn::InitialBudget), display), 1 },
                                   { amountText(project.funds.amount(FundSource(s), FundColumn::FullBudget), display), 1 },
                                   { amountText(project.funds.amount(FundSource(s), FundColumn::Executed), display), 1 },
                                   { QStringLiteral("—"), 1 }, { QStringLiteral("—"), 1 }, { QStringLiteral("—"), 1 } });
        for (int c = 2; c < Columns; ++c)
            source[c].number = true;
        rows.append(source);
    }
    rows.append(row({ { text("年度总体目标"), 2 }, { text("预期目标"), 3 }, { text("实际完成情况"), 3 } }, true));
    rows.append(row({ { QString(), 2 }, { project.goalPlanned, 3 }, { project.goalAchieved, 3 } }));
    rows.append(row({ { text("一级指标"), 1 }, { text("二级指标"), 1 }, { text("三级指标"), 1 },
                      { text("年度指标值"), 1 }, { text("实际完成值"), 1 }, { text("分值"), 1 }, { text("得分"), 1 },
                      { text("偏差原因分析及改进措施"), 1 } },
                    true));
    // Grouped as the form prints them; within a 二级指标 the evaluator's order.
    QList<PerformanceIndicator> indicators = project.indicators;
    std::stable_sort(indicators.begin(), indicators.end(),
                     [](const PerformanceIndicator &a, const PerformanceIndicator &b) { return a.category < b.category; });
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        const PerformanceIndicator &in = indicators.at(i);
        const bool newGroup = i == 0 || indicators.at(i - 1).group() != in.group();
        const bool newCategory = i == 0 || indicators.at(i - 1).category != in.category;
        QList<Cell> line = row({ { newGroup ? FormWords::group(in.group()) : QString(), 1 },
                                 { newCategory ? FormWords::category(in.category) : QString(), 1 },
                                 { in.name, 1 }, { in.targetText(), 1 },
                                 { in.actual.isEmpty() ? QString() : in.actual + in.unit, 1 },
                                 { in.weight ? in.weight->toString() : QString(), 1 },
                                 { in.score ? in.score->toString() : QString(), 1 }, { in.deviation, 1 } });
        line[5].number = true;
        line[6].number = true;
        rows.append(line);
    }
    const std::optional<Points> sum = score.total();
    QList<Cell> last = row({ { text("总分"), 5 }, { score.weightTotal().toString(), 1 },
                             { sum ? sum->toString() : QString(), 1 },
                             { text("自评等级：") + (sum ? score.grade() : QString()), 1 } },
                           true);
    last[5].number = true;
    last[6].number = true;
    rows.append(last);

    QList<PrintTable::Column> columns;
    for (int c = 0; c < Columns; ++c)
        columns.append({ c == 5 || c == 6 ? PrintTable::ColumnKind::Value : PrintTable::ColumnKind::Name, {}, {} });
    PrintTable table = PrintTable::form(columns, rows);
    table.title = text("项目支出绩效自评表");
    table.department = QStringLiteral("（%1年度）").arg(year);
    table.unit = text("单位：万元");
    return table;
}

} // namespace SelfEvaluationPrint
