#pragma once

#include "print/reportpages.h"

class QFont;
class QPaintDevice;
struct ReportContent;
struct ReportStyle;

// Cuts a disclosure into pages: the cover, the contents, then every part. Part titles and
// tables start new pages; headings stay with the text after them; paragraphs break between
// lines; tables break between rows and repeat their header lines; charts are never split.
class ReportPaginator {
public:
    ReportPaginator(const ReportContent &content, const ReportStyle &style, const QPaintDevice *device,
        const PageGeometry &geometry);

    ReportPages paginate();

    // The height of the band at the bottom of every page that holds the page number.
    static qreal footerHeight(const ReportStyle &style);

private:
    void newPage(bool landscape = false);
    qreal room() const;
    void place(PageItem item, qreal height);
    QStringList wrap(const QString &text, const QFont &font, qreal width, qreal firstIndent) const;
    qreal lineHeight(const QFont &font) const;
    void addText(
        PageItem::Kind kind, const QString &text, const QFont &font, qreal firstIndent, qreal gapBefore);
    void addTable(int table);
    // The sign-off block, kept together (see ReportBlock::Kind::Closing).
    void addClosing(const QString &heading, qreal indent);
    void addTableHeading(int table, bool continued);
    void addChart(int chart);
    int contentsPageCount(int entries) const;

    const ReportContent &m_content;
    const ReportStyle &m_style;
    const QPaintDevice *m_device;
    ReportPages m_pages;
    qreal m_y = 0;
};
