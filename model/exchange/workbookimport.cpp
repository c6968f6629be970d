#include "exchange/workbookimport.h"

#include "commands/addremoveclassrow.h"
#include "commands/addremoveproject.h"
#include "commands/changeproject.h"
#include "commands/importcells.h"
#include "document/document.h"
#include "exchange/decimaltext.h"
#include "exchange/formsheetreader.h"
#include "exchange/xlsxformsheet.h"
#include "exchange/tablefinder.h"
#include "exchange/xlsxexport.h"
#include "exchange/xlsxreader.h"
#include "exchange/xlsxtablesheet.h"
#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace {

// A cell's figure in fen (amounts, shown in `unit`) or as a count; an error message otherwise.
std::optional<qint64> cellValue(const SheetGrid::Cell &cell, ValueType type, MoneyUnit unit, QString *error)
{
    QString text = cell.number ? cell.text : normalizeNumberText(cell.text).remove(QLatin1Char(','));
    if (text == QLatin1String("-"))
        text = QStringLiteral("0");
    const int exponent = type == ValueType::Count ? 0 : (unit == MoneyUnit::Wanyuan ? 6 : 2);
    const auto value = DecimalText::scaled(text, exponent);
    if (!value) {
        *error = QCoreApplication::translate("WorkbookImport", "\"%1\" is not a number").arg(cell.text);
        return std::nullopt;
    }
    if (type == ValueType::Count && DecimalText::scaled(text, 2) != *value * 100) {
        *error = QCoreApplication::translate("WorkbookImport", "\"%1\" is not a whole number").arg(cell.text);
        return std::nullopt;
    }
    if (*value > Money::LimitFen || *value < -Money::LimitFen) {
        *error = QCoreApplication::translate("WorkbookImport", "\"%1\" is too large").arg(cell.text);
        return std::nullopt;
    }
    return value;
}

QString valueText(qint64 value, bool count)
{
    return count ? QString::number(value) : Money::fromFen(value).toExactString(MoneyUnit::Wanyuan);
}

void readTable(const TableFinder &finder, const LayoutTable &table, const Document &document, ImportPlan *plan,
               ImportPlan::TableReport *report)
{
    const SheetGrid &grid = finder.grid();
    QSet<QString> newCodes;
    for (const TableFinder::Row &row : finder.rows()) {
        const LayoutBlock &block = table.blocks.at(row.block);
        const LayoutRow *layoutRow = table.row(row.key);
        const ValueType type = layoutRow ? layoutRow->type : ValueType::Money;
        for (auto it = finder.columns().cbegin(); it != finder.columns().cend(); ++it) {
            if (it->block != row.block)
                continue;
            const CellRef ref { table.def->id, row.key, it->key };
            const ColumnDef *column = block.def->column(it->key);
            const bool input = row.known ? document.layout().isInput(ref) : column->formula.isEmpty();
            const SheetGrid::Cell &cell = grid.cell(row.sheetRow, it.key());
            if (!input || cell.text.trimmed().isEmpty())
                continue;
            QString error;
            const auto value = cellValue(cell, type, finder.unit(), &error);
            if (value && row.known)
                error = document.validate({ ref, value });
            else if (value && *value < 0 && !column->allowNegative)
                error = QCoreApplication::translate("Document", "A negative value is not allowed here.");
            if (!error.isEmpty()) {
                report->badCells.append(QStringLiteral("%1: %2").arg(XlsxTableSheet::cellName(row.sheetRow, it.key()), error));
                continue;
            }
            if (!row.known)
                newCodes.insert(row.key);
            plan->inputs.append({ ref, value });
            ++report->cellsRead;
            const auto existing = document.data().cells.constFind(ref);
            if (existing != document.data().cells.constEnd() && *existing != *value) {
                const QString rowName = layoutRow ? QStringList { layoutRow->code, layoutRow->label }.join(QLatin1Char(' ')).trimmed()
                                                  : row.key;
                report->conflicts.append({ ref, rowName + QStringLiteral(" / ") + column->title.join(QLatin1Char('/')),
                                           *existing, *value, type == ValueType::Count });
            }
        }
    }
    report->newRows = QStringList(newCodes.cbegin(), newCodes.cend());
    report->newRows.sort();
    if (!report->newRows.isEmpty())
        plan->newRows.insert(table.def->id, report->newRows);
}

// Column A key → column C value of the information sheet.
QHash<QString, QString> infoValues(const Workbook &workbook)
{
    QHash<QString, QString> values;
    if (const SheetGrid *info = workbook.sheet(XlsxExport::infoSheetName())) {
        for (int r = 1; r < info->rowCount(); ++r)
            values.insert(info->text(r, 0).trimmed(), info->text(r, 2));
    }
    return values;
}

void readTexts(const Workbook &workbook, const ReportTemplate &reportTemplate, DocumentData *data)
{
    if (const SheetGrid *texts = workbook.sheet(XlsxExport::textsSheetName())) {
        for (int r = 1; r < texts->rowCount(); ++r) {
            const QString key = texts->text(r, 0).trimmed();
            if (reportTemplate.acceptsTextKey(key) && !texts->text(r, 2).isEmpty())
                data->texts.insert(key, texts->text(r, 2));
        }
    }
}

