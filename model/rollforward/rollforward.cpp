#include "rollforward/rollforward.h"

#include "document/document.h"
#include "rollforward/rollforwardrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString amount(qint64 fen)
{
    return Money::fromFen(fen).format(MoneyUnit::Wanyuan, 2);
}

// A short name of a cell for the summary: "财政拨款“三公”经费支出决算表 财政拨款“三公”经费 决算数/因公出国（境）费".
QString cellName(const Document &document, const CellRef &ref)
{
    const LayoutTable *table = document.layout().table(ref.sheet);
    const LayoutRow *row = table ? table->row(ref.row) : nullptr;
    const ColumnDef *column = row ? table->blockOf(ref.row)->def->column(ref.column) : nullptr;
    if (!column)
        return ref.toString();
    QString name = QStringLiteral("%1 %2").arg(table->def->title, row->label);
    if (table->blockOf(ref.row)->def->columns.size() > 1)
        name += QLatin1Char(' ') + column->title.join(QLatin1Char('/'));
    return name;
}

// The label of a fixed row of a template's table or sheet: "上年决算数 收、支总计".
QString rowName(const ReportTemplate &reportTemplate, const CellRef &ref)
{
    const TableDef *table = reportTemplate.table(ref.sheet);
    for (const BlockDef &block : table->blocks) {
        for (const RowDef &row : block.rows) {
            if (row.key == ref.row)
                return QStringLiteral("%1 %2").arg(table->title, row.label);
        }
    }
    return ref.toString();
}

// The row's 决算 figure in the block's first column, to say what a mapped code carries.
qint64 rowFigure(const Document &document, const QString &tableId, const QString &code)
{
    const LayoutTable *table = document.layout().table(tableId);
    const LayoutBlock *block = table ? table->blockOf(code) : nullptr;
    if (!block || block->def->columns.isEmpty())
        return 0;
    return document.value({ tableId, code, block->def->columns.constFirst().key });
}

bool statesFigures(const QString &text)
{
    static const QRegularExpression figure(QStringLiteral("[0-9０-９]"));
    return figure.match(text).hasMatch();
}

void carryTexts(const Document &source, const ReportTemplate &target, const RollForwardRules &rules, RollForward::Result *result)
{
    int dropped = 0;
    for (auto it = source.data().texts.cbegin(); it != source.data().texts.cend(); ++it) {
        if (!rules.keepTexts.contains(it.key()) || !target.acceptsTextKey(it.key())) {
            dropped += it.value().trimmed().isEmpty() ? 0 : 1;
            continue;
        }
        result->data.texts.insert(it.key(), it.value());
        QString title = it.key();
        for (const TextSlot &slot : target.texts())
            title = slot.key == it.key() ? slot.title : title;
        result->carried.append(QCoreApplication::translate("RollForward", "text %1").arg(title));
        if (statesFigures(it.value()))
            result->review.append(QCoreApplication::translate("RollForward", "text %1 states figures of last year: check them").arg(title));
    }
    if (dropped > 0)
        result->left.append(QCoreApplication::translate("RollForward", "%n text(s) of last year (reasons, explanations) start empty", nullptr, dropped));
}

void carryProjects(const Document &source, RollForward::Result *result)
{
    for (Project project : source.data().projects) {
        project.funds = ProjectFunds();
        project.goalAchieved.clear();
        for (PerformanceIndicator &indicator : project.indicators) {
            indicator.actual.clear();
            indicator.score.reset();
            indicator.deviation.clear();
        }
        project.tracked = false;
        project.problems.clear();
        project.measures.clear();
        result->data.projects.append(project);
    }
    if (!result->data.projects.isEmpty())
        result->carried.append(QCoreApplication::translate("RollForward", "%n project(s), figures cleared: remove those that ended", nullptr,
                                                                 int(result->data.projects.size())));
}

