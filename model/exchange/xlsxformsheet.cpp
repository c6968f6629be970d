#include "exchange/xlsxformsheet.h"

#include "evaluation/formwords.h"
#include "evaluation/gradebands.h"
#include "evaluation/projectform.h"
#include "evaluation/selfevaluationscore.h"
#include "exchange/xlsxtablesheet.h"
#include "profile/reporttemplate.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace XlsxFormSheet {

namespace {

// Columns A–H: 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施;
// the upper blocks span them as the printed form does.
constexpr int Columns = 8;
constexpr int ScoreWeightColumn = 5; // an indicator's 分值 and 得分
constexpr int ScoreColumn = 6;
constexpr int FundsWeightColumn = 5; // the execution's 分值, 执行率 and 得分
constexpr int FundsRateColumn = 6;
constexpr int FundsScoreColumn = 7;

QString words(const char *chinese)
{
    return QString::fromUtf8(chinese);
}

class FormWriter
{
public:
    FormWriter(lxw_workbook *workbook, const GradeBands &bands, const DisplaySettings &display)
        : m_bands(bands)
    {
        m_sheet = workbook_add_worksheet(workbook, title().toUtf8().constData());
        const auto bordered = [&] {
            lxw_format *format = workbook_add_format(workbook);
            format_set_border(format, LXW_BORDER_THIN);
            format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
            format_set_text_wrap(format);
            return format;
        };
        m_title = workbook_add_format(workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 16);
        format_set_align(m_title, LXW_ALIGN_CENTER);
        m_centre = workbook_add_format(workbook);
        format_set_align(m_centre, LXW_ALIGN_CENTER);
        m_right = workbook_add_format(workbook);
        format_set_align(m_right, LXW_ALIGN_RIGHT);
        m_label = bordered();
        format_set_bold(m_label);
        format_set_align(m_label, LXW_ALIGN_CENTER);
        format_set_bg_color(m_label, 0xEDEDED);
        m_text = bordered();
        const QByteArray amount = "#,##0" + (display.decimals > 0 ? "." + QByteArray(display.decimals, '0') : QByteArray());
        m_amount = bordered();
        format_set_num_format(m_amount, amount.constData());
        m_derivedAmount = bordered();
        format_set_num_format(m_derivedAmount, amount.constData());
        format_set_bg_color(m_derivedAmount, 0xF2F2F2);
        m_points = bordered();
        format_set_num_format(m_points, "0.00");
        m_derivedPoints = bordered();
        format_set_num_format(m_derivedPoints, "0.00");
        format_set_bg_color(m_derivedPoints, 0xF2F2F2);
        m_rate = bordered();
        format_set_num_format(m_rate, QByteArray("0." + QByteArray(qMax(display.percentDecimals, 0), '0') + "%").constData());
        format_set_bg_color(m_rate, 0xF2F2F2);
        const double widths[Columns] = { 12, 14, 24, 14, 14, 9, 9, 30 };
        for (int c = 0; c < Columns; ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
        worksheet_fit_to_pages(m_sheet, 1, 0);
    }

    // Writes one form from row `m_row` on; the next one starts on a new page.
    void writeForm(const Project &project, int year)
    {
        if (m_row > 0)
            m_breaks.push_back(lxw_row_t(m_row));
        merge(m_row, 0, m_row, Columns - 1, title(), m_title);
        merge(m_row + 1, 0, m_row + 1, Columns - 1, QStringLiteral("（%1年度）").arg(year), m_centre);
        put(m_row + 2, Columns - 1, SheetWords::unit() + words("万元"), m_right);
        m_row += 3;
        merge(m_row, 0, m_row, 1, words("项目名称"), m_label);
        merge(m_row, 2, m_row, Columns - 1, project.name, m_text);
        ++m_row;
        merge(m_row, 0, m_row, 1, words("主管部门"), m_label);
        merge(m_row, 2, m_row, 3, project.supervisor, m_text);
        merge(m_row, 4, m_row, 5, words("实施单位"), m_label);
        merge(m_row, 6, m_row, 7, project.implementer, m_text);
        ++m_row;
        writeFunds(project);
        merge(m_row, 0, m_row + 1, 1, words("年度总体目标"), m_label);
        merge(m_row, 2, m_row, 4, words("预期目标"), m_label);
        merge(m_row, 5, m_row, 7, words("实际完成情况"), m_label);
        merge(m_row + 1, 2, m_row + 1, 4, project.goalPlanned, m_text);
        merge(m_row + 1, 5, m_row + 1, 7, project.goalAchieved, m_text);
        m_row += 2;
        writeIndicators(project);
        merge(m_row, 0, m_row, 1, trackedLabel(), m_label);
        merge(m_row, 2, m_row, Columns - 1, project.tracked ? yes() : no(), m_text);
        ++m_row;
        merge(m_row, 0, m_row, 1, problemsLabel(), m_label);
        merge(m_row, 2, m_row, Columns - 1, project.problems, m_text);
        ++m_row;
        merge(m_row, 0, m_row, 1, measuresLabel(), m_label);
        merge(m_row, 2, m_row, Columns - 1, project.measures, m_text);
        m_row += 2;
    }

    void finish()
    {
        if (m_breaks.empty())
            return;
        m_breaks.push_back(0); // the list ends with 0
        worksheet_set_h_pagebreaks(m_sheet, m_breaks.data());
    }

private:
    // 项目资金: 年度资金总额 sums the sources that are known; 执行率 and 得分 are formulas with the
    // form's own exact values, or empty when they are unknown (a blank is not a zero).
    void writeFunds(const Project &project)
    {
        const SelfEvaluationScore score(project, m_bands);
        const QStringList headers { words("年初预算数"), words("全年预算数"), words("全年执行数"), words("分值"), words("执行率"), words("得分") };
        merge(m_row, 0, m_row, 1, words("项目资金（万元）"), m_label);
        for (int c = 0; c < headers.size(); ++c)
            put(m_row, 2 + c, headers.at(c), m_label);
        const int total = m_row + 1;
        const int firstSource = total + 1;
        merge(total, 0, total, 1, words("年度资金总额"), m_label);
        for (int column = 0; column < FundColumnCount; ++column) {
            const QString range = XlsxTableSheet::cellName(firstSource, 2 + column) + QLatin1Char(':')
                                  + XlsxTableSheet::cellName(firstSource + FundSourceCount - 1, 2 + column);
            formula(total, 2 + column, QStringLiteral("=SUM(%1)").arg(range), amount(project.funds.total(FundColumn(column))),
                    m_derivedAmount);
        }
        m_totalRow = total;
        number(total, FundsWeightColumn, double(SelfEvaluationScore::ExecutionWeight.hundredths()) / Points::PerPoint, m_derivedPoints);
        const std::optional<qint64> rate = score.executionRate().percentScaled(4);
        const QString budget = XlsxTableSheet::cellName(total, 3);
        const QString executed = XlsxTableSheet::cellName(total, 4);
        formula(total, FundsRateColumn, QStringLiteral("=%1/%2").arg(executed, budget), rate ? std::optional<double>(double(*rate) / 1e6) : std::nullopt,
                m_rate);
        const std::optional<Points> executionScore = score.executionScore();
        formula(total, FundsScoreColumn,
                QStringLiteral("=MIN(ROUND(%1*%2,2),%2)")
                        .arg(XlsxTableSheet::cellName(total, FundsRateColumn), XlsxTableSheet::cellName(total, FundsWeightColumn)),
                points(executionScore), m_derivedPoints);
        for (int s = 0; s < FundSourceCount; ++s) {
            const int row = firstSource + s;
            merge(row, 0, row, 1, (s == 0 ? words("其中：") : QString()) + FormWords::source(FundSource(s)), m_label);
            for (int column = 0; column < FundColumnCount; ++column) {
                if (const std::optional<double> value = amount(project.funds.amount(FundSource(s), FundColumn(column))))
                    number(row, 2 + column, *value, m_amount);
                else
                    worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(2 + column), m_amount);
            }
            for (int c = FundsWeightColumn; c < Columns; ++c)
                put(row, c, QStringLiteral("—"), m_text);
        }
        m_row = firstSource + FundSourceCount;
    }

