#include "review/publishedpdfreview.h"

#include "audit/auditengine.h"
#include "document/document.h"
#include "pdfimport/pdfdisclosure.h"
#include "profile/reporttemplate.h"
#include "review/documentreview.h"

namespace PublishedPdfReview {

ReviewRow review(const QString &path, const QString &folder, const TemplateLibrary &library)
{
    ReviewRow row = DocumentReview::fileRow(path, folder);
    QString error;
    const auto read = PdfDisclosure::readWithBestTemplate(path, library, &error);
    if (!read) {
        row.message = error;
        return row;
    }
    const ReportTemplate &reportTemplate = read->document->reportTemplate();
    row.department = read->document->data().department.name;
    row.year = read->document->data().department.year;
    row.profileId = reportTemplate.id();
    row.profileTitle = reportTemplate.title();
    row.tablesRead = int(read->import.tables.size());
    row.tablesOfProfile = int(reportTemplate.tables().size()); // the statutory tables; sheets are apart
    const auto engine = AuditEngine::forTemplate(reportTemplate, &error);
    if (!engine) {
        row.message = error;
        return row;
    }
    // A published PDF carries no 出错说明, so every warning stays unexplained.
    DocumentReview::countFindings(read->audit(*engine, &row.checksLeftOut), &row);
    return row;
}

} // namespace PublishedPdfReview
