#pragma once

#include "document/documentdata.h"
#include "exchange/formdifferences.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Document;
class ReportTemplate;
class TemplateLibrary;
struct Workbook;

// What reading a workbook into a document would do, worked out before anything changes: per
// table what was read, what matched no row or column, and what differs from figures the
// document already has. Applying it is one undo step.
struct ImportPlan
{
    struct Conflict
    {
        CellRef ref;
        QString place; // "2010301 行政运行 / 基本支出"
        qint64 before = 0;
        qint64 after = 0;
        bool count = false;
    };

    struct TableReport
    {
        QString tableId;
        QString title;
        QString sheet;   // where it was found; empty when it was not
        int cellsRead = 0;
        QStringList newRows; // 项 codes the document does not have yet and will get
        QStringList unmatchedRows;
        QStringList unmatchedColumns;
        QStringList missingColumns;
        QStringList badCells; // "D12: 'abc' is not a number"
        QList<Conflict> conflicts;
    };

    // One self-evaluation form read: a project to add, or to replace the document's project of
    // the same name.
    struct FormReport
    {
        Project project;  // as read, its id not yet given
        QString place;    // "项目支出绩效自评表 A25": where its title stands
        int replaces = -1; // the document's project of the same name, or -1: a new project
        QList<FormDifference> differences; // from that project's form; none: nothing to change
        QStringList problems; // cells of the form that could not be read

        bool isNew() const { return replaces < 0; }
        bool changesDocument() const { return isNew() || !differences.isEmpty(); }
    };

    QList<TableReport> tables;
    QMap<QString, QStringList> newRows; // table → 项 codes to add
    QList<CellInput> inputs;           // every figure read, blanks left out
    QString preparer;                   // the 编制单位 the tables name
    QList<FormReport> forms;            // in the workbook's order
    QStringList unnamedForms;           // where forms without a 项目名称 stand; not read

    bool foundAnyTable() const;
    int conflictCount() const;
    // Forms that add a project and forms that replace one.
    int newForms() const;
    int replacedForms() const;
    bool changesDocument() const;
    // Plain text of the whole preview, for the command line and for tests.
    QString summary() const;
};

namespace WorkbookImport {

// Reads every table of the document's template and every self-evaluation form from `workbook`
// and compares them with the document; a form is matched to a project by its name.
ImportPlan plan(const Workbook &workbook, const Document &document);
// Applies the plan as one undo step (new rows, every figure, then the forms: new projects added,
// those of the same name replaced); false when the document is read-only.
bool apply(Document *document, const ImportPlan &plan);

struct NewDocument
{
    std::shared_ptr<const ReportTemplate> reportTemplate;
    DocumentData data;
    ImportPlan plan;
};
// A new document from a workbook: the template named in its information sheet, else
// `templateId`; the department, texts and projects (their self-evaluation forms) from its sheets
// where it has them. Fails
// (nullopt, `error` set) when the template is unknown or no table of it is in the workbook.
std::optional<NewDocument> createDocument(const Workbook &workbook, const TemplateLibrary &library,
                                          const QString &templateId, QString *error);

} // namespace WorkbookImport
