#pragma once

class QPainter;
class QRectF;
struct ChartData;

// Draws a chart into any painter as vectors (lines and selectable text, no bitmap): the page
// painter uses it for the PDF, the printer and the preview, the ODT export for its images.
// Callable from any thread; the chart itself is always drawn on the application's thread,
// which must be running its event loop when another thread calls.
namespace ChartPainter {

void paint(const ChartData &data, QPainter *painter, const QRectF &target);

} // namespace ChartPainter
