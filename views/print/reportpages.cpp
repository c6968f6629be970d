#include "print/reportpages.h"

qreal TableGeometry::headerHeight(int group) const
{
    qreal height = 0;
    for (const qreal h : headerHeights.at(group))
        height += h;
    return height;
}

qreal TableGeometry::width(int group) const
{
    qreal total = 0;
    for (const qreal w : columnWidths.at(group))
        total += w;
    return total;
}
