#include "rollup/departmentrollup.h"

#include "commands/cellwording.h"
#include "document/inputlimits.h"
#include "document/sheetlayout.h"
#include "profile/reporttemplate.h"
#include "rollup/rolluprules.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace DepartmentRollup {

namespace {

QString wan(qint64 fen)
{
    return Money::fromFen(fen).format(MoneyUnit::Wanyuan, 2);
}

QMap<QString, QStringList> unitedRows(const QList<UnitDocument> &units)
{
    QMap<QString, QSet<QString>> codes;
    for (const UnitDocument &unit : units) {
        for (auto it = unit.data.classRows.constBegin(); it != unit.data.classRows.constEnd(); ++it) {
            for (const QString &code : it.value())
                codes[it.key()].insert(code);
        }
    }
    QMap<QString, QStringList> rows;
    for (auto it = codes.constBegin(); it != codes.constEnd(); ++it) {
        QStringList list(it.value().cbegin(), it.value().cend());
        list.sort();
        rows.insert(it.key(), list);
    }
    return rows;
}

// The funds the units filed their 科目 under; where two units differ, the 本级 document's.
QMap<QString, QString> unitedFunds(const QList<UnitDocument> &units, int mainIndex)
{
    QMap<QString, QString> funds = units.at(mainIndex).data.rowFunds;
    for (const UnitDocument &unit : units) {
        for (auto it = unit.data.rowFunds.constBegin(); it != unit.data.rowFunds.constEnd(); ++it) {
            if (!funds.contains(it.key()))
                funds.insert(it.key(), it.value());
        }
    }
    return funds;
}

// The input cells whose blank means unknown, with the row's code (empty for a fixed row).
QList<std::pair<CellRef, QString>> unknownWhenBlankInputs(const SheetLayout &layout)
{
    QList<std::pair<CellRef, QString>> cells;
    for (const LayoutTable &table : layout.tables()) {
        for (const LayoutBlock &block : table.blocks) {
            for (const LayoutRow &row : block.rows) {
                for (const ColumnDef &column : block.def->columns) {
                    const CellRef ref { table.def->id, row.key, column.key };
                    if (layout.isInput(ref) && layout.unknownWhenBlank(ref))
                        cells.append({ ref, row.code });
                }
            }
        }
    }
    return cells;
}

// Sums the units' inputs into `result`, recording what each unit added.
class Summation
{
public:
    Summation(const SheetLayout &layout, const RollupRules &rules, Result *result)
        : m_layout(layout), m_rules(rules), m_result(result)
    {
    }

    bool add(const UnitDocument &unit, bool main)
    {
        DocumentData &data = *m_result->data;
        RollupSource source { unit.path, unit.contentHash,
                              { unit.data.department.name, unit.data.department.kind(), false }, main, {} };
        const bool operations = m_rules.countsForOperations(source.unit.kind);
        qint64 leftOut = 0;
        for (auto it = unit.data.cells.constBegin(); it != unit.data.cells.constEnd(); ++it) {
            const CellRef &ref = it.key();
            if (!m_layout.contains(ref) || !m_layout.isInput(ref))
                continue; // the editor ignores such a cell too
            if (it.value() < 0 && !m_layout.allowsNegative(ref)) {
                m_result->error = QCoreApplication::translate("DepartmentRollup", "%1: %2 holds a negative value, which is not allowed there.")
                                          .arg(unit.path, CellWording::cellName(m_layout, ref));
                return false;
            }
            if (ref.sheet == m_rules.operationsSheet && !operations) {
                leftOut += it.value();
                continue;
            }
            source.cells.insert(ref, it.value());
            qint64 &sum = data.cells[ref];
            sum += it.value(); // both within ±10¹⁴ fen: cannot overflow before the check
            if (sum > InputLimits::MaxMagnitude || sum < -InputLimits::MaxMagnitude) {
                m_result->error = QCoreApplication::translate("DepartmentRollup", "The sum of %1 exceeds the amount range when %2 is added.")
                                          .arg(CellWording::cellName(m_layout, ref), unit.path);
                return false;
            }
        }
        if (leftOut != 0)
            m_result->notes.append(QCoreApplication::translate("DepartmentRollup", "%1 is a %2 unit: its 机关运行经费 of %3 万元 is not counted.")
                                           .arg(source.unit.name, DepartmentInfo::kindName(source.unit.kind), wan(leftOut)));
        for (Project project : unit.data.projects) {
            project.id = ++m_lastProjectId; // not nextProjectId(), which scans every project so far
            if (project.implementer.trimmed().isEmpty())
                project.implementer = source.unit.name;
            data.projects.append(project);
        }
        data.department.units.append(source.unit);
        data.rollup.sources.append(std::move(source));
        return true;
    }

