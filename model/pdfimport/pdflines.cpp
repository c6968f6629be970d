#include "pdfimport/pdflines.h"

#include <algorithm>

QString PdfLine::text() const
{
    QString result;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0) {
            const double gap = words.at(i).box.left() - words.at(i - 1).box.right();
            if (gap > words.at(i).box.height() * 0.5)
                result += QLatin1Char(' ');
        }
        result += words.at(i).text;
    }
    return result;
}

QString PdfLine::compactText() const
{
    QString result;
    for (const PdfWord &word : words)
        result += word.text;
    result.remove(QLatin1Char(' '));
    return result;
}

QList<PdfLine> PdfLines::group(const QList<PdfWord> &words, double tolerance, double maxHeightRatio)
{
    QList<double> heights;
    for (const PdfWord &word : words)
        heights.append(word.box.height());
    if (heights.isEmpty())
        return {};
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    const double limit = heights.at(heights.size() / 2) * maxHeightRatio;

    QList<PdfWord> kept;
    for (const PdfWord &word : words) {
        if (word.box.height() <= limit && !word.text.trimmed().isEmpty())
            kept.append(word);
    }
    std::sort(kept.begin(), kept.end(),
        [](const PdfWord &a, const PdfWord &b) { return a.box.center().y() < b.box.center().y(); });
    QList<PdfLine> lines;
    double lineCentre = 0;
    for (const PdfWord &word : std::as_const(kept)) {
        const double centre = word.box.center().y();
        if (lines.isEmpty() || centre - lineCentre > tolerance) {
            lines.append(PdfLine { {}, word.box.top(), word.box.bottom() });
            lineCentre = centre;
        }
        PdfLine &line = lines.last();
        line.words.append(word);
        line.top = std::min(line.top, word.box.top());
        line.bottom = std::max(line.bottom, word.box.bottom());
    }
    for (PdfLine &line : lines) {
        std::sort(line.words.begin(), line.words.end(),
            [](const PdfWord &a, const PdfWord &b) { return a.box.left() < b.box.left(); });
    }
    return lines;
}
