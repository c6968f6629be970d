#pragma once

#include "audit/finding.h"
#include "pdfimport/pdfimportresult.h"
#include "pdfimport/pdflayout.h"
#include "pdfimport/pdfpage.h"

#include <QList>
#include <QString>

#include <memory>

class AuditEngine;
class Document;
class ReportTemplate;
class TemplateLibrary;

// A published disclosure read from a PDF file into an unsaved document, with the findings of
// the reading itself (tails, unreadable cells and tables): what the import command, the audit
// command and the editor's import preview all start from.
struct PdfDisclosure {
    PdfLayout layout;
    PdfImport import;
    std::unique_ptr<Document> document;
    QList<Finding> findings;

    // Fails (nullptr, `error` set) on a missing, damaged or foreign file, and on a PDF in
    // which none of the template's tables is found.
    static std::unique_ptr<PdfDisclosure> read(
        const QString &path, std::shared_ptr<const ReportTemplate> reportTemplate, QString *error);
    // Read with the template whose layout finds the most tables in the PDF, of every template
    // of `library` (the default first, so that it wins a tie); fails as read() does.
    static std::unique_ptr<PdfDisclosure> readWithBestTemplate(
        const QString &path, const TemplateLibrary &library, QString *error);
    // What `audit FILE.pdf` reports: the reading's findings, then the findings of the table and
    // text audit that rest on printed figures only; `skipped` counts the checks left out.
    QList<Finding> audit(const AuditEngine &engine, int *skipped) const;
    // Per table: pages, rows and figures read, one line each, for a preview or the console.
    QString summary() const;
};
