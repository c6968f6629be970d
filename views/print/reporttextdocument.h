#pragma once

class QTextDocument;
struct ReportContent;

// The same disclosure as a flowing text document, for the ODT export that departments finish
// in Word or WPS: headings, paragraphs, the tables with merged header cells, the charts as
// pictures. Page numbers and the contents are left to the word processor.
namespace ReportTextDocument {

void build(const ReportContent &content, QTextDocument *document);

} // namespace ReportTextDocument
