#include "print/tablepainter.h"

#include "print/reportpages.h"
#include "print/reportstyle.h"
#include "print/tablemeasure.h"

#include <QPainter>

namespace TablePainter {

namespace {

    QList<qreal> columnEdges(const QList<qreal> &widths, qreal left)
    {
        QList<qreal> edges { left };
        for (const qreal w : widths)
            edges.append(edges.constLast() + w);
        return edges;
    }

    void cellText(QPainter *painter, const QRectF &cell, const QString &text, int flags,
        const ReportStyle &style, qreal indent = 0)
    {
        const QRectF inner = cell.adjusted(style.cellPadding + indent, style.cellVerticalPadding,
            -style.cellPadding, -style.cellVerticalPadding);
        painter->drawText(inner, flags, text);
    }

} // namespace

void paintHeading(QPainter *painter, const PageItem &item, const PrintTable &table, const ReportStyle &style)
{
    const QRectF r = item.rect;
    const qreal smallLine = QFontMetricsF(style.small, painter->device()).height() * style.lineSpacing;
    const qreal titleLine = r.height() - 2 * smallLine;
    painter->setFont(style.small);
    painter->drawText(
        QRectF(r.left(), r.top(), r.width(), smallLine), Qt::AlignRight | Qt::AlignVCenter, table.number);
    painter->setFont(style.tableTitle);
    const QString title = item.continued ? table.title + QStringLiteral("（续表）") : table.title;
    painter->drawText(QRectF(r.left(), r.top() + smallLine, r.width(), titleLine), Qt::AlignCenter, title);
    painter->setFont(style.small);
    const QRectF last(r.left(), r.top() + smallLine + titleLine, r.width(), smallLine);
    painter->drawText(last, Qt::AlignLeft | Qt::AlignVCenter, table.department);
    painter->drawText(last, Qt::AlignRight | Qt::AlignVCenter, table.unit);
}

void paintRows(QPainter *painter, const PageItem &item, const PrintTable &whole,
    const TableGeometry &geometry, const ReportStyle &style)
{
    const PrintTable &table = geometry.groups.at(item.group);
    const QList<qreal> edges = columnEdges(geometry.columnWidths.at(item.group), item.rect.left());
    const QList<qreal> &headerHeights = geometry.headerHeights.at(item.group);
    QList<qreal> headerTops { item.rect.top() };
    for (const qreal h : headerHeights)
        headerTops.append(headerTops.constLast() + h);

    painter->save();
    painter->setPen(QPen(Qt::black, style.mm(0.2)));
    painter->setFont(style.tableBold);
    for (const PrintTable::HeaderCell &cell : table.header()) {
        const QRectF rect(QPointF(edges.at(cell.column), headerTops.at(cell.row)),
            QPointF(edges.at(cell.column + cell.columnSpan), headerTops.at(cell.row + cell.rowSpan)));
        painter->fillRect(rect, QColor(236, 236, 236));
        painter->drawRect(rect);
        cellText(painter, rect, cell.text, Qt::AlignCenter | Qt::TextWrapAnywhere, style);
    }

    qreal y = headerTops.constLast();
    if (whole.isEmpty()) {
        const QRectF rect(QPointF(edges.constFirst(), y), QPointF(edges.constLast(), item.rect.bottom()));
        painter->drawRect(rect);
        painter->setFont(style.table);
        cellText(painter, rect, whole.emptyNote, Qt::AlignCenter | Qt::TextWordWrap, style);
    }
    const qreal step = TableMeasure::indentStep(style, painter->device());
    const QList<qreal> &heights = geometry.rowHeights.at(item.group);
    for (int r = item.firstRow; r < item.firstRow + item.rowCount; ++r) {
        const QList<PrintTable::Cell> &row = table.rows().at(r);
        for (int c = 0; c < row.size(); ++c) {
            const PrintTable::Cell &cell = row.at(c);
            if (cell.span == 0)
                continue;
            const int last = qMin(c + cell.span, int(edges.size()) - 1);
            const QRectF rect(QPointF(edges.at(c), y), QPointF(edges.at(last), y + heights.at(r)));
            painter->drawRect(rect);
            painter->setFont(cell.emphasis ? style.tableBold : style.table);
            cellText(painter, rect, cell.text, TableMeasure::textFlags(cell, table.columns().at(c).kind), style,
                cell.indent * step);
        }
        y += heights.at(r);
    }
    painter->restore();
}

} // namespace TablePainter