// Each form read, matched by name to a project of the document not matched before.
QList<ImportPlan::FormReport> formReports(const FormSheetReader::Result &read, const QList<Project> &projects)
{
    QList<ImportPlan::FormReport> reports;
    QList<bool> matched(projects.size(), false);
    for (const FormSheetReader::Form &form : read.forms) {
        ImportPlan::FormReport report { form.project, form.place, -1, {}, form.problems };
        for (qsizetype i = 0; i < projects.size() && report.isNew(); ++i) {
            if (!matched.at(i) && projects.at(i).name == form.project.name) {
                matched[i] = true;
                report.replaces = int(i);
                report.differences = FormDifferences::between(projects.at(i), form.project);
            }
        }
        reports.append(report);
    }
    return reports;
}

} // namespace

bool ImportPlan::foundAnyTable() const
{
    for (const TableReport &table : tables) {
        if (!table.sheet.isEmpty())
            return true;
    }
    return false;
}

int ImportPlan::conflictCount() const
{
    int count = 0;
    for (const TableReport &table : tables)
        count += int(table.conflicts.size());
    return count;
}

int ImportPlan::newForms() const
{
    return int(std::count_if(forms.cbegin(), forms.cend(), [](const FormReport &form) { return form.isNew(); }));
}

int ImportPlan::replacedForms() const
{
    return int(std::count_if(forms.cbegin(), forms.cend(), [](const FormReport &form) { return !form.isNew() && form.changesDocument(); }));
}

bool ImportPlan::changesDocument() const
{
    return !inputs.isEmpty() || !newRows.isEmpty() || newForms() + replacedForms() > 0;
}

