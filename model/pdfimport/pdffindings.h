#pragma once

#include "audit/finding.h"

#include <QList>

class Document;
struct PdfImport;
struct PdfLayout;

// What reading a published PDF found, as audit findings: printed totals that differ from the
// sum of their printed parts (tails), cells that could not be read, rows that could not be
// placed, tables printed as images or missing. `document` is the one built from the import.
namespace PdfFindings {

QList<Finding> check(const PdfImport &import, const Document &document);

// The audit findings that rest on what the PDF prints: those whose cells were all printed or
// are computed from printed figures only, and those about the department. Findings that need a
// figure the tables do not print (年初预算, last year's figures, 三公 details, projects) would
// compare with an unknown as if it were zero, as would the kinds and rules the layout names;
// they are left out and counted in `skipped`.
QList<Finding> onlyPrinted(const QList<Finding> &findings, const PdfImport &import, const Document &document,
    const PdfLayout &layout, int *skipped);

} // namespace PdfFindings
