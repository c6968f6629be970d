#pragma once

#include "review/reviewrow.h"

class TemplateLibrary;

// Reads one published disclosure (a PDF) for the supervisor's table as `audit FILE.pdf` audits
// it: read back with the profile whose layout finds the most of its tables, then the reading's
// findings and the audit of what the PDF prints. Safe to call from several threads at once.
namespace PublishedPdfReview {

// A row for the PDF at `path`; a PDF that cannot be read (damaged, encrypted, no disclosure)
// becomes a row with the message why.
ReviewRow review(const QString &path, const QString &folder, const TemplateLibrary &library);

} // namespace PublishedPdfReview
