#pragma once

#include "print/reportpages.h"

class QPaintDevice;
struct ReportStyle;

// Decides how a table fits the paper: upright when it can, lying (landscape) when it is too
// wide, and in column groups that repeat the code and name columns when it is wider still;
// then sizes every column and line with the fonts of the device it will be painted on.
namespace TableMeasure {

TableGeometry measure(
    const PrintTable &table, const ReportStyle &style, const QPaintDevice *device, const PageGeometry &pages);

// Flags for drawing a cell's text, shared by measuring and painting so that both agree.
int textFlags(const PrintTable::Cell &cell, PrintTable::ColumnKind kind);
// The indentation of one level of a name cell.
qreal indentStep(const ReportStyle &style, const QPaintDevice *device);

} // namespace TableMeasure
