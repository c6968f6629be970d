#pragma once

#include "pdfimport/pdfimportresult.h"
#include "pdfimport/pdfpage.h"

#include <QList>

class Document;
class ReportTemplate;
struct PdfLayout;

// Turns the positioned words of a published disclosure into a document's inputs: finds each
// statutory table by its title, reads it (PdfTableReader), takes the department and year from
// the printed heading lines and keeps the narrative's text for the text audit.
namespace PdfImporter {

PdfImport read(const QList<PdfPage> &pages, const ReportTemplate &reportTemplate, const PdfLayout &layout);

// The first-year path: a document for the year after `lastYear` whose only figures are the
// prior-year figures, taken from last year's computed tables as the layout's `prior` map says.
DocumentData priorYear(const Document &lastYear, const PdfLayout &layout);

} // namespace PdfImporter
