#include "interchange/interchange.h"

#include "document/document.h"
#include "evaluation/formkeys.h"
#include "history/historyjson.h"
#include "signoff/signoffjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Interchange {

namespace {

QJsonValue cellJson(const SheetLayout &layout, const CellRef &ref, qint64 value)
{
    if (layout.valueType(ref) == ValueType::Count)
        return QJsonValue(value);
    return Money::fromFen(value).toExactString(MoneyUnit::Wanyuan);
}

// Cells grouped sheet → row → column, built up before turning into JSON so that no JSON
// object is copied once per cell.
class CellTree
{
public:
    void put(const CellRef &ref, const QJsonValue &value) { m_tree[ref.sheet][ref.row].insert(ref.column, value); }
    QJsonObject toJson() const
    {
        QJsonObject sheets;
        for (auto sheet = m_tree.constBegin(); sheet != m_tree.constEnd(); ++sheet) {
            QJsonObject rows;
            for (auto row = sheet->constBegin(); row != sheet->constEnd(); ++row)
                rows.insert(row.key(), row.value());
            sheets.insert(sheet.key(), rows);
        }
        return sheets;
    }

private:
    QMap<QString, QMap<QString, QJsonObject>> m_tree;
};

QJsonObject unitJson(const BudgetUnit &unit)
{
    QJsonObject o { { QLatin1String("name"), unit.name }, { QLatin1String("kind"), DepartmentInfo::kindName(unit.kind) } };
    if (unit.merged)
        o.insert(QLatin1String("merged"), true);
    return o;
}

QJsonObject cellsJson(const SheetLayout &layout, const QHash<CellRef, qint64> &cells)
{
    CellTree tree;
    for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
        tree.put(it.key(), cellJson(layout, it.key(), it.value()));
    return tree.toJson();
}

// The provenance of a rolled-up document: its unit files, what each contributed and what was
// eliminated, so that the drill-down and the re-roll survive an export and import.
QJsonObject rollupJson(const SheetLayout &layout, const RollupRecord &rollup)
{
    QJsonArray sources;
    for (const RollupSource &source : rollup.sources) {
        QJsonObject o { { QLatin1String("path"), source.path },
                        { QLatin1String("contentHash"), source.contentHash },
                        { QLatin1String("unit"), unitJson(source.unit) },
                        { QLatin1String("cells"), cellsJson(layout, source.cells) } };
        if (source.main)
            o.insert(QLatin1String("main"), true);
        sources.append(o);
    }
    return { { QLatin1String("sources"), sources }, { QLatin1String("eliminated"), cellsJson(layout, rollup.eliminated) } };
}

} // namespace

QByteArray write(const Document &document)
{
    const DocumentData &data = document.data();
    const SheetLayout &layout = document.layout();
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(FormatName));
    root.insert(QLatin1String("formatVersion"), FormatVersion);
    root.insert(QLatin1String("template"), data.templateId);

    QJsonObject department;
    department.insert(QLatin1String("name"), data.department.name);
    department.insert(QLatin1String("code"), data.department.code);
    department.insert(QLatin1String("kind"), DepartmentInfo::kindName(data.department.kind()));
    department.insert(QLatin1String("year"), data.department.year);
    if (data.department.published.isValid())
        department.insert(QLatin1String("published"), data.department.published.toString(Qt::ISODate));
    QJsonArray units;
    for (const BudgetUnit &unit : data.department.units)
        units.append(unitJson(unit));
    department.insert(QLatin1String("units"), units);
    root.insert(QLatin1String("department"), department);
    if (!data.notes.isEmpty())
        root.insert(QLatin1String("notes"), QJsonArray::fromStringList(data.notes));

    QJsonObject rows;
    for (auto it = data.classRows.constBegin(); it != data.classRows.constEnd(); ++it)
        rows.insert(it.key(), QJsonArray::fromStringList(it.value()));
    root.insert(QLatin1String("rows"), rows);
    if (!data.rowFunds.isEmpty()) {
        QJsonObject funds;
        for (auto it = data.rowFunds.constBegin(); it != data.rowFunds.constEnd(); ++it)
            funds.insert(it.key(), it.value());
        root.insert(QLatin1String("rowFunds"), funds);
    }

    root.insert(QLatin1String("cells"), cellsJson(layout, data.cells));

    QJsonObject texts;
    for (auto it = data.texts.constBegin(); it != data.texts.constEnd(); ++it)
        texts.insert(it.key(), it.value());
    root.insert(QLatin1String("texts"), texts);

    QJsonArray projects;
    for (const Project &p : data.projects) {
        QJsonObject project;
        project.insert(QLatin1String("name"), p.name);
        project.insert(QLatin1String("supervisor"), p.supervisor);
        project.insert(QLatin1String("implementer"), p.implementer);
        QJsonObject funds;
        for (int f = 0; f < FundSourceCount; ++f) {
            QJsonObject byColumn;
            for (int c = 0; c < FundColumnCount; ++c) {
                if (const std::optional<Money> amount = p.funds.amount(FundSource(f), FundColumn(c)))
                    byColumn.insert(FormKeys::key(FundColumn(c)), amount->toExactString(MoneyUnit::Wanyuan));
            }
            if (!byColumn.isEmpty())
                funds.insert(FormKeys::key(FundSource(f)), byColumn);
        }
        project.insert(QLatin1String("funds"), funds);
        project.insert(QLatin1String("goal"), QJsonObject { { QLatin1String("planned"), p.goalPlanned },
                                                            { QLatin1String("achieved"), p.goalAchieved } });
        QJsonArray indicators;
        for (const PerformanceIndicator &in : p.indicators) {
            QJsonObject row { { QLatin1String("category"), FormKeys::key(in.category) },
                              { QLatin1String("name"), in.name },
                              { QLatin1String("comparison"), FormKeys::key(in.comparison) },
                              { QLatin1String("target"), in.target },
                              { QLatin1String("unit"), in.unit },
                              { QLatin1String("actual"), in.actual },
                              { QLatin1String("deviation"), in.deviation } };
            if (in.weight)
                row.insert(QLatin1String("weight"), in.weight->toShortString());
            if (in.score)
                row.insert(QLatin1String("score"), in.score->toShortString());
            indicators.append(row);
        }
        project.insert(QLatin1String("indicators"), indicators);
        project.insert(QLatin1String("tracked"), p.tracked);
        project.insert(QLatin1String("problems"), p.problems);
        project.insert(QLatin1String("measures"), p.measures);
        projects.append(project);
    }
    root.insert(QLatin1String("projects"), projects);
    if (!data.signoff.isEmpty())
        root.insert(QLatin1String("review"), SignoffJson::write(data.signoff));
    if (!data.rollup.isEmpty())
        root.insert(QLatin1String("rollup"), rollupJson(layout, data.rollup));

    CellTree derived;
    const Recalculator &values = document.values();
    for (int i = 0; i < values.cellCount(); ++i) {
        if (!values.isInput(i))
            derived.put(values.cellAt(i), cellJson(layout, values.cellAt(i), values.valueAt(i)));
    }
    root.insert(QLatin1String("derived"), derived.toJson());
    if (!data.history.isEmpty())
        root.insert(QLatin1String("history"), HistoryJson::write(data.history, layout));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Interchange
