#include "exchange/formsheetreader.h"

#include "evaluation/formwords.h"
#include "exchange/decimaltext.h"
#include "exchange/tablefinder.h"
#include "exchange/xlsxformsheet.h"
#include "exchange/xlsxreader.h"
#include "exchange/xlsxtablesheet.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace FormSheetReader {

namespace {

QString words(const char *chinese)
{
    return TableFinder::normalized(QString::fromUtf8(chinese));
}

// The labels that start a field of the form; a value is what stands between a label and the next.
const QStringList &labels()
{
    static const QStringList all = [] {
        QStringList list;
        for (const char *label : { "项目名称", "主管部门", "实施单位", "年度总体目标", "预期目标", "实际完成情况" })
            list.append(words(label));
        for (const QString &label : { XlsxFormSheet::trackedLabel(), XlsxFormSheet::problemsLabel(), XlsxFormSheet::measuresLabel() })
            list.append(TableFinder::normalized(label));
        return list;
    }();
    return all;
}

// One form on one sheet: rows [top, bottom).
class FormReader
{
public:
    FormReader(const SheetGrid &grid, int top, int bottom, QStringList *problems)
        : m_grid(grid), m_top(top), m_bottom(bottom), m_problems(problems)
    {
        const QString yuan = TableFinder::normalized(SheetWords::unit() + QStringLiteral("元"));
        for (int r = top; r < bottom && r < top + 8; ++r) {
            for (int c = 0; c < grid.columnCount(); ++c) {
                const QString text = normalized(r, c);
                if (text == yuan || text.endsWith(words("(元)")))
                    m_exponent = 2; // amounts in 元
            }
        }
    }

    Project read()
    {
        Project project;
        project.name = valueOf(words("项目名称")).trimmed();
        project.supervisor = valueOf(words("主管部门")).trimmed();
        project.implementer = valueOf(words("实施单位")).trimmed();
        readFunds(&project.funds);
        readGoals(&project);
        readIndicators(&project.indicators);
        project.tracked = TableFinder::normalized(valueOf(TableFinder::normalized(XlsxFormSheet::trackedLabel())))
                          == XlsxFormSheet::yes();
        project.problems = valueOf(TableFinder::normalized(XlsxFormSheet::problemsLabel()));
        project.measures = valueOf(TableFinder::normalized(XlsxFormSheet::measuresLabel()));
        return project;
    }

private:
    QString normalized(int row, int column) const { return TableFinder::normalized(m_grid.text(row, column)); }

    QString firstText(int row) const
    {
        for (int c = 0; c < m_grid.columnCount(); ++c) {
            if (!normalized(row, c).isEmpty())
                return normalized(row, c);
        }
        return QString();
    }

    // The row and column of the first cell reading `label`, or row -1.
    std::pair<int, int> find(const QString &label, int from = -1) const
    {
        for (int r = from < 0 ? m_top : from; r < m_bottom; ++r) {
            for (int c = 0; c < m_grid.columnCount(); ++c) {
                if (normalized(r, c) == label)
                    return { r, c };
            }
        }
        return { -1, -1 };
    }

    // The text right of a label (past the label's merged cells), up to the next label.
    QString valueOf(const QString &label) const
    {
        const auto [row, column] = find(label);
        if (row < 0)
            return QString();
        for (int c = column + 1; c < m_grid.columnCount(); ++c) {
            const QString text = normalized(row, c);
            if (text == label)
                continue;
            if (labels().contains(text))
                break;
            if (!text.isEmpty())
                return m_grid.text(row, c);
        }
        return QString();
    }

    // The cell's number times 10^`exponent`, at most `limit`; nothing for a blank, and a problem
    // listed for anything else.
    std::optional<qint64> number(int row, int column, int exponent, qint64 limit)
    {
        const SheetGrid::Cell &cell = m_grid.cell(row, column);
        if (cell.text.trimmed().isEmpty())
            return std::nullopt;
        const QString text = cell.number ? cell.text : normalizeNumberText(cell.text).remove(QLatin1Char(','));
        const std::optional<qint64> value = DecimalText::scaled(text, exponent);
        if (!value || *value < 0)
            m_problems->append(QCoreApplication::translate("WorkbookImport", "%1 %2: \"%3\" is not a number")
                                       .arg(m_grid.name, XlsxTableSheet::cellName(row, column), cell.text));
        else if (*value > limit)
            m_problems->append(QCoreApplication::translate("WorkbookImport", "%1 %2: \"%3\" is too large")
                                       .arg(m_grid.name, XlsxTableSheet::cellName(row, column), cell.text));
        else
            return value;
        return std::nullopt;
    }

