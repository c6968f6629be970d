#include "report/disclosurecharts.h"

#include "document/document.h"
#include "money/ratio.h"

// Chart titles and labels are part of the published disclosure, which is Chinese in every
// language of the user interface, like the template's table titles.
namespace DisclosureCharts {

namespace {

    qint64 cell(const Document &document, const QString &sheet, const QString &row, const QString &column)
    {
        const CellRef ref { sheet, row, column };
        return document.layout().contains(ref) ? document.value(ref) : 0;
    }

    // "一、一般公共预算财政拨款收入" → "一般公共预算财政拨款收入"
    QString withoutOrdinal(const QString &label)
    {
        const qsizetype mark = label.indexOf(QChar(0x3001)); // 、
        return mark >= 0 && mark <= 4 ? label.mid(mark + 1) : label;
    }

    QString rowLabel(const Document &document, const QString &sheet, const QString &row)
    {
        const LayoutTable *table = document.layout().table(sheet);
        const LayoutRow *layoutRow = table ? table->row(row) : nullptr;
        return layoutRow ? withoutOrdinal(layoutRow->label) : row;
    }

    // Shares of the whole for a pie, one annotation per slice.
    QStringList shares(const QList<qint64> &values, int decimals, const QString &notComparable)
    {
        qint64 whole = 0;
        for (const qint64 value : values)
            whole += value;
        QStringList result;
        for (const qint64 value : values)
            result.append(Ratio(value, whole).toString(decimals, notComparable));
        return result;
    }

    ChartData pie(const Document &document, const QString &id, const QString &title, ChartData::Kind kind,
        const QStringList &categories, const QList<qint64> &values)
    {
        const DisplaySettings &display = document.reportTemplate().display();
        ChartData chart;
        chart.id = id;
        chart.title = title;
        chart.kind = kind;
        // Slices of nothing only clutter the legend.
        for (qsizetype i = 0; i < categories.size(); ++i) {
            if (values.at(i) == 0)
                continue;
            chart.categories.append(categories.at(i));
            if (chart.series.isEmpty())
                chart.series.append({ title, {} });
            chart.series.first().values.append(values.at(i));
        }
        if (chart.series.isEmpty())
            chart.series.append({ title, {} });
        chart.annotations
            = shares(chart.series.first().values, display.percentDecimals, display.notComparable);
        return chart;
    }

    // This year against last year, one category per pair of cells.
    struct Comparison {
        QString label;
        qint64 current;
        qint64 previous;
    };

