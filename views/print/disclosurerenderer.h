#pragma once

class QPagedPaintDevice;
struct ReportContent;

// Paginates a snapshot for a paged device and paints every page into it, turning pages that
// hold wide tables to landscape. The PDF export, printing and the print preview all end here.
namespace DisclosureRenderer {

// Returns the number of pages painted; 0 when the device cannot be painted on.
int render(const ReportContent &content, QPagedPaintDevice *device);

} // namespace DisclosureRenderer
