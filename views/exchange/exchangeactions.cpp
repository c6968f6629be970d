#include "exchange/exchangeactions.h"

#include "compare/documentcomparison.h"
#include "document/document.h"
#include "exchange/comparisondialog.h"
#include "exchange/importpreviewdialog.h"
#include "exchange/workbookimport.h"
#include "exchange/xlsxexport.h"
#include "exchange/xlsxreader.h"
#include "profile/templatelibrary.h"
#include "rollforward/rollforward.h"
#include "rollforward/rollforwardrules.h"
#include "store/documentfile.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWidget>

ExchangeActions::ExchangeActions(const TemplateLibrary &library, QWidget *parent)
    : QObject(parent)
    , m_library(library)
    , m_parent(parent)
    , m_rollForward(new QAction(this))
    , m_importXlsx(new QAction(this))
    , m_exportXlsx(new QAction(this))
    , m_compare(new QAction(this))
{
    connect(m_rollForward, &QAction::triggered, this, &ExchangeActions::askRollForward);
    connect(m_importXlsx, &QAction::triggered, this, &ExchangeActions::askImportXlsx);
    connect(m_exportXlsx, &QAction::triggered, this, &ExchangeActions::askExportXlsx);
    connect(m_compare, &QAction::triggered, this, &ExchangeActions::askCompare);
    retranslate();
    setDocument(nullptr);
}

void ExchangeActions::setDocument(Document *document)
{
    m_document = document;
    for (QAction *action : actions())
        action->setEnabled(document != nullptr);
}

QList<QAction *> ExchangeActions::actions() const
{
    return { m_rollForward, m_importXlsx, m_exportXlsx, m_compare };
}

void ExchangeActions::retranslate()
{
    m_rollForward->setText(tr("New &Next Year…"));
    m_importXlsx->setText(tr("&Import Excel…"));
    m_exportXlsx->setText(tr("Export &Excel…"));
    m_compare->setText(tr("Co&mpare…"));
}

QString ExchangeActions::documentFolder() const
{
    const QString path = m_document ? m_document->filePath() : QString();
    return path.isEmpty() ? QDir::homePath() : QFileInfo(path).absolutePath();
}

bool ExchangeActions::exportXlsx(const QString &path)
{
    QString error;
    if (XlsxExport::write(*m_document, path, &error))
        return true;
    QMessageBox::critical(m_parent, tr("Excel not written"), error);
    return false;
}

void ExchangeActions::askExportXlsx()
{
    const DepartmentInfo &department = m_document->data().department;
    const QString suggested = QDir(documentFolder()).filePath(QStringLiteral("%1-%2.xlsx").arg(department.name).arg(department.year));
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export Excel"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        exportXlsx(path);
}

bool ExchangeActions::importXlsx(const QString &path)
{
    QString error;
    const auto workbook = XlsxReader::read(path, &error);
    if (!workbook) {
        QMessageBox::critical(m_parent, tr("Excel not imported"), error);
        return false;
    }
    const ImportPlan plan = WorkbookImport::plan(*workbook, *m_document);
    if (!plan.foundAnyTable() && plan.forms.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Excel not imported"),
                             tr("No table of this document's template and no self-evaluation form was found in %1: they are "
                                "recognised by their titles.")
                                     .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    ImportPreviewDialog preview(plan, QFileInfo(path).fileName(), m_document->data().department.name, m_parent);
    if (preview.exec() != QDialog::Accepted)
        return false;
    if (!WorkbookImport::apply(m_document, plan)) {
        QMessageBox::warning(m_parent, tr("Excel not imported"), tr("The document is read-only."));
        return false;
    }
    return true;
}

void ExchangeActions::askImportXlsx()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Import Excel"), documentFolder(), tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        importXlsx(path);
}

bool ExchangeActions::compareWith(const QString &path)
{
    const DocumentFile::Opened other = DocumentFile::open(path, m_library);
    if (!other.document) {
        QMessageBox::critical(m_parent, tr("Cannot compare"), other.message);
        return false;
    }
    ComparisonDialog dialog(DocumentComparison::compare(*other.document, *m_document), m_parent);
    dialog.exec();
    return true;
}

void ExchangeActions::askCompare()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Compare with (the earlier version or year)"), documentFolder(),
                                                      tr("Final accounts (*.fadb)"));
    if (!path.isEmpty())
        compareWith(path);
}

bool ExchangeActions::rollForward(int year, const QString &path)
{
    const ReportTemplate &reportTemplate = m_document->reportTemplate();
    QString error;
    const auto rules = RollForwardRules::forTemplate(reportTemplate, &error);
    if (!rules) {
        QMessageBox::critical(m_parent, tr("Next year not started"), error);
        return false;
    }
    const RollForward::Result result = RollForward::run(*m_document, reportTemplate, year, *rules);
    // The file dialog has already asked before replacing an existing file.
    const DocumentFile::Opened created = DocumentFile::create(path, m_library.find(reportTemplate.id()), result.data, true, m_library);
    if (!created.document) {
        QMessageBox::critical(m_parent, tr("Next year not started"), created.message);
        return false;
    }
    const QString summary = result.summary();
    const QString title = tr("%1 started from %2").arg(year).arg(m_document->data().department.year);
    emit openRequested(path);
    showSummary(title, summary);
    return true;
}

void ExchangeActions::askRollForward()
{
    const DepartmentInfo &department = m_document->data().department;
    bool ok = false;
    const int year = QInputDialog::getInt(m_parent, tr("New Next Year"), tr("Year of the new document:"), department.year + 1,
                                          department.year + 1, 2100, 1, &ok);
    if (!ok)
        return;
    const QString suggested = QDir(documentFolder()).filePath(QStringLiteral("%1-%2.fadb").arg(department.name).arg(year));
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("New Next Year"), suggested, tr("Final accounts (*.fadb)"));
    if (!path.isEmpty())
        rollForward(year, path);
}

void ExchangeActions::showSummary(const QString &title, const QString &text)
{
    QDialog dialog(m_parent);
    dialog.setWindowTitle(title);
    auto *view = new QPlainTextEdit(text, &dialog);
    view->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    dialog.exec();
}
