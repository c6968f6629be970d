#include "print/reporttextdocument.h"

#include "charts/chartpainter.h"
#include "cjkfont.h"
#include "report/reportcontent.h"

#include <QImage>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace ReportTextDocument {

namespace {

    QTextCharFormat charFormat(qreal points, bool bold = false)
    {
        QTextCharFormat format;
        format.setFontFamilies({ CjkFont::family() });
        // Qt 6.4's ODF writer reads only the single family, whose setter is deprecated.
        format.setProperty(QTextFormat::FontFamily, CjkFont::family());
        format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        return format;
    }

    void paragraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format,
        Qt::Alignment alignment = Qt::AlignLeft, bool pageBreak = false, qreal indent = 0)
    {
        QTextBlockFormat block;
        block.setAlignment(alignment);
        block.setTextIndent(indent);
        block.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        if (pageBreak)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(block, format);
        cursor.insertText(text, format);
    }

    void table(QTextCursor &cursor, const PrintTable &print)
    {
        paragraph(cursor, print.number, charFormat(9), Qt::AlignRight, true);
        paragraph(cursor, print.title, charFormat(15, true), Qt::AlignCenter);
        paragraph(cursor, print.department + QStringLiteral("　　") + print.unit, charFormat(9));

        const int rows = print.headerRowCount() + (print.isEmpty() ? 1 : int(print.rows().size()));
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellSpacing(0);
        format.setCellPadding(2);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // Names need about twice the room of a figure, codes a little less than one.
        QList<qreal> weights;
        qreal total = 0;
        for (const PrintTable::Column &column : print.columns()) {
            weights.append(column.kind == PrintTable::ColumnKind::Name ? 2.2
                    : column.kind == PrintTable::ColumnKind::Code      ? 0.9
                                                                       : 1.0);
            total += weights.constLast();
        }
        QList<QTextLength> widths;
        for (const qreal weight : weights)
            widths.append(QTextLength(QTextLength::PercentageLength, 100 * weight / total));
        format.setColumnWidthConstraints(widths);
        format.setHeaderRowCount(print.headerRowCount());
        QTextTable *textTable = cursor.insertTable(rows, print.columnCount(), format);
        const QTextCharFormat bold = charFormat(8, true);
        const QTextCharFormat plain = charFormat(8);
        for (const PrintTable::HeaderCell &cell : print.header()) {
            textTable->mergeCells(cell.row, cell.column, cell.rowSpan, cell.columnSpan);
            QTextCursor c = textTable->cellAt(cell.row, cell.column).firstCursorPosition();
            QTextBlockFormat centered;
            centered.setAlignment(Qt::AlignCenter);
            c.setBlockFormat(centered);
            c.insertText(cell.text, bold);
        }
        if (print.isEmpty()) {
            textTable->mergeCells(print.headerRowCount(), 0, 1, print.columnCount());
            textTable->cellAt(print.headerRowCount(), 0)
                .firstCursorPosition()
                .insertText(print.emptyNote, plain);
        }
        for (int r = 0; r < print.rows().size(); ++r) {
            for (int c = 0; c < print.columnCount(); ++c) {
                const PrintTable::Cell &cell = print.rows().at(r).at(c);
                if (cell.span == 0)
                    continue;
                if (cell.span > 1)
                    textTable->mergeCells(print.headerRowCount() + r, c, 1, cell.span);
                QTextCursor at = textTable->cellAt(print.headerRowCount() + r, c).firstCursorPosition();
                QTextBlockFormat block;
                block.setAlignment(cell.number || (cell.span == 1 && print.columns().at(c).kind == PrintTable::ColumnKind::Value)
                        ? Qt::AlignRight
                        : Qt::AlignLeft);
                block.setIndent(cell.indent);
                at.setBlockFormat(block);
                at.insertText(cell.text, cell.emphasis ? bold : plain);
            }
        }
        cursor.movePosition(QTextCursor::End);
        if (!print.note.isEmpty())
            paragraph(cursor, print.note, charFormat(9));
    }

    void chart(QTextCursor &cursor, QTextDocument *document, const ChartData &data, int index)
    {
        // Drawn at twice the size it is shown, so that it prints sharply.
        QImage image(1440, 800, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            ChartPainter::paint(data, &painter, QRectF(image.rect()));
        }
        const QUrl name(QStringLiteral("chart%1.png").arg(index));
        document->addResource(QTextDocument::ImageResource, name, image);
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignCenter);
        cursor.insertBlock(block);
        QTextImageFormat format;
        format.setName(name.toString());
        format.setWidth(image.width() / 2.0);
        format.setHeight(image.height() / 2.0);
        cursor.insertImage(format);
    }

} // namespace

void build(const ReportContent &content, QTextDocument *document)
{
    document->clear();
    document->setDefaultFont(CjkFont::apply(QFont()));
    QTextCursor cursor(document);
    const QTextCharFormat body = charFormat(12);
    cursor.setBlockCharFormat(charFormat(24, true));
    QTextBlockFormat cover;
    cover.setAlignment(Qt::AlignCenter);
    cover.setTopMargin(160);
    cursor.setBlockFormat(cover);
    cursor.insertText(content.department, charFormat(24, true));
    paragraph(
        cursor, QStringLiteral("%1年度部门决算").arg(content.year), charFormat(24, true), Qt::AlignCenter);
    if (content.isDraft())
        paragraph(cursor, content.watermark(), charFormat(15, true), Qt::AlignCenter);
    if (content.date.isValid())
        paragraph(cursor,
            QStringLiteral("公开日期：%1年%2月%3日")
                .arg(content.date.year())
                .arg(content.date.month())
                .arg(content.date.day()),
            charFormat(15), Qt::AlignCenter);
    if (content.signaturesOnCover) {
        for (const QString &line : content.signatures)
            paragraph(cursor, line, charFormat(15), Qt::AlignCenter);
    }

    for (const ReportBlock &block : content.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::PartTitle:
            paragraph(cursor, block.text, charFormat(16, true), Qt::AlignCenter, true);
            break;
        case ReportBlock::Kind::Heading:
            paragraph(cursor, block.text, charFormat(12, true));
            break;
        case ReportBlock::Kind::Paragraph:
            paragraph(cursor, block.text, body, Qt::AlignLeft, false, 24);
            break;
        case ReportBlock::Kind::Table:
        case ReportBlock::Kind::Attachment:
            table(cursor, content.tables.at(block.index));
            break;
        case ReportBlock::Kind::Chart:
            chart(cursor, document, content.charts.at(block.index), block.index);
            break;
        case ReportBlock::Kind::Closing:
            paragraph(cursor, block.text, charFormat(12, true));
            for (const QString &line : content.signatures)
                paragraph(cursor, line, body, Qt::AlignLeft, false, 24);
            break;
        }
    }
}

} // namespace ReportTextDocument
