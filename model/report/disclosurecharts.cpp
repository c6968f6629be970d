#include "report/disclosurecharts.h"

#include "document/document.h"
#include "money/ratio.h"
#include "profile/chartdef.h"

// Series names, annotations and stated shares are part of the published disclosure, which is
// Chinese in every language of the user interface, like the profile's titles.
namespace DisclosureCharts {

namespace {

    // "一、一般公共预算财政拨款收入" → "一般公共预算财政拨款收入"
    QString withoutOrdinal(const QString &label)
    {
        const qsizetype mark = label.indexOf(QChar(0x3001)); // 、
        return mark >= 0 && mark <= 4 ? label.mid(mark + 1) : label;
    }

    // A slice's name: its row's label, or its column's title.
    QString labelOf(const Document &document, const CellRef &ref, bool fromColumn)
    {
        if (fromColumn) {
            const ColumnDef *column = document.layout().column(ref);
            return column && !column->title.isEmpty() ? column->title.constLast() : ref.column;
        }
        const LayoutTable *table = document.layout().table(ref.sheet);
        const LayoutRow *row = table ? table->row(ref.row) : nullptr;
        return row ? withoutOrdinal(row->label) : ref.row;
    }

    // Shares of the whole, one per value.
    QList<Ratio> shares(const QList<qint64> &values)
    {
        qint64 whole = 0;
        for (const qint64 value : values)
            whole += value;
        QList<Ratio> result;
        for (const qint64 value : values)
            result.append(Ratio(value, whole));
        return result;
    }

    QStringList shareTexts(const QList<qint64> &values, const DisplaySettings &display)
    {
        QStringList texts;
        for (const Ratio &share : shares(values))
            texts.append(share.toString(display.percentDecimals, display.notComparable));
        return texts;
    }

    void pie(const Document &document, const ChartDef &def, ChartData *chart)
    {
        const DisplaySettings &display = document.reportTemplate().display();
        chart->kind = def.kind == ChartDef::Kind::Donut ? ChartData::Kind::Donut : ChartData::Kind::Pie;
        chart->series.append({ def.title, {} });
        for (const RuleExpression &slice : def.slices) {
            const qint64 value = slice.evaluate(document, {});
            // Slices of nothing only clutter the legend.
            if (value == 0)
                continue;
            chart->categories.append(labelOf(document, slice.cells({}).constFirst(), def.labelsFromColumns));
            chart->series.first().values.append(value);
        }
        const QList<qint64> &values = chart->series.first().values;
        chart->annotations = shareTexts(values, display);
        // A sliver too thin to see makes the pie a solid disc: the shares are said in words.
        bool thin = false;
        for (const Ratio &share : shares(values))
            thin = thin || share.percentScaled(2).value_or(def.inWordsBelow) < def.inWordsBelow;
        if (!thin || values.size() < 2)
            return;
        QStringList parts;
        for (qsizetype i = 0; i < values.size(); ++i)
            parts.append(QStringLiteral("%1占%2").arg(chart->categories.at(i), chart->annotations.at(i)));
        chart->statedInWords = QStringLiteral("%1：%2。").arg(def.title, parts.join(QStringLiteral("，")));
    }

    void comparison(const Document &document, const ChartDef &def, ChartData *chart)
    {
        const DisplaySettings &display = document.reportTemplate().display();
        const int year = document.data().department.year;
        chart->kind = ChartData::Kind::Bars;
        ChartSeriesData previous { QStringLiteral("%1年度").arg(year - 1), {} };
        ChartSeriesData current { QStringLiteral("%1年度").arg(year), {} };
        for (const ChartDef::Pair &pair : def.pairs) {
            chart->categories.append(pair.label);
            const qint64 before = pair.previous.evaluate(document, {});
            const qint64 now = pair.current.evaluate(document, {});
            previous.values.append(before);
            current.values.append(now);
            const Ratio change = Ratio::changeRate(Money::fromFen(now), Money::fromFen(before));
            chart->annotations.append(
                QStringLiteral("增减 %1").arg(change.toString(display.percentDecimals, display.notComparable)));
        }
        chart->series = { previous, current };
    }

    void classes(const Document &document, const ChartDef &def, ChartData *chart)
    {
        chart->kind = ChartData::Kind::Bars;
        ChartSeriesData spent { QStringLiteral("决算数"), {} };
        if (const LayoutTable *table = document.layout().table(def.table)) {
            for (const LayoutRow &row : table->blocks.constFirst().rows) {
                if (row.level != 1)
                    continue;
                chart->categories.append(row.code + QLatin1Char(' ') + row.label);
                spent.values.append(document.value({ def.table, row.key, def.column }));
            }
        }
        chart->annotations = shareTexts(spent.values, document.reportTemplate().display());
        chart->series = { spent };
    }

    void projects(const Document &document, ChartData *chart)
    {
        const DisplaySettings &display = document.reportTemplate().display();
        chart->kind = ChartData::Kind::Bars;
        ChartSeriesData budget { QStringLiteral("预算数"), {} };
        ChartSeriesData executed { QStringLiteral("执行数"), {} };
        for (const Project &project : document.data().projects) {
            chart->categories.append(project.name);
            const Money planned = project.budget().value_or(Money());
            const Money spent = project.executed().value_or(Money());
            budget.values.append(planned.fen());
            executed.values.append(spent.fen());
            chart->annotations.append(QStringLiteral("完成率 %1")
                                          .arg(Ratio::completion(spent, planned)
                                                   .toString(display.percentDecimals, display.notComparable)));
        }
        chart->series = { budget, executed };
    }

} // namespace

ChartData chart(const Document &document, const ChartDef &def)
{
    ChartData chart;
    chart.id = def.id;
    chart.title = def.title;
    chart.after = def.after;
    switch (def.kind) {
    case ChartDef::Kind::Pie:
    case ChartDef::Kind::Donut:
        pie(document, def, &chart);
        break;
    case ChartDef::Kind::Comparison:
        comparison(document, def, &chart);
        break;
    case ChartDef::Kind::Classes:
        classes(document, def, &chart);
        break;
    case ChartDef::Kind::Projects:
        projects(document, &chart);
        break;
    }
    return chart;
}

ChartData chart(const Document &document, const QString &id)
{
    for (const ChartDef &def : document.reportTemplate().charts()) {
        if (def.id == id)
            return chart(document, def);
    }
    return ChartData();
}

QList<ChartData> build(const Document &document)
{
    QList<ChartData> charts;
    for (const ChartDef &def : document.reportTemplate().charts())
        charts.append(chart(document, def));
    return charts;
}

} // namespace DisclosureCharts
