#include "print/disclosurerenderer.h"

#include "print/pagepainter.h"
#include "report/reportcontent.h"
#include "print/reportpaginator.h"
#include "print/reportstyle.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace DisclosureRenderer {

namespace {

    PageGeometry geometryOf(const QPageLayout &layout, int dpi)
    {
        QPageLayout portrait = layout;
        portrait.setOrientation(QPageLayout::Portrait);
        QPageLayout landscape = layout;
        landscape.setOrientation(QPageLayout::Landscape);
        return { portrait.paintRectPixels(dpi).size(), landscape.paintRectPixels(dpi).size() };
    }

} // namespace

int render(const ReportContent &content, QPagedPaintDevice *device)
{
    const ReportStyle style(device);
    const QPageLayout layout = device->pageLayout();
    const ReportPages pages
        = ReportPaginator(content, style, device, geometryOf(layout, device->logicalDpiY())).paginate();
    const PagePainter pagePainter(content, pages, style);

    QPainter painter;
    for (int i = 0; i < pages.pages.size(); ++i) {
        // A new orientation applies from the next page the device starts.
        device->setPageOrientation(
            pages.pages.at(i).landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        if (i == 0) {
            if (!painter.begin(device))
                return 0;
        } else if (!device->newPage()) {
            return i;
        }
        pagePainter.paint(&painter, i);
    }
    painter.end();
    device->setPageLayout(layout);
    return int(pages.pages.size());
}

} // namespace DisclosureRenderer
