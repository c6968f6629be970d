#pragma once

#include <QString>

struct DocumentComparison;

// The comparison of two documents as a PDF for the reviewer: the changed cells per table and
// the narrative's blackline, in the Chinese font, A4.
namespace ComparisonPdf {

bool write(const DocumentComparison &comparison, const QString &path, QString *error);

} // namespace ComparisonPdf