QString ImportPlan::summary() const
{
    QStringList lines;
    for (const TableReport &table : tables) {
        if (table.sheet.isEmpty()) {
            lines.append(QCoreApplication::translate("WorkbookImport", "%1: not found in the workbook").arg(table.title));
            continue;
        }
        lines.append(QCoreApplication::translate("WorkbookImport", "%1 (sheet \"%2\"): %n figure(s) read", nullptr, table.cellsRead).arg(table.title, table.sheet));
        for (const QString &code : table.newRows)
            lines.append(QStringLiteral("  + ") + QCoreApplication::translate("WorkbookImport", "new row %1").arg(code));
        for (const QString &row : table.unmatchedRows)
            lines.append(QStringLiteral("  ? ") + QCoreApplication::translate("WorkbookImport", "no such row: %1").arg(row));
        for (const QString &column : table.unmatchedColumns)
            lines.append(QStringLiteral("  ? ") + QCoreApplication::translate("WorkbookImport", "no such column: %1").arg(column));
        for (const QString &column : table.missingColumns)
            lines.append(QStringLiteral("  - ") + QCoreApplication::translate("WorkbookImport", "column not in the workbook: %1").arg(column));
        for (const QString &cell : table.badCells)
            lines.append(QStringLiteral("  ! ") + cell);
        for (const Conflict &conflict : table.conflicts)
            lines.append(QStringLiteral("  ≠ ") + QCoreApplication::translate("WorkbookImport", "%1: %2 in the document, %3 in the workbook")
                                                         .arg(conflict.place, valueText(conflict.before, conflict.count),
                                                              valueText(conflict.after, conflict.count)));
    }
    if (!forms.isEmpty() || !unnamedForms.isEmpty())
        lines.append(QCoreApplication::translate("WorkbookImport", "%1: %n form(s) read", nullptr, int(forms.size())).arg(XlsxFormSheet::title()));
    for (const FormReport &form : forms) {
        if (form.isNew())
            lines.append(QStringLiteral("  + ") + QCoreApplication::translate("WorkbookImport", "new project %1 (%2)").arg(form.project.name, form.place));
        else if (form.changesDocument())
            lines.append(QStringLiteral("  ≠ ") + QCoreApplication::translate("WorkbookImport", "replaces the project of the same name: %1 (%2)")
                                                         .arg(form.project.name, form.place));
        else
            lines.append(QStringLiteral("  = ") + QCoreApplication::translate("WorkbookImport", "%1 (%2): as in the document").arg(form.project.name, form.place));
        for (const FormDifference &difference : form.differences)
            lines.append(QStringLiteral("      ") + QCoreApplication::translate("WorkbookImport", "%1: %2 in the document, %3 in the workbook")
                                                           .arg(difference.what, difference.before, difference.after));
        for (const QString &problem : form.problems)
            lines.append(QStringLiteral("    ! ") + problem);
    }
    for (const QString &place : unnamedForms)
        lines.append(QStringLiteral("  ! ") + QCoreApplication::translate("WorkbookImport", "%1: a form without 项目名称, not read").arg(place));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace WorkbookImport {

ImportPlan plan(const Workbook &workbook, const Document &document)
{
    ImportPlan result;
    const ReportTemplate &reportTemplate = document.reportTemplate();
    for (const LayoutTable &table : document.layout().tables()) {
        ImportPlan::TableReport report;
        report.tableId = table.def->id;
        report.title = table.def->title;
        for (const SheetGrid &grid : workbook.sheets) {
            const auto finder = TableFinder::find(grid, table, reportTemplate.functionalBook(), reportTemplate.display().unit);
            if (!finder)
                continue;
            report.sheet = grid.name;
            report.unmatchedRows = finder->unmatchedRows();
            report.unmatchedColumns = finder->unmatchedColumns();
            report.missingColumns = finder->missingColumns();
            if (result.preparer.isEmpty())
                result.preparer = finder->preparer();
            readTable(*finder, table, document, &result, &report);
            break;
        }
        result.tables.append(report);
    }
    const FormSheetReader::Result forms = FormSheetReader::read(workbook);
    result.forms = formReports(forms, document.data().projects);
    result.unnamedForms = forms.unnamed;
    return result;
}

bool apply(Document *document, const ImportPlan &plan)
{
    if (document->isReadOnly())
        return false;
    QUndoStack *stack = document->undoStack();
    const int forms = plan.newForms() + plan.replacedForms();
    stack->beginMacro(forms == 0 ? QCoreApplication::translate("UndoCommands", "Import %n cell(s) from Excel", nullptr, int(plan.inputs.size()))
                                 : QCoreApplication::translate("UndoCommands", "Import %n cell(s) and %1 self-evaluation form(s) from Excel",
                                                               nullptr, int(plan.inputs.size()))
                                           .arg(forms));
    for (auto it = plan.newRows.cbegin(); it != plan.newRows.cend(); ++it) {
        for (const QString &code : *it)
            document->push(new AddClassRow(document, it.key(), code));
    }
    if (!plan.inputs.isEmpty())
        document->push(new ImportCells(document, plan.inputs));
    for (const ImportPlan::FormReport &form : plan.forms) {
        if (form.isNew())
            document->push(new AddProject(document, int(document->data().projects.size()), form.project));
        else if (form.changesDocument())
            document->push(new ChangeProject(document, form.replaces, form.project));
    }
    stack->endMacro();
    return true;
}

std::optional<NewDocument> createDocument(const Workbook &workbook, const TemplateLibrary &library,
                                          const QString &templateId, QString *error)
{
    const QHash<QString, QString> info = infoValues(workbook);
    const QString id = info.value(QStringLiteral("template"), templateId.isEmpty() ? library.defaultId() : templateId);
    NewDocument created;
    created.reportTemplate = library.find(id);
    if (!created.reportTemplate) {
        *error = QCoreApplication::translate("WorkbookImport", "Unknown template \"%1\"; known: %2.").arg(id, library.ids().join(QLatin1String(", ")));
        return std::nullopt;
    }
    DocumentData &data = created.data;
    data.templateId = id;
    DepartmentInfo &department = data.department;
    department.name = info.value(QStringLiteral("department")).trimmed();
    department.code = info.value(QStringLiteral("code")).trimmed();
    bool yearOk = false;
    department.year = info.value(QStringLiteral("year")).toInt(&yearOk);
    if (!yearOk)
        department.year = created.reportTemplate->year();
    for (const QString &line : info.value(QStringLiteral("units")).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QString unitError;
        if (const std::optional<BudgetUnit> unit = BudgetUnit::fromLine(line, &unitError))
            department.units.append(*unit);
    }
    readTexts(workbook, *created.reportTemplate, &data);

    // Twice: the first pass finds the 项 rows the tables use, the second reads them.
    for (int pass = 0; pass < 2; ++pass) {
        QString buildError;
        const auto document = Document::create(created.reportTemplate, data, &buildError);
        if (!document) {
            *error = buildError;
            return std::nullopt;
        }
        created.plan = plan(workbook, *document);
        for (auto it = created.plan.newRows.cbegin(); it != created.plan.newRows.cend(); ++it) {
            data.classRows[it.key()] += *it;
            data.classRows[it.key()].sort();
        }
    }
    // A new document has no projects yet: every form read is a new one.
    for (const ImportPlan::FormReport &form : std::as_const(created.plan.forms)) {
        Project project = form.project;
        project.id = data.nextProjectId();
        data.projects.append(project);
    }
    if (!created.plan.foundAnyTable()) {
        *error = QCoreApplication::translate("WorkbookImport", "No table of the template \"%1\" was found in the workbook.").arg(id);
        return std::nullopt;
    }
    for (const CellInput &input : created.plan.inputs)
        data.cells.insert(input.ref, *input.value);
    if (department.name.isEmpty())
        department.name = created.plan.preparer;
    if (department.name.isEmpty()) {
        *error = QCoreApplication::translate("WorkbookImport", "The workbook does not name the department (编制单位).");
        return std::nullopt;
    }
    department.setKind(DepartmentInfo::kindFromName(info.value(QStringLiteral("kind")).trimmed())
                               .value_or(DepartmentInfo::Kind::Administrative));
    return created;
}

} // namespace WorkbookImport