void carryCodes(const Document &source, const ReportTemplate &target, const RollForwardRules &rules, RollForward::Result *result)
{
    const CodeBook &book = target.functionalBook();
    const QMap<QString, QStringList> &classRows = source.data().classRows;
    for (auto it = classRows.cbegin(); it != classRows.cend(); ++it) {
        const QString &tableId = it.key();
        if (!target.table(tableId)) {
            result->left.append(QCoreApplication::translate("RollForward", "table %1 is not in the new template: its rows %2 were not carried").arg(tableId, it->join(QLatin1String(", "))));
            continue;
        }
        QStringList &rows = result->data.classRows[tableId];
        int carried = 0;
        for (const QString &code : *it) {
            const QString was = QStringLiteral("%1 %2").arg(code, source.reportTemplate().functionalBook().name(code));
            const QString figure = amount(rowFigure(source, tableId, code));
            if (rules.codes.contains(code)) {
                const QStringList targets = rules.codes.value(code);
                if (targets.isEmpty()) {
                    result->left.append(QCoreApplication::translate("RollForward", "%1 %2 has no successor in the new code book (last year %3 万元)").arg(tableId, was, figure));
                    continue;
                }
                for (const QString &next : targets) {
                    if (!book.contains(next)) {
                        result->left.append(QCoreApplication::translate("RollForward", "%1 %2 maps to %3, which the new code book does not have").arg(tableId, was, next));
                        continue;
                    }
                    if (!rows.contains(next))
                        rows.append(next);
                }
                const QString into = targets.join(QLatin1String(", "));
                result->mapped.append(QCoreApplication::translate("RollForward", "%1 %2 → %3 (last year %4 万元)").arg(tableId, was, into, figure));
                if (targets.size() > 1)
                    result->left.append(QCoreApplication::translate("RollForward", "%1 %2 was split into %3: divide last year's %4 万元 among them").arg(tableId, was, into, figure));
            } else if (book.contains(code)) {
                if (!rows.contains(code))
                    rows.append(code);
                ++carried;
            } else {
                result->left.append(QCoreApplication::translate("RollForward", "%1 %2 is not in the new code book and has no mapping (last year %3 万元)").arg(tableId, was, figure));
            }
        }
        rows.sort();
        if (rows.isEmpty())
            result->data.classRows.remove(tableId);
        if (carried > 0)
            result->carried.append(QCoreApplication::translate("RollForward", "%1: %n 科目 row(s)", nullptr, carried).arg(target.table(tableId)->title));
    }
    // A 科目 keeps its fund, and a mapped one passes it on to the codes it became.
    const QMap<QString, QString> &funds = source.data().rowFunds;
    for (auto it = funds.cbegin(); it != funds.cend(); ++it) {
        for (const QString &code : rules.codes.contains(it.key()) ? rules.codes.value(it.key()) : QStringList { it.key() }) {
            const bool listed = std::any_of(result->data.classRows.cbegin(), result->data.classRows.cend(),
                                            [&code](const QStringList &rows) { return rows.contains(code); });
            if (listed && !result->data.rowFunds.contains(code))
                result->data.rowFunds.insert(code, it.value());
        }
    }
}

void carryPriorFigures(const Document &source, const ReportTemplate &target, const RollForwardRules &rules, RollForward::Result *result)
{
    const int year = source.data().department.year;
    for (const auto &[to, from] : rules.prior) {
        const TableDef *targetTable = target.table(to.sheet);
        const LayoutTable *sourceTable = source.layout().table(from.sheet);
        if (!targetTable || !sourceTable || !sourceTable->row(from.row)) {
            result->left.append(QCoreApplication::translate("RollForward", "the prior-year figure %1 has no source %2").arg(to.toString(), from.toString()));
            continue;
        }
        const qint64 value = source.value(from);
        result->data.cells.insert(to, value);
        const QString note = QCoreApplication::translate("RollForward", "%1 ← %2 %3: %4 万元").arg(rowName(target, to)).arg(year).arg(cellName(source, from), amount(value));
        result->carried.append(note);
        result->data.notes.append(QCoreApplication::translate("RollForward", "Carried from %1: %2").arg(year).arg(note));
    }
}

} // namespace

namespace RollForward {

QString Result::summary() const
{
    QString text;
    const auto section = [&](const QString &title, const QStringList &lines) {
        text += title + QLatin1Char('\n');
        for (const QString &line : lines)
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
        if (lines.isEmpty())
            text += QStringLiteral("  ") + QCoreApplication::translate("RollForward", "(none)") + QLatin1Char('\n');
    };
    section(QCoreApplication::translate("RollForward", "Carried:"), carried);
    section(QCoreApplication::translate("RollForward", "Mapped to new codes:"), mapped);
    section(QCoreApplication::translate("RollForward", "Left for you:"), left);
    section(QCoreApplication::translate("RollForward", "To review:"), review);
    return text;
}

Result run(const Document &source, const ReportTemplate &target, int year, const RollForwardRules &rules)
{
    Result result;
    result.data.templateId = target.id();
    result.data.department = source.data().department;
    result.data.department.year = year;
    result.carried.append(QCoreApplication::translate("RollForward", "department %1 and its %n unit(s)", nullptr,
                                                      int(result.data.department.units.size()))
                                  .arg(result.data.department.name));
    carryTexts(source, target, rules, &result);
    carryProjects(source, &result);
    carryCodes(source, target, rules, &result);
    carryPriorFigures(source, target, rules, &result);
    for (const QString &line : result.mapped)
        result.data.notes.append(QCoreApplication::translate("RollForward", "Mapped from %1: %2").arg(source.data().department.year).arg(line));
    return result;
}

} // namespace RollForward