    std::optional<Points> points(int row, int column)
    {
        const std::optional<qint64> hundredths = number(row, column, 2, Points::LimitHundredths);
        return hundredths ? std::optional<Points>(Points::fromHundredths(*hundredths)) : std::nullopt;
    }

    // The header row of 年初预算数 / 全年预算数 / 全年执行数, then one row per source below it.
    void readFunds(ProjectFunds *funds)
    {
        const char *const headers[FundColumnCount] = { "年初预算数", "全年预算数", "全年执行数" };
        int headerRow = -1;
        int columns[FundColumnCount] = { -1, -1, -1 };
        for (int f = 0; f < FundColumnCount; ++f) {
            const auto [row, column] = find(words(headers[f]));
            headerRow = row >= 0 ? row : headerRow;
            columns[f] = column;
        }
        if (headerRow < 0)
            return;
        for (int r = headerRow + 1; r < m_bottom; ++r) {
            QString label = firstText(r);
            label.remove(words("其中:"));
            for (int s = 0; s < FundSourceCount; ++s) {
                if (label != TableFinder::normalized(FormWords::source(FundSource(s))))
                    continue;
                for (int f = 0; f < FundColumnCount; ++f) {
                    if (columns[f] < 0)
                        continue;
                    const std::optional<qint64> fen = number(r, columns[f], m_exponent, Money::LimitFen);
                    funds->setAmount(FundSource(s), FundColumn(f), fen ? std::optional<Money>(Money::fromFen(*fen)) : std::nullopt);
                }
            }
        }
    }

    // 预期目标 and 实际完成情况 head their columns; the texts stand in the row below.
    void readGoals(Project *project) const
    {
        const auto [row, planned] = find(words("预期目标"));
        const auto [sameRow, achieved] = find(words("实际完成情况"));
        if (row < 0 || sameRow != row)
            return;
        project->goalPlanned = m_grid.text(row + 1, planned);
        project->goalAchieved = m_grid.text(row + 1, achieved);
    }

    // The 三级指标 header names the columns; its rows run to 总分, 二级指标 carried down where a
    // merged or empty cell leaves it out.
    void readIndicators(QList<PerformanceIndicator> *indicators)
    {
        const auto [header, nameColumn] = find(words("三级指标"));
        if (header < 0)
            return;
        const auto columnOf = [&](const char *title) {
            for (int c = 0; c < m_grid.columnCount(); ++c) {
                if (normalized(header, c).startsWith(words(title)))
                    return c;
            }
            return -1;
        };
        const int categoryColumn = columnOf("二级指标");
        const int targetColumn = columnOf("年度指标值");
        const int actualColumn = columnOf("实际完成值");
        const int weightColumn = columnOf("分值");
        const int scoreColumn = columnOf("得分");
        const int deviationColumn = columnOf("偏差原因");
        std::optional<IndicatorCategory> category;
        for (int r = header + 1; r < m_bottom; ++r) {
            const QString first = firstText(r);
            if (first == words("总分") || first == words("合计"))
                break;
            if (categoryColumn >= 0 && !normalized(r, categoryColumn).isEmpty())
                category = categoryOf(normalized(r, categoryColumn));
            const QString name = m_grid.text(r, nameColumn).trimmed();
            if (name.isEmpty())
                continue;
            if (!category) {
                m_problems->append(QCoreApplication::translate("WorkbookImport", "%1 %2: \"%3\" is not a 二级指标 of the form")
                                           .arg(m_grid.name, XlsxTableSheet::cellName(r, categoryColumn), m_grid.text(r, categoryColumn)));
                continue;
            }
            PerformanceIndicator indicator = splitIndicator(targetColumn >= 0 ? m_grid.text(r, targetColumn) : QString(),
                                                            actualColumn >= 0 ? m_grid.text(r, actualColumn) : QString());
            indicator.category = *category;
            indicator.name = name;
            if (weightColumn >= 0)
                indicator.weight = points(r, weightColumn);
            if (scoreColumn >= 0)
                indicator.score = points(r, scoreColumn);
            if (deviationColumn >= 0)
                indicator.deviation = m_grid.text(r, deviationColumn);
            indicators->append(indicator);
        }
    }

