#pragma once

#include "audit/finding.h"

#include <QList>

class Document;
struct PdfImport;

// What reading a published PDF found, as audit findings: printed totals that differ from the
// sum of their printed parts (tails), cells that could not be read, rows that could not be
// placed, tables printed as images or missing. `document` is the one built from the import.
namespace PdfFindings {

QList<Finding> check(const PdfImport &import, const Document &document);

} // namespace PdfFindings
