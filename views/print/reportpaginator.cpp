#include "print/reportpaginator.h"

#include "report/reportcontent.h"
#include "print/reportstyle.h"
#include "print/tablemeasure.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <cmath>

ReportPaginator::ReportPaginator(const ReportContent &content, const ReportStyle &style,
    const QPaintDevice *device, const PageGeometry &geometry)
    : m_content(content)
    , m_style(style)
    , m_device(device)
{
    m_pages.geometry = geometry;
}

qreal ReportPaginator::footerHeight(const ReportStyle &style)
{
    return style.mm(12);
}

ReportPages ReportPaginator::paginate()
{
    m_pages.tables.resize(m_content.tables.size());
    int tableNumber = 0;
    for (const ReportBlock &block : m_content.blocks) {
        if (block.kind == ReportBlock::Kind::PartTitle)
            m_pages.contents.append({ block.text, 0, 0 });
        else if (block.kind == ReportBlock::Kind::Table)
            m_pages.contents.append(
                { PrintTable::chineseOrdinal(++tableNumber) + QChar(0x3001) + block.text, 1, 0 });
    }
    m_pages.pages.append({ ReportPage::Kind::Cover, false, {}, 0, 0 });
    const int contentsPages = contentsPageCount(int(m_pages.contents.size()));
    const int perPage = int(std::ceil(double(m_pages.contents.size()) / contentsPages));
    for (int p = 0; p < contentsPages; ++p) {
        const int first = p * perPage;
        m_pages.pages.append({ ReportPage::Kind::Contents, false, {}, first,
            qMin(perPage, int(m_pages.contents.size()) - first) });
    }

    int entry = 0;
    const qreal bodyLine = lineHeight(m_style.body);
    const qreal paragraphIndent
        = 2 * QFontMetricsF(m_style.body, m_device).horizontalAdvance(QStringLiteral("国"));
    for (const ReportBlock &block : m_content.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::PartTitle:
            newPage();
            m_pages.contents[entry++].page = int(m_pages.pages.size()) - 1;
            addText(PageItem::Kind::PartTitle, block.text, m_style.partTitle, 0, 0);
            m_y += bodyLine * 0.5;
            break;
        case ReportBlock::Kind::Heading:
            // A heading never ends a page: it keeps two lines of its text with it.
            if (room() < lineHeight(m_style.heading) + 2 * bodyLine + bodyLine * 0.3)
                newPage();
            addText(PageItem::Kind::Heading, block.text, m_style.heading,
                block.level > 1 ? paragraphIndent : 0, bodyLine * 0.3);
            break;
        case ReportBlock::Kind::Paragraph:
            addText(PageItem::Kind::Lines, block.text, m_style.body, paragraphIndent, 0);
            break;
        case ReportBlock::Kind::Table:
            m_pages.contents[entry++].page = int(m_pages.pages.size()); // the next page
            addTable(block.index);
            break;
        case ReportBlock::Kind::Chart:
            addChart(block.index);
            break;
        case ReportBlock::Kind::Attachment:
            addTable(block.index);
            break;
        case ReportBlock::Kind::Closing:
            addClosing(block.text, paragraphIndent);
            break;
        }
    }
    return std::move(m_pages);
}

void ReportPaginator::addClosing(const QString &heading, qreal indent)
{
    const qreal headingLine = lineHeight(m_style.heading);
    const qreal bodyLine = lineHeight(m_style.body);
    const qreal height = headingLine + bodyLine * 0.3 + bodyLine * qreal(m_content.signatures.size());
    // Under a part title with no text after it, the block would read as part of that part.
    const QList<PageItem> &items = m_pages.pages.constLast().items;
    const bool afterBareTitle = !items.isEmpty() && items.constLast().kind == PageItem::Kind::PartTitle;
    if (afterBareTitle || room() < height)
        newPage();
    addText(PageItem::Kind::Heading, heading, m_style.heading, 0, bodyLine * 0.3);
    for (const QString &line : m_content.signatures)
        addText(PageItem::Kind::Lines, line, m_style.body, indent, 0);
}

int ReportPaginator::contentsPageCount(int entries) const
{
    const qreal height
        = m_pages.geometry.portrait.height() - footerHeight(m_style) - 3 * lineHeight(m_style.partTitle);
    const int perPage = qMax(1, int(height / (lineHeight(m_style.body) * 1.25)));
    return qMax(1, (entries + perPage - 1) / perPage);
}

void ReportPaginator::newPage(bool landscape)
{
    m_pages.pages.append({ ReportPage::Kind::Body, landscape, {}, 0, 0 });
    m_y = 0;
}

qreal ReportPaginator::room() const
{
    const ReportPage &page = m_pages.pages.constLast();
    const QSizeF size = page.landscape ? m_pages.geometry.landscape : m_pages.geometry.portrait;
    return size.height() - footerHeight(m_style) - m_y;
}

