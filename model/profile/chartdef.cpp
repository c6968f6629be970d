#include "profile/chartdef.h"

#include "profile/reporttemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartDef", text);
}

const std::pair<const char *, ChartDef::Kind> kinds[] = {
    { "pie", ChartDef::Kind::Pie },           { "donut", ChartDef::Kind::Donut },
    { "comparison", ChartDef::Kind::Comparison }, { "classes", ChartDef::Kind::Classes },
    { "projects", ChartDef::Kind::Projects },
};

// A figure of the chart: an expression every reference of which the template has.
bool figure(const QJsonValue &value, const ReportTemplate &reportTemplate, RuleExpression *into, QString *error)
{
    *into = RuleExpression::parse(value.toString(), error);
    if (error->isEmpty())
        *error = into->unknownReference(reportTemplate, QString());
    return error->isEmpty();
}

} // namespace

std::optional<ChartDef> ChartDef::read(const QJsonObject &json, const ReportTemplate &reportTemplate, QString *key,
                                       QString *error)
{
    const auto fail = [&](const QString &field, const QString &why) {
        *key = field;
        *error = why;
        return std::nullopt;
    };
    ChartDef chart;
    chart.id = json.value(QLatin1String("id")).toString();
    chart.title = json.value(QLatin1String("title")).toString();
    chart.after = json.value(QLatin1String("after")).toString();
    if (chart.id.isEmpty())
        return fail(QStringLiteral("id"), tr("a chart needs an id"));
    if (chart.title.isEmpty())
        return fail(QStringLiteral("title"), tr("a chart needs a title"));
    const QString kindName = json.value(QLatin1String("kind")).toString();
    bool known = false;
    for (const auto &[name, kind] : kinds) {
        if (kindName == QLatin1String(name)) {
            chart.kind = kind;
            known = true;
        }
    }
    if (!known)
        return fail(QStringLiteral("kind"), tr("unknown kind \"%1\" (pie, donut, comparison, classes or projects)").arg(kindName));
    chart.inWordsBelow = qRound(json.value(QLatin1String("inWordsBelowPercent")).toDouble(0) * 100);

    switch (chart.kind) {
    case Kind::Pie:
    case Kind::Donut: {
        const QJsonArray slices = json.value(QLatin1String("slices")).toArray();
        if (slices.isEmpty())
            return fail(QStringLiteral("slices"), tr("a pie needs a list of figures"));
        for (qsizetype i = 0; i < slices.size(); ++i) {
            RuleExpression slice;
            if (!figure(slices.at(i), reportTemplate, &slice, error) || slice.cells({}).size() != 1)
                return fail(QStringLiteral("slices[%1]").arg(i), error->isEmpty() ? tr("a slice is one cell") : *error);
            chart.slices.append(slice);
        }
        chart.labelsFromColumns = json.value(QLatin1String("labels")).toString() == QLatin1String("columns");
        break;
    }
    case Kind::Comparison: {
        const QJsonArray pairs = json.value(QLatin1String("pairs")).toArray();
        if (pairs.isEmpty())
            return fail(QStringLiteral("pairs"), tr("a comparison needs a list of pairs"));
        for (qsizetype i = 0; i < pairs.size(); ++i) {
            const QJsonObject pair = pairs.at(i).toObject();
            Pair parsed;
            parsed.label = pair.value(QLatin1String("label")).toString();
            const QString at = QStringLiteral("pairs[%1].").arg(i);
            if (parsed.label.isEmpty())
                return fail(at + QLatin1String("label"), tr("a pair needs a label"));
            if (!figure(pair.value(QLatin1String("current")), reportTemplate, &parsed.current, error))
                return fail(at + QLatin1String("current"), *error);
            if (!figure(pair.value(QLatin1String("previous")), reportTemplate, &parsed.previous, error))
                return fail(at + QLatin1String("previous"), *error);
            chart.pairs.append(parsed);
        }
        break;
    }
    case Kind::Classes: {
        chart.table = json.value(QLatin1String("table")).toString();
        chart.column = json.value(QLatin1String("column")).toString();
        const TableDef *table = reportTemplate.table(chart.table);
        if (!table || !table->hasClassificationRows())
            return fail(QStringLiteral("table"), tr("\"%1\" is not a table with classification rows").arg(chart.table));
        if (!table->blocks.constFirst().column(chart.column))
            return fail(QStringLiteral("column"), tr("%1 has no column \"%2\"").arg(chart.table, chart.column));
        break;
    }
    case Kind::Projects:
        break;
    }
    return chart;
}
