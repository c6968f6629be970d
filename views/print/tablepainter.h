#pragma once

class QPainter;
struct PageItem;
class PrintTable;
struct ReportStyle;
struct TableGeometry;

// Draws the parts of a printed table that the paginator placed on a page: the heading lines
// (公开0N表, title, 编制单位, 单位), the ruled grid with its header lines, and the note below.
namespace TablePainter {

void paintHeading(QPainter *painter, const PageItem &item, const PrintTable &table, const ReportStyle &style);
void paintRows(QPainter *painter, const PageItem &item, const PrintTable &table,
    const TableGeometry &geometry, const ReportStyle &style);

} // namespace TablePainter
