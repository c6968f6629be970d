#include "print/reportstyle.h"

#include "cjkfont.h"

#include <QPaintDevice>

namespace {

QFont cjk(qreal points, bool bold = false)
{
    QFont font = CjkFont::apply(QFont());
    font.setPointSizeF(points);
    font.setBold(bold);
    // Kerning and hinting would make widths differ between the measuring and painting passes.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

ReportStyle::ReportStyle(const QPaintDevice *device)
    : body(cjk(12))
    , heading(cjk(12, true))
    , partTitle(cjk(16, true))
    , tableTitle(cjk(15, true))
    , table(cjk(8.5))
    , tableBold(cjk(8.5, true))
    , small(cjk(9))
    , coverTitle(cjk(24, true))
    , coverLine(cjk(15))
    , watermark(cjk(44, true))
    , lineSpacing(1.55)
    , m_dotsPerMm(device->logicalDpiY() / 25.4)
{
    cellPadding = mm(1.2);
    cellVerticalPadding = mm(0.9);
    chartHeight = mm(82);
}
