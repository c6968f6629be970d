#pragma once

#include "audit/finding.h"
#include "pdfimport/pdfimportresult.h"
#include "pdfimport/pdflayout.h"

#include <QList>
#include <QString>

#include <memory>

class Document;
class ReportTemplate;

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
    // Per table: pages, rows and figures read, one line each, for a preview or the console.
    QString summary() const;
};
