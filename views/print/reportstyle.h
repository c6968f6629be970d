#pragma once

#include <QFont>
#include <QMarginsF>

class QPaintDevice;

// Fonts and distances of the printed disclosure for one paint device, in its pixels: the same
// layout in millimetres and points on a 300 dpi PDF, a 1200 dpi printer and the preview.
struct ReportStyle {
    explicit ReportStyle(const QPaintDevice *device);

    qreal mm(qreal millimetres) const { return millimetres * m_dotsPerMm; }

    QFont body; // paragraphs, 12 pt like official documents
    QFont heading; // 一、… and （一）…
    QFont partTitle; // 第一部分 …
    QFont tableTitle;
    QFont table; // table cells
    QFont tableBold;
    QFont small; // 编制单位, 单位, notes, page footer
    QFont coverTitle;
    QFont coverLine;
    QFont watermark;

    qreal lineSpacing; // of body text, as a factor of the font's height
    qreal cellPadding; // left and right inside a table cell
    qreal cellVerticalPadding;
    qreal chartHeight;

private:
    qreal m_dotsPerMm;
};