    // 绩效指标 grouped as the form prints them (一级 and 二级 merged over their rows), then 总分.
    void writeIndicators(const Project &project)
    {
        const QStringList headers { words("一级指标"), words("二级指标"), words("三级指标"), words("年度指标值"),
                                    words("实际完成值"), words("分值"), words("得分"), words("偏差原因分析及改进措施") };
        for (int c = 0; c < Columns; ++c)
            put(m_row, c, headers.at(c), m_label);
        ++m_row;
        QList<PerformanceIndicator> indicators = project.indicators;
        std::stable_sort(indicators.begin(), indicators.end(),
                         [](const PerformanceIndicator &a, const PerformanceIndicator &b) { return a.category < b.category; });
        const int first = m_row;
        for (qsizetype i = 0; i < indicators.size(); ++i) {
            const PerformanceIndicator &in = indicators.at(i);
            const int row = first + int(i);
            put(row, 2, in.name, m_text);
            put(row, 3, in.targetText(), m_text);
            put(row, 4, in.actual.isEmpty() ? QString() : in.actual + in.unit, m_text);
            writePoints(row, ScoreWeightColumn, in.weight);
            writePoints(row, ScoreColumn, in.score);
            put(row, 7, in.deviation, m_text);
        }
        mergeRuns(indicators, first, 0, [](const PerformanceIndicator &in) { return FormWords::group(in.group()); });
        mergeRuns(indicators, first, 1, [](const PerformanceIndicator &in) { return FormWords::category(in.category); });
        m_row = first + int(indicators.size());

        // 总分: the execution's 分值 and 得分 above plus the indicators'.
        const SelfEvaluationScore score(project, m_bands);
        const auto sum = [&](int ownColumn, int column) {
            QString text = QLatin1Char('=') + XlsxTableSheet::cellName(m_totalRow, ownColumn);
            if (!indicators.isEmpty())
                text += QStringLiteral("+SUM(%1:%2)").arg(XlsxTableSheet::cellName(first, column), XlsxTableSheet::cellName(m_row - 1, column));
            return text;
        };
        merge(m_row, 0, m_row, 4, words("总分"), m_label);
        formula(m_row, ScoreWeightColumn, sum(FundsWeightColumn, ScoreWeightColumn), points(score.weightTotal()), m_derivedPoints);
        formula(m_row, ScoreColumn, sum(FundsScoreColumn, ScoreColumn), points(score.total()), m_derivedPoints);
        put(m_row, 7, words("自评等级：") + score.grade(), m_label);
        ++m_row;
    }