    static std::optional<IndicatorCategory> categoryOf(const QString &text)
    {
        for (int c = 0; c < IndicatorCategoryCount; ++c) {
            const QString name = TableFinder::normalized(FormWords::category(IndicatorCategory(c)));
            if (text == name || text + words("指标") == name)
                return IndicatorCategory(c);
        }
        return std::nullopt;
    }

    const SheetGrid &m_grid;
    int m_top;
    int m_bottom;
    QStringList *m_problems;
    int m_exponent = 6; // fen per amount: 万元 unless the form says 元 (10^2)
};

} // namespace

PerformanceIndicator splitIndicator(const QString &target, const QString &actual)
{
    static const QList<std::pair<QString, Comparison>> comparisons {
        { QStringLiteral("≥"), Comparison::AtLeast }, { QStringLiteral(">="), Comparison::AtLeast },
        { QStringLiteral("≤"), Comparison::AtMost },  { QStringLiteral("<="), Comparison::AtMost },
        { QStringLiteral("＞"), Comparison::Above },  { QStringLiteral(">"), Comparison::Above },
        { QStringLiteral("＜"), Comparison::Below },  { QStringLiteral("<"), Comparison::Below },
        { QStringLiteral("＝"), Comparison::Equal },  { QStringLiteral("="), Comparison::Equal },
    };
    static const QRegularExpression leadingNumber(QStringLiteral("^[+-]?\\d+(?:\\.\\d+)?"));
    PerformanceIndicator indicator;
    QString rest = target.trimmed();
    for (const auto &[symbol, comparison] : comparisons) {
        if (rest.startsWith(symbol)) {
            indicator.comparison = comparison;
            rest = rest.mid(symbol.size()).trimmed();
            break;
        }
    }
    const QString done = actual.trimmed();
    // The unit follows the number of the target, or else of the actual value.
    const QRegularExpressionMatch inTarget = leadingNumber.match(rest);
    const QRegularExpressionMatch inActual = leadingNumber.match(done);
    if (inTarget.hasMatch())
        indicator.unit = rest.mid(inTarget.capturedLength()).trimmed();
    else if (inActual.hasMatch())
        indicator.unit = done.mid(inActual.capturedLength()).trimmed();
    const auto withoutUnit = [&](const QString &text) {
        return !indicator.unit.isEmpty() && text.endsWith(indicator.unit) ? text.chopped(indicator.unit.size()).trimmed() : text;
    };
    indicator.target = withoutUnit(rest);
    indicator.actual = withoutUnit(done);
    return indicator;
}

QList<Project> Result::projects() const
{
    QList<Project> projects;
    for (const Form &form : forms)
        projects.append(form.project);
    return projects;
}

QStringList Result::problems() const
{
    QStringList all;
    for (const Form &form : forms)
        all += form.problems;
    for (const QString &place : unnamed)
        all.append(QCoreApplication::translate("WorkbookImport", "%1: a form without 项目名称, not read").arg(place));
    return all;
}

Result read(const Workbook &workbook)
{
    Result result;
    const QString title = TableFinder::normalized(XlsxFormSheet::title());
    static const QRegularExpression yearPrefix(QStringLiteral("^(\\d{4}年度?)?$"));
    for (const SheetGrid &grid : workbook.sheets) {
        // A title row starts a form; a form may carry its year in front ("2024年度项目支出绩效自评表").
        QList<std::pair<int, int>> starts; // row and column of each title
        for (int r = 0; r < grid.rowCount(); ++r) {
            for (int c = 0; c < grid.columnCount(); ++c) {
                const QString text = TableFinder::normalized(grid.text(r, c));
                if (text.endsWith(title) && yearPrefix.match(text.chopped(title.size())).hasMatch()) {
                    starts.append({ r, c });
                    break;
                }
            }
        }
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const int bottom = i + 1 < starts.size() ? starts.at(i + 1).first : grid.rowCount();
            Form form;
            form.project = FormReader(grid, starts.at(i).first, bottom, &form.problems).read();
            form.place = QStringLiteral("%1 %2").arg(grid.name, XlsxTableSheet::cellName(starts.at(i).first, starts.at(i).second));
            if (form.project.name.isEmpty())
                result.unnamed.append(form.place);
            else
                result.forms.append(form);
        }
    }
    return result;
}

} // namespace FormSheetReader
