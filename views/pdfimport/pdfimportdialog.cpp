#include "pdfimportdialog.h"

#include "audit/finding.h"
#include "document/document.h"
#include "pdfimport/pdfdisclosure.h"
#include "pdfimport/pdfimporter.h"
#include "profile/templatelibrary.h"
#include "store/documentfile.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

PdfImportDialog::PdfImportDialog(const PdfDisclosure &read, const QString &pdfPath, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_tables(new QTreeWidget(this))
    , m_prior(new QCheckBox(this))
{
    setWindowTitle(tr("Import PDF — %1").arg(QFileInfo(pdfPath).fileName()));
    m_heading->setWordWrap(true);
    m_tables->setColumnCount(2);
    m_tables->setHeaderLabels({ tr("Table"), tr("Read") });
    m_tables->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tables->setWordWrap(true);
    m_prior->setText(tr("Only last year's figures: start the document of %1 with them")
                         .arg(read.document->data().department.year + 1));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Document…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tables, 1);
    layout->addWidget(m_prior);
    layout->addWidget(buttons);
    resize(900, 600);
    fill(read);
}

bool PdfImportDialog::priorYearOnly() const
{
    return m_prior->isChecked();
}

void PdfImportDialog::fill(const PdfDisclosure &read)
{
    const DocumentData &data = read.document->data();
    int errors = 0;
    for (const Finding &finding : read.findings)
        errors += finding.severity == Severity::Error ? 1 : 0;
    m_heading->setText(
        tr("%1, %2: %n table(s) read, %3 finding(s) of which %4 error(s). Figures that were not "
           "printed (budgets, last year's figures, 三公 details) stay unknown.",
            nullptr, int(read.import.tables.size()))
            .arg(data.department.name)
            .arg(data.department.year)
            .arg(read.findings.size())
            .arg(errors));
    for (const TableDef &table : read.document->reportTemplate().tables()) {
        auto *item = new QTreeWidgetItem(m_tables);
        item->setText(0, table.id + QLatin1Char(' ') + table.title);
        const auto found = std::find_if(read.import.tables.cbegin(), read.import.tables.cend(),
            [&](const PdfTableRead &t) { return t.table == table.id; });
        if (found != read.import.tables.cend()) {
            QStringList pages;
            for (int page : found->pages)
                pages.append(QString::number(page));
            item->setText(1,
                tr("page %1: %n row(s), %2 figure(s)", nullptr, found->rows)
                    .arg(pages.join(QLatin1Char(',')))
                    .arg(found->cells.size()));
        }
        for (const Finding &finding : read.findings) {
            if (finding.section != table.id)
                continue;
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, AuditSeverity::displayName(finding.severity));
            child->setText(1, finding.message);
            child->setToolTip(1, finding.message);
        }
        item->setExpanded(item->childCount() > 0);
    }
}

std::unique_ptr<Document> PdfImportDialog::run(QWidget *parent, const TemplateLibrary &library)
{
    const QString pdf = QFileDialog::getOpenFileName(
        parent, tr("Import a published disclosure"), QDir::homePath(), tr("PDF (*.pdf)"));
    return pdf.isEmpty() ? nullptr : run(parent, library, pdf);
}

std::unique_ptr<Document> PdfImportDialog::run(
    QWidget *parent, const TemplateLibrary &library, const QString &pdf, const QString &templateId)
{
    bool chosen = false;
    const QStringList ids = library.ids();
    const qsizetype offered = ids.indexOf(templateId.isEmpty() ? library.defaultId() : templateId);
    const QString id = QInputDialog::getItem(parent, tr("Import PDF"), tr("The PDF follows the template:"),
        ids, int(std::max<qsizetype>(0, offered)), false, &chosen);
    if (!chosen)
        return nullptr;
    const auto reportTemplate = library.find(id);
    QString error;
    const auto read = PdfDisclosure::read(pdf, reportTemplate, &error);
    if (!read) {
        QMessageBox::warning(parent, tr("Import PDF"), error);
        return nullptr;
    }
    PdfImportDialog preview(*read, pdf, parent);
    if (preview.exec() != QDialog::Accepted)
        return nullptr;
    const DocumentData data = preview.priorYearOnly() ? PdfImporter::priorYear(*read->document, read->layout)
                                                      : read->document->data();
    const QString suggested = QFileInfo(pdf).absoluteDir().filePath(
        QStringLiteral("%1-%2.fadb").arg(data.department.name).arg(data.department.year));
    const QString target = QFileDialog::getSaveFileName(
        parent, tr("Save the imported disclosure"), suggested, tr("Final accounts (*.fadb)"));
    if (target.isEmpty())
        return nullptr;
    // The save dialog has already asked before replacing a file.
    DocumentFile::Opened created = DocumentFile::create(target, reportTemplate, data, true, library);
    if (!created.document)
        QMessageBox::warning(parent, tr("Import PDF"), created.message);
    return std::move(created.document);
}
