#include "print/tablemeasure.h"

#include "print/reportstyle.h"

#include <QFontMetricsF>

#include <cmath>

namespace TableMeasure {

namespace {

    qreal textWidth(const QFont &font, const QPaintDevice *device, const QString &text)
    {
        return QFontMetricsF(font, device).horizontalAdvance(text);
    }

    qreal wrappedHeight(
        const QFont &font, const QPaintDevice *device, const QString &text, qreal width, int flags)
    {
        const QFontMetricsF metrics(font, device);
        if (text.isEmpty())
            return metrics.height();
        return metrics.boundingRect(QRectF(0, 0, qMax<qreal>(width, 1), 1e6), flags, text).height();
    }

    // The width each column would like: its widest figure, its name up to a limit (longer names
    // wrap), and enough for its header title on at most two lines.
    QList<qreal> naturalWidths(const PrintTable &table, const ReportStyle &style, const QPaintDevice *device)
    {
        QList<qreal> widths;
        const qreal pad = 2 * style.cellPadding;
        const qreal step = indentStep(style, device);
        const qreal glyph = textWidth(style.table, device, QStringLiteral("国"));
        for (int c = 0; c < table.columnCount(); ++c) {
            const PrintTable::ColumnKind kind = table.columns().at(c).kind;
            qreal width = kind == PrintTable::ColumnKind::Value ? style.mm(12) : glyph * 4;
            for (const QList<PrintTable::Cell> &row : table.rows()) {
                const PrintTable::Cell &cell = row.at(c);
                if (cell.span != 1)
                    continue; // a spanning cell wraps within the columns it covers
                width = qMax(width,
                    textWidth(cell.emphasis ? style.tableBold : style.table, device, cell.text)
                        + cell.indent * step);
            }
            if (kind == PrintTable::ColumnKind::Name)
                width = qMin(width, glyph * 13);
            widths.append(width + pad);
        }
        for (const PrintTable::HeaderCell &cell : table.header()) {
            if (cell.columnSpan != 1)
                continue;
            const qreal title = textWidth(style.tableBold, device, cell.text);
            const qreal twoLines = std::ceil(title / 2 / glyph + 0.5) * glyph;
            widths[cell.column] = qMax(widths.at(cell.column), qMin(title, qMax(twoLines, glyph * 4)) + pad);
        }
        return widths;
    }

    // Fills `available` by widening the columns in proportion to what they have.
    QList<qreal> stretched(QList<qreal> widths, qreal available)
    {
        qreal total = 0;
        for (const qreal w : widths)
            total += w;
        if (total <= 0)
            return widths;
        for (qreal &w : widths)
            w *= available / total;
        return widths;
    }

    // Column groups: the key columns, then as many value columns as fit beside them.
    QList<QList<int>> split(const QList<qreal> &widths, int keyColumns, qreal available)
    {
        qreal keyWidth = 0;
        QList<int> keys;
        for (int c = 0; c < keyColumns; ++c) {
            keyWidth += widths.at(c);
            keys.append(c);
        }
        QList<QList<int>> groups;
        QList<int> group = keys;
        qreal used = keyWidth;
        for (int c = keyColumns; c < widths.size(); ++c) {
            if (group.size() > keys.size() && used + widths.at(c) > available) {
                groups.append(group);
                group = keys;
                used = keyWidth;
            }
            group.append(c);
            used += widths.at(c);
        }
        groups.append(group);
        return groups;
    }

    void sizeLines(TableGeometry *geometry, int g, const ReportStyle &style, const QPaintDevice *device)
    {
        const PrintTable &table = geometry->groups.at(g);
        const QList<qreal> &widths = geometry->columnWidths.at(g);
        const qreal pad = 2 * style.cellPadding;
        const qreal vpad = 2 * style.cellVerticalPadding;
        const qreal step = indentStep(style, device);
        const auto spanWidth = [&](int column, int span) {
            qreal w = 0;
            for (int c = column; c < column + span; ++c)
                w += widths.at(c);
            return w - pad;
        };

        QList<qreal> header(table.headerRowCount(), QFontMetricsF(style.tableBold, device).height() + vpad);
        const int flags = Qt::AlignCenter | Qt::TextWrapAnywhere;
        // Cells on one line first, then the tall cells that span lines take what they still need.
        for (int pass = 0; pass < 2; ++pass) {
            for (const PrintTable::HeaderCell &cell : table.header()) {
                if ((cell.rowSpan == 1) != (pass == 0))
                    continue;
                const qreal need = wrappedHeight(style.tableBold, device, cell.text,
                                       spanWidth(cell.column, cell.columnSpan), flags)
                    + vpad;
                qreal have = 0;
                for (int r = cell.row; r < cell.row + cell.rowSpan; ++r)
                    have += header.at(r);
                if (need > have)
                    header[cell.row + cell.rowSpan - 1] += need - have;
            }
        }
        geometry->headerHeights.append(header);

        QList<qreal> rows;
        for (const QList<PrintTable::Cell> &row : table.rows()) {
            qreal height = 0;
            for (int c = 0; c < row.size(); ++c) {
                const PrintTable::Cell &cell = row.at(c);
                if (cell.span == 0)
                    continue;
                const qreal width = spanWidth(c, qMin(cell.span, int(widths.size()) - c)) - cell.indent * step;
                height = qMax(height,
                    wrappedHeight(cell.emphasis ? style.tableBold : style.table, device, cell.text, width,
                        textFlags(cell, table.columns().at(c).kind)));
            }
            rows.append(height + vpad);
        }
        geometry->rowHeights.append(rows);
    }

} // namespace

int textFlags(const PrintTable::Cell &cell, PrintTable::ColumnKind kind)
{
    if (cell.number)
        return Qt::AlignRight | Qt::AlignVCenter;
    if (cell.span > 1)
        return Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWrapAnywhere;
    switch (kind) {
    case PrintTable::ColumnKind::Code:
        return Qt::AlignLeft | Qt::AlignVCenter;
    case PrintTable::ColumnKind::Name:
        return Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWrapAnywhere;
    case PrintTable::ColumnKind::Value:
        break;
    }
    return Qt::AlignRight | Qt::AlignVCenter;
}

qreal indentStep(const ReportStyle &style, const QPaintDevice *device)
{
    return textWidth(style.table, device, QStringLiteral("国"));
}

TableGeometry measure(
    const PrintTable &table, const ReportStyle &style, const QPaintDevice *device, const PageGeometry &pages)
{
    const QList<qreal> natural = naturalWidths(table, style, device);
    qreal total = 0;
    for (const qreal w : natural)
        total += w;

    TableGeometry geometry;
    QList<QList<int>> groups;
    qreal available = pages.portrait.width();
    if (total <= available || table.fitsPageWidth()) {
        groups.append(QList<int>());
    } else {
        geometry.landscape = true;
        available = pages.landscape.width();
        if (total > available)
            groups = split(natural, table.keyColumnCount(), available);
        else
            groups.append(QList<int>());
    }
    for (QList<int> &columns : groups) {
        if (columns.isEmpty()) {
            for (int c = 0; c < table.columnCount(); ++c)
                columns.append(c);
        }
        QList<qreal> widths;
        for (const int c : columns)
            widths.append(natural.at(c));
        geometry.groups.append(groups.size() == 1 ? table : table.withColumns(columns));
        geometry.columnWidths.append(stretched(widths, available));
        sizeLines(&geometry, int(geometry.groups.size()) - 1, style, device);
    }
    return geometry;
}

} // namespace TableMeasure
