#include "print/pagepainter.h"

#include "charts/chartpainter.h"
#include "report/reportcontent.h"
#include "print/reportpages.h"
#include "print/reportpaginator.h"
#include "print/reportstyle.h"
#include "print/tablepainter.h"

#include <QFontMetricsF>
#include <QPainter>

PagePainter::PagePainter(const ReportContent &content, const ReportPages &pages, const ReportStyle &style)
    : m_content(content)
    , m_pages(pages)
    , m_style(style)
{
}

void PagePainter::paint(QPainter *painter, int index) const
{
    const ReportPage &page = m_pages.pages.at(index);
    const QSizeF size = page.landscape ? m_pages.geometry.landscape : m_pages.geometry.portrait;
    const QRectF area(QPointF(0, 0), size);
    painter->save();
    painter->setPen(Qt::black);
    switch (page.kind) {
    case ReportPage::Kind::Cover:
        paintCover(painter, area);
        break;
    case ReportPage::Kind::Contents:
        paintContents(painter, index, area);
        break;
    case ReportPage::Kind::Body:
        paintBody(painter, index);
        break;
    }
    if (index > 0)
        paintFooter(painter, index, area);
    if (m_content.isDraft())
        paintWatermark(painter, area);
    painter->restore();
}

// The cover and the words around the page are the published document's: Chinese in every
// language of the user interface.
void PagePainter::paintCover(QPainter *painter, const QRectF &area) const
{
    const qreal line = QFontMetricsF(m_style.coverTitle, painter->device()).height() * 1.8;
    painter->setFont(m_style.coverTitle);
    painter->drawText(
        QRectF(area.left(), area.height() * 0.28, area.width(), line), Qt::AlignCenter, m_content.department);
    painter->drawText(QRectF(area.left(), area.height() * 0.28 + line, area.width(), line), Qt::AlignCenter,
        QStringLiteral("%1年度部门决算").arg(m_content.year));
    painter->setFont(m_style.coverLine);
    const qreal small = QFontMetricsF(m_style.coverLine, painter->device()).height() * 1.8;
    painter->drawText(QRectF(area.left(), area.height() * 0.68, area.width(), small), Qt::AlignCenter,
        QStringLiteral("编制单位：%1").arg(m_content.department));
    // The template's cover has no date: an unknown 公开日期 is left off rather than made up.
    if (m_content.date.isValid())
        painter->drawText(QRectF(area.left(), area.height() * 0.68 + small, area.width(), small), Qt::AlignCenter,
            QStringLiteral("公开日期：%1年%2月%3日")
                .arg(m_content.date.year())
                .arg(m_content.date.month())
                .arg(m_content.date.day()));
    if (!m_content.signaturesOnCover)
        return;
    // The profile signs on the cover: the roles below the date, one line each.
    qreal y = area.height() * 0.68 + 3 * small;
    for (const QString &line : m_content.signatures) {
        painter->drawText(QRectF(area.left(), y, area.width(), small), Qt::AlignCenter, line);
        y += small;
    }
}

void PagePainter::paintContents(QPainter *painter, int index, const QRectF &area) const
{
    const ReportPage &page = m_pages.pages.at(index);
    const qreal titleLine
        = QFontMetricsF(m_style.partTitle, painter->device()).height() * m_style.lineSpacing;
    painter->setFont(m_style.partTitle);
    painter->drawText(
        QRectF(area.left(), 0, area.width(), 2 * titleLine), Qt::AlignCenter, QStringLiteral("目　录"));
    const QFontMetricsF metrics(m_style.body, painter->device());
    const qreal line = metrics.height() * m_style.lineSpacing * 1.25;
    qreal y = 3 * titleLine;
    for (int e = page.firstEntry; e < page.firstEntry + page.entryCount; ++e) {
        const ContentsEntry &entry = m_pages.contents.at(e);
        const QString number = QString::number(entry.page);
        const qreal indent = entry.level * 2 * metrics.horizontalAdvance(QStringLiteral("国"));
        QFont font = m_style.body;
        font.setBold(entry.level == 0);
        painter->setFont(font);
        const QRectF row(area.left() + indent, y, area.width() - indent, line);
        painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, number);
        // Dotted leader between the title and its page number.
        const qreal from = row.left() + QFontMetricsF(font, painter->device()).horizontalAdvance(entry.text)
            + m_style.mm(2);
        const qreal to = row.right() - metrics.horizontalAdvance(number) - m_style.mm(2);
        painter->save();
        painter->setPen(QPen(Qt::black, m_style.mm(0.3), Qt::DotLine));
        painter->drawLine(QPointF(from, row.center().y() + metrics.descent()),
            QPointF(to, row.center().y() + metrics.descent()));
        painter->restore();
        y += line;
    }
}

void PagePainter::paintBody(QPainter *painter, int index) const
{
    for (const PageItem &item : m_pages.pages.at(index).items) {
        switch (item.kind) {
        case PageItem::Kind::PartTitle:
        case PageItem::Kind::Heading:
        case PageItem::Kind::Lines:
        case PageItem::Kind::TableNote: {
            const QFont &font = item.kind == PageItem::Kind::PartTitle ? m_style.partTitle
                : item.kind == PageItem::Kind::Heading                 ? m_style.heading
                : item.kind == PageItem::Kind::TableNote               ? m_style.small
                                                                       : m_style.body;
            const int align = item.kind == PageItem::Kind::PartTitle ? Qt::AlignHCenter : Qt::AlignLeft;
            painter->setFont(font);
            const qreal line = item.rect.height() / qMax<qsizetype>(1, item.lines.size());
            for (qsizetype i = 0; i < item.lines.size(); ++i) {
                const qreal indent = i == 0 ? item.indent : 0;
                const QRectF rect(
                    item.rect.left() + indent, item.rect.top() + i * line, item.rect.width() - indent, line);
                painter->drawText(rect, align | Qt::AlignVCenter, item.lines.at(i));
            }
            break;
        }
        case PageItem::Kind::TableHeading:
            TablePainter::paintHeading(painter, item, m_content.tables.at(item.table), m_style);
            break;
        case PageItem::Kind::TableRows:
            TablePainter::paintRows(
                painter, item, m_content.tables.at(item.table), m_pages.tables.at(item.table), m_style);
            break;
        case PageItem::Kind::Chart:
            ChartPainter::paint(m_content.charts.at(item.chart), painter, item.rect);
            break;
        }
    }
}

void PagePainter::paintFooter(QPainter *painter, int index, const QRectF &area) const
{
    const qreal band = ReportPaginator::footerHeight(m_style);
    painter->setFont(m_style.small);
    painter->drawText(QRectF(area.left(), area.bottom() - band, area.width(), band), Qt::AlignCenter,
        QStringLiteral("第 %1 页 共 %2 页").arg(index).arg(m_pages.numberedPageCount()));
}

void PagePainter::paintWatermark(QPainter *painter, const QRectF &area) const
{
    painter->save();
    painter->translate(area.center());
    painter->rotate(-35);
    painter->setFont(m_style.watermark);
    painter->setPen(QColor(0, 0, 0, 48));
    const QRectF box(-area.width(), -area.height() / 4, 2 * area.width(), area.height() / 2);
    painter->drawText(box, Qt::AlignCenter, m_content.watermark());
    painter->restore();
}
