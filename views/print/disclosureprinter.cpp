#include "print/disclosureprinter.h"

#include "print/disclosureexport.h"
#include "print/disclosurerenderer.h"
#include "print/finalexportdialog.h"
#include "document/document.h"
#include "report/reportcontent.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

DisclosurePrinter::DisclosurePrinter(QSettings &settings, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_pageSetup(settings)
{
}

Document *DisclosurePrinter::document() const
{
    return m_document;
}

void DisclosurePrinter::setDocument(Document *document)
{
    m_document = document;
}

void DisclosurePrinter::preparePrinter(QPrinter *printer) const
{
    printer->setPageLayout(m_pageSetup.layout(m_document->filePath()));
    printer->setDocName(QFileInfo(m_document->filePath()).completeBaseName());
}

void DisclosurePrinter::rememberPageSetup(const QPrinter &printer)
{
    m_pageSetup.setLayout(m_document->filePath(), printer.pageLayout());
}

void DisclosurePrinter::preview()
{
    if (!m_document)
        return;
    const ReportContent content = ReportContent::build(*m_document);
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(content.title));
    // Pages are read at a readable size, not in a small default window.
    dialog.setWindowState(dialog.windowState() | Qt::WindowMaximized);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
        [&content](QPrinter *target) { DisclosureRenderer::render(content, target); });
    dialog.exec();
    rememberPageSetup(printer);
}

void DisclosurePrinter::print()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberPageSetup(printer);
    DisclosureRenderer::render(ReportContent::build(*m_document), &printer);
}

void DisclosurePrinter::pageSetup()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer);
    QPageSetupDialog dialog(&printer, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        rememberPageSetup(printer);
}

void DisclosurePrinter::exportPdf(bool final)
{
    if (!m_document)
        return;
    ReportContent content = ReportContent::build(*m_document);
    if (final && !content.mayBeFinal()) {
        FinalExportDialog refusal(content.emptyReasons, content.auditErrors, m_parent, content.unapprovedSections);
        if (refusal.exec() != QDialog::Accepted)
            return;
    } else {
        content.final = final;
    }
    const QFileInfo source(m_document->filePath());
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export PDF"),
        source.dir().filePath(source.completeBaseName() + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!DisclosureExport::writePdf(content, path, &error))
        QMessageBox::critical(m_parent, tr("Export PDF"), error);
    else
        emit exported(path);
}

void DisclosurePrinter::exportOdt()
{
    if (!m_document)
        return;
    const QFileInfo source(m_document->filePath());
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export ODT"),
        source.dir().filePath(source.completeBaseName() + QStringLiteral(".odt")),
        tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!DisclosureExport::writeOdt(ReportContent::build(*m_document), path, &error))
        QMessageBox::critical(m_parent, tr("Export ODT"), error);
    else
        emit exported(path);
}