    ChartData comparison(
        const Document &document, const QString &id, const QString &title, const QList<Comparison> &pairs)
    {
        const DisplaySettings &display = document.reportTemplate().display();
        const int year = document.data().department.year;
        ChartData chart;
        chart.id = id;
        chart.title = title;
        chart.kind = ChartData::Kind::Bars;
        ChartSeriesData previous { QStringLiteral("%1年度").arg(year - 1), {} };
        ChartSeriesData current { QStringLiteral("%1年度").arg(year), {} };
        for (const Comparison &pair : pairs) {
            chart.categories.append(pair.label);
            previous.values.append(pair.previous);
            current.values.append(pair.current);
            const Ratio change
                = Ratio::changeRate(Money::fromFen(pair.current), Money::fromFen(pair.previous));
            chart.annotations.append(QStringLiteral("增减 %1").arg(
                change.toString(display.percentDecimals, display.notComparable)));
        }
        chart.series = { previous, current };
        return chart;
    }

} // namespace

QList<ChartData> build(const Document &document)
{
    return { yearOnYear(document), incomeBySource(document), expenditureByType(document),
        generalBudgetByClass(document), threePublic(document), projects(document) };
}

ChartData yearOnYear(const Document &document)
{
    const auto pair = [&](const QString &label, const QString &table, const QString &row,
                          const QString &column, const QString &priorRow) {
        return Comparison { label, cell(document, table, row, column),
            cell(document, QStringLiteral("PRIOR"), priorRow, QStringLiteral("amount")) };
    };
    const QString amount = QStringLiteral("amount");
    return comparison(document, QLatin1String(YearOnYear), QStringLiteral("收支决算与上年对比"),
        { pair(QStringLiteral("收、支总计"), QStringLiteral("T1"), QStringLiteral("I_TOT"), amount,
              QStringLiteral("total")),
            pair(QStringLiteral("本年收入合计"), QStringLiteral("T1"), QStringLiteral("I_SUM"), amount,
                QStringLiteral("income")),
            pair(QStringLiteral("本年支出合计"), QStringLiteral("T1"), QStringLiteral("E_SUM"), amount,
                QStringLiteral("expenditure")),
            pair(QStringLiteral("财政拨款收、支总计"), QStringLiteral("T4"), QStringLiteral("I_TOT"), amount,
                QStringLiteral("fiscal")),
            pair(QStringLiteral("一般公共预算财政拨款支出"), QStringLiteral("T5"), QStringLiteral("total"),
                QStringLiteral("total"), QStringLiteral("gpbExpenditure")) });
}

ChartData incomeBySource(const Document &document)
{
    const QString t1 = QStringLiteral("T1");
    QStringList labels;
    QList<qint64> values;
    for (int i = 1; i <= 8; ++i) {
        const QString row = QStringLiteral("I%1").arg(i);
        labels.append(rowLabel(document, t1, row));
        values.append(cell(document, t1, row, QStringLiteral("amount")));
    }
    return pie(document, QLatin1String(IncomeBySource), QStringLiteral("收入决算结构"), ChartData::Kind::Pie,
        labels, values);
}

ChartData expenditureByType(const Document &document)
{
    const LayoutTable *table = document.layout().table(QStringLiteral("T3"));
    QStringList labels;
    QList<qint64> values;
    if (table) {
        for (const ColumnDef &column : table->blocks.constFirst().def->columns) {
            if (!column.formula.isEmpty()) // the 本年支出合计 column
                continue;
            labels.append(column.title.constLast());
            values.append(cell(document, table->def->id, QStringLiteral("total"), column.key));
        }
    }
    return pie(document, QLatin1String(ExpenditureByType), QStringLiteral("支出决算结构"),
        ChartData::Kind::Donut, labels, values);
}

ChartData generalBudgetByClass(const Document &document)
{
    ChartData chart;
    chart.id = QLatin1String(GeneralBudgetByClass);
    chart.title = QStringLiteral("一般公共预算财政拨款支出决算结构（按功能分类“类”级科目）");
    chart.kind = ChartData::Kind::Bars;
    ChartSeriesData spent { QStringLiteral("决算数"), {} };
    const LayoutTable *table = document.layout().table(QStringLiteral("T5"));
    if (table) {
        for (const LayoutRow &row : table->blocks.constFirst().rows) {
            if (row.level != 1)
                continue;
            chart.categories.append(row.code + QLatin1Char(' ') + row.label);
            spent.values.append(cell(document, table->def->id, row.key, QStringLiteral("total")));
        }
    }
    const DisplaySettings &display = document.reportTemplate().display();
    chart.annotations = shares(spent.values, display.percentDecimals, display.notComparable);
    chart.series = { spent };
    return chart;
}

ChartData threePublic(const Document &document)
{
    const QString t9 = QStringLiteral("T9");
    const QString prior = QStringLiteral("PRIOR");
    const QString amount = QStringLiteral("amount");
    const auto pair = [&](const QString &label, const QString &column, const QString &priorRow) {
        return Comparison { label, cell(document, t9, QStringLiteral("main"), column),
            cell(document, prior, priorRow, amount) };
    };
    return comparison(document, QLatin1String(ThreePublic), QStringLiteral("“三公”经费支出决算与上年对比"),
        { pair(QStringLiteral("合计"), QStringLiteral("a_total"), QStringLiteral("sgTotal")),
            pair(QStringLiteral("因公出国（境）费"), QStringLiteral("a_abroad"), QStringLiteral("sgAbroad")),
            pair(QStringLiteral("公务用车购置费"), QStringLiteral("a_car_buy"), QStringLiteral("sgCarBuy")),
            pair(QStringLiteral("公务用车运行费"), QStringLiteral("a_car_run"), QStringLiteral("sgCarRun")),
            pair(QStringLiteral("公务接待费"), QStringLiteral("a_recv"), QStringLiteral("sgRecv")) });
}

ChartData projects(const Document &document)
{
    const DisplaySettings &display = document.reportTemplate().display();
    ChartData chart;
    chart.id = QLatin1String(Projects);
    chart.title = QStringLiteral("项目预算执行情况");
    chart.kind = ChartData::Kind::Bars;
    ChartSeriesData budget { QStringLiteral("预算数"), {} };
    ChartSeriesData executed { QStringLiteral("执行数"), {} };
    for (const Project &project : document.data().projects) {
        chart.categories.append(project.name);
        const Money planned = project.budget().value_or(Money());
        const Money spent = project.executed().value_or(Money());
        budget.values.append(planned.fen());
        executed.values.append(spent.fen());
        chart.annotations.append(QStringLiteral("完成率 %1")
                                     .arg(Ratio::completion(spent, planned)
                                              .toString(display.percentDecimals, display.notComparable)));
    }
    chart.series = { budget, executed };
    return chart;
}

} // namespace DisclosureCharts
