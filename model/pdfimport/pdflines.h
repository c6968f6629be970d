#pragma once

#include "pdfimport/pdfpage.h"

#include <QList>
#include <QString>

// One printed line: the words whose vertical centres lie within a tolerance of each other,
// left to right.
struct PdfLine {
    QList<PdfWord> words;
    double top = 0;
    double bottom = 0;

    // The words joined as a reader sees them: no blank where words nearly touch (Chinese runs
    // split by the PDF producer), one blank where there is a visible gap.
    QString text() const;
    // The same without any blank, for comparing with titles and labels.
    QString compactText() const;
};

namespace PdfLines {

// Groups a page's words into lines, top to bottom. Words taller than `maxHeightRatio` times the
// page's median word height (watermarks such as 初稿) are left out.
QList<PdfLine> group(const QList<PdfWord> &words, double tolerance, double maxHeightRatio);

} // namespace PdfLines
