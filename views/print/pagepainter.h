#pragma once

class QPainter;
class QRectF;
struct ReportContent;
struct ReportPages;
struct ReportStyle;

// The one paint routine of the disclosure: draws page `index` of a paginated snapshot into
// any painter, for the PDF, the printer and the print preview alike. The painter's origin is
// the top left of the page's paint area.
class PagePainter {
public:
    PagePainter(const ReportContent &content, const ReportPages &pages, const ReportStyle &style);

    void paint(QPainter *painter, int index) const;

private:
    void paintCover(QPainter *painter, const QRectF &area) const;
    void paintContents(QPainter *painter, int index, const QRectF &area) const;
    void paintBody(QPainter *painter, int index) const;
    void paintFooter(QPainter *painter, int index, const QRectF &area) const;
    void paintWatermark(QPainter *painter, const QRectF &area) const;

    const ReportContent &m_content;
    const ReportPages &m_pages;
    const ReportStyle &m_style;
};