    // A figure that is unknown in a unit that has its row stays unknown in the department.
    void keepUnknowns(const QList<UnitDocument> &units, const QList<int> &order)
    {
        DocumentData &data = *m_result->data;
        for (const auto &[ref, code] : unknownWhenBlankInputs(m_layout)) {
            if (!data.cells.contains(ref))
                continue;
            for (const int i : order) {
                const DocumentData &unit = units.at(i).data;
                const bool hasRow = code.isEmpty() || unit.classRows.value(ref.sheet).contains(code);
                if (hasRow && !unit.cells.contains(ref)) {
                    data.cells.remove(ref);
                    m_result->notes.append(QCoreApplication::translate("DepartmentRollup", "%1 is left blank (unknown): %2 has no figure for it.")
                                                   .arg(CellWording::cellName(m_layout, ref), unit.department.name));
                    break;
                }
            }
        }
    }

    void eliminate(const RollupRules::Transfer &transfer)
    {
        DocumentData &data = *m_result->data;
        const auto rowSums = [&](const RollupRules::Side &side) {
            QHash<QString, qint64> rows;
            for (const RollupSource &source : std::as_const(data.rollup.sources)) {
                if (side.subordinateOnly && source.main)
                    continue;
                for (auto it = source.cells.constBegin(); it != source.cells.constEnd(); ++it) {
                    if (it.key().sheet != side.table || it.key().column != side.column)
                        continue;
                    const LayoutRow *row = m_layout.table(side.table)->row(it.key().row);
                    if (row && !row->code.isEmpty()) // the 科目 rows: totals are computed from them
                        rows[it.key().row] += it.value();
                }
            }
            return rows;
        };
        const QHash<QString, qint64> paid = rowSums(transfer.paid);
        const QHash<QString, qint64> received = rowSums(transfer.received);
        TransferFigures figures { transfer.title, 0, 0, 0, transfer.eliminate };
        for (const qint64 amount : paid)
            figures.paid += amount;
        for (const qint64 amount : received)
            figures.received += amount;
        for (auto it = paid.constBegin(); transfer.eliminate && it != paid.constEnd(); ++it) {
            const qint64 amount = std::min(it.value(), received.value(it.key()));
            if (amount <= 0)
                continue;
            for (const RollupRules::Side &side : { transfer.paid, transfer.received }) {
                const CellRef ref { side.table, it.key(), side.column };
                data.cells[ref] -= amount;
                data.rollup.eliminated[ref] += amount;
            }
            figures.eliminated += amount;
        }
        m_result->transfers.append(figures);
    }

private:
    const SheetLayout &m_layout;
    const RollupRules &m_rules;
    Result *m_result;
    qint64 m_lastProjectId = 0;
};

} // namespace

Result run(const ReportTemplate &reportTemplate, const RollupRules &rules, const QList<UnitDocument> &units,
           int mainIndex)
{
    Result result;
    if (units.isEmpty() || mainIndex < 0 || mainIndex >= units.size()) {
        result.error = QCoreApplication::translate("DepartmentRollup", "There is no unit document to roll up.");
        return result;
    }
    const DocumentData &main = units.at(mainIndex).data;
    result.data.emplace();
    DocumentData &data = *result.data;
    data.templateId = reportTemplate.id();
    data.department.name = main.department.name;
    data.department.code = main.department.code;
    data.department.year = main.department.year;
    data.department.published = main.department.published;
    data.texts = main.texts;
    data.notes = main.notes;
    data.classRows = unitedRows(units);
    data.rowFunds = unitedFunds(units, mainIndex);
    const SheetLayout layout(reportTemplate, data.classRows);

    QList<int> order { mainIndex };
    for (int i = 0; i < units.size(); ++i) {
        if (i != mainIndex)
            order.append(i);
    }
    Summation summation(layout, rules, &result);
    for (const int i : order) {
        if (!summation.add(units.at(i), i == mainIndex)) {
            result.data.reset();
            return result;
        }
    }
    summation.keepUnknowns(units, order);
    for (const RollupRules::Transfer &transfer : rules.transfers)
        summation.eliminate(transfer);
    return result;
}

QString Result::summary() const
{
    if (!data)
        return error + QLatin1Char('\n');
    QString text = QCoreApplication::translate("DepartmentRollup", "Rolled up %n unit(s):", nullptr,
                                               int(data->rollup.sources.size()))
            + QLatin1Char('\n');
    for (const RollupSource &source : data->rollup.sources) {
        text += QStringLiteral("  %1（%2）%3 %4\n")
                        .arg(source.unit.name, DepartmentInfo::kindName(source.unit.kind),
                             source.main ? QCoreApplication::translate("DepartmentRollup", "本级") : QString(), source.path);
    }
    for (const TransferFigures &transfer : transfers) {
        text += (transfer.eliminate ? QCoreApplication::translate("DepartmentRollup", "%1: paid %2 万元, received %3 万元, eliminated %4 万元.")
                                    : QCoreApplication::translate("DepartmentRollup", "%1: paid %2 万元, received %3 万元, not eliminated (the profile keeps both)."))
                        .arg(transfer.title, wan(transfer.paid), wan(transfer.received), wan(transfer.eliminated))
                + QLatin1Char('\n');
    }
    for (const QString &note : notes)
        text += note + QLatin1Char('\n');
    return text;
}

} // namespace DepartmentRollup