void ReportPaginator::place(PageItem item, qreal height)
{
    const ReportPage &page = m_pages.pages.constLast();
    const qreal width = (page.landscape ? m_pages.geometry.landscape : m_pages.geometry.portrait).width();
    item.rect = QRectF(0, m_y, width, height);
    m_pages.pages.last().items.append(item);
    m_y += height;
}

qreal ReportPaginator::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).height() * m_style.lineSpacing;
}

QStringList ReportPaginator::wrap(
    const QString &text, const QFont &font, qreal width, qreal firstIndent) const
{
    QTextLayout layout(text, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(lines.isEmpty() ? width - firstIndent : width);
        lines.append(text.mid(line.textStart(), line.textLength()));
    }
    layout.endLayout();
    return lines;
}

void ReportPaginator::addText(
    PageItem::Kind kind, const QString &text, const QFont &font, qreal firstIndent, qreal gapBefore)
{
    const qreal width
        = (m_pages.pages.constLast().landscape ? m_pages.geometry.landscape : m_pages.geometry.portrait)
              .width();
    const qreal line = lineHeight(font);
    QStringList lines = wrap(text, font, width, firstIndent);
    if (m_y > 0)
        m_y += gapBefore;
    bool first = true;
    while (!lines.isEmpty()) {
        int fit = int(room() / line);
        if (fit <= 0) {
            newPage();
            continue;
        }
        PageItem item;
        item.kind = kind;
        item.lines = lines.mid(0, fit);
        item.indent = first ? firstIndent : 0;
        lines = lines.mid(fit);
        place(item, item.lines.size() * line);
        first = false;
    }
}

void ReportPaginator::addTableHeading(int table, bool continued)
{
    PageItem item;
    item.kind = PageItem::Kind::TableHeading;
    item.table = table;
    item.continued = continued;
    place(item, lineHeight(m_style.small) + lineHeight(m_style.tableTitle) + lineHeight(m_style.small));
}

void ReportPaginator::addTable(int table)
{
    const PrintTable &print = m_content.tables.at(table);
    TableGeometry &geometry = m_pages.tables[table];
    geometry = TableMeasure::measure(print, m_style, m_device, m_pages.geometry);
    const QStringList noteLines = wrap(print.note, m_style.small, m_pages.geometry.portrait.width(), 0);
    const qreal noteHeight
        = print.note.isEmpty() ? 0 : noteLines.size() * lineHeight(m_style.small) + m_style.mm(4);
    for (int g = 0; g < geometry.groups.size(); ++g) {
        newPage(geometry.landscape);
        addTableHeading(table, g > 0);
        const qreal header = geometry.headerHeight(g);
        const QList<qreal> &rows = geometry.rowHeights.at(g);
        if (print.isEmpty()) {
            PageItem item { PageItem::Kind::TableRows, {}, {}, 0, table, g, 0, 0, false, -1 };
            place(item, header + m_style.mm(16));
        }
        int first = 0;
        while (first < rows.size()) {
            qreal used = header;
            int count = 0;
            // At least one line per page, so that a line taller than a page cannot stall.
            while (first + count < rows.size() && (count == 0 || used + rows.at(first + count) <= room())) {
                used += rows.at(first + count);
                ++count;
            }
            // The note never stands alone on a page: the last line goes over with it.
            const bool last = first + count == rows.size() && g == geometry.groups.size() - 1;
            if (last && count > 1 && used + noteHeight > room()) {
                --count;
                used -= rows.at(first + count);
            }
            PageItem item { PageItem::Kind::TableRows, {}, {}, 0, table, g, first, count, false, -1 };
            place(item, used);
            first += count;
            if (first < rows.size()) {
                newPage(geometry.landscape);
                addTableHeading(table, true);
            }
        }
    }
    if (!print.note.isEmpty()) {
        if (room() < noteHeight)
            newPage(geometry.landscape);
        PageItem item;
        item.kind = PageItem::Kind::TableNote;
        item.lines = noteLines;
        m_y += m_style.mm(2);
        place(item, noteHeight - m_style.mm(2));
    }
}

void ReportPaginator::addChart(int chart)
{
    // Lying bars get taller with every bar, so that their labels keep a readable size.
    const ChartData &data = m_content.charts.at(chart);
    qreal height = m_style.chartHeight;
    if (data.kind == ChartData::Kind::Bars) {
        const qreal bars = data.categories.size() * qMax<qsizetype>(1, data.series.size());
        height = qBound(m_style.chartHeight * 0.7, m_style.mm(28) + bars * m_style.mm(4.2),
            m_pages.geometry.portrait.height() * 0.8);
    }
    if (room() < height + m_style.mm(4))
        newPage();
    m_y += m_style.mm(2);
    PageItem item;
    item.kind = PageItem::Kind::Chart;
    item.chart = chart;
    place(item, height);
    m_y += m_style.mm(2);
}