    // Merges the cells of column `column` over each run of rows with the same text.
    template<typename TextOf>
    void mergeRuns(const QList<PerformanceIndicator> &indicators, int first, int column, TextOf textOf)
    {
        for (qsizetype start = 0; start < indicators.size();) {
            qsizetype end = start + 1;
            while (end < indicators.size() && textOf(indicators.at(end)) == textOf(indicators.at(start)))
                ++end;
            merge(first + int(start), column, first + int(end - 1), column, textOf(indicators.at(start)), m_text);
            start = end;
        }
    }

    void writePoints(int row, int column, const std::optional<Points> &value)
    {
        if (value)
            number(row, column, double(value->hundredths()) / Points::PerPoint, m_points);
        else
            worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), m_points);
    }

    std::optional<double> amount(const std::optional<Money> &money) const
    {
        if (!money)
            return std::nullopt;
        return double(money->fen()) / double(Money::fenPerUnit(MoneyUnit::Wanyuan));
    }

    static std::optional<double> points(const std::optional<Points> &value)
    {
        return value ? std::optional<double>(double(value->hundredths()) / Points::PerPoint) : std::nullopt;
    }

    // A derived cell: the formula with its value, or an empty cell when the value is unknown.
    void formula(int row, int column, const QString &text, const std::optional<double> &value, lxw_format *format)
    {
        if (value)
            worksheet_write_formula_num(m_sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format, *value);
        else
            worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format);
    }

    void number(int row, int column, double value, lxw_format *format)
    {
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format);
    }

    void put(int row, int column, const QString &text, lxw_format *format)
    {
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
    }

    void merge(int top, int left, int bottom, int right, const QString &text, lxw_format *format)
    {
        if (top == bottom && left == right)
            put(top, left, text, format);
        else
            worksheet_merge_range(m_sheet, lxw_row_t(top), lxw_col_t(left), lxw_row_t(bottom), lxw_col_t(right),
                                  text.toUtf8().constData(), format);
    }

    const GradeBands &m_bands;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_title = nullptr;
    lxw_format *m_centre = nullptr;
    lxw_format *m_right = nullptr;
    lxw_format *m_label = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_amount = nullptr;
    lxw_format *m_derivedAmount = nullptr;
    lxw_format *m_points = nullptr;
    lxw_format *m_derivedPoints = nullptr;
    lxw_format *m_rate = nullptr;
    int m_row = 0;
    int m_totalRow = 0; // the current form's 年度资金总额
    std::vector<lxw_row_t> m_breaks;
};

} // namespace

void write(lxw_workbook *workbook, const QList<Project> &projects, const GradeBands &bands, const DisplaySettings &display,
           int year)
{
    if (projects.isEmpty())
        return;
    FormWriter writer(workbook, bands, display);
    for (const Project &project : projects)
        writer.writeForm(project, year);
    writer.finish();
}

} // namespace XlsxFormSheet
