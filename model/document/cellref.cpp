#include "document/cellref.h"

#include <QStringList>

CellRef CellRef::fromString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return { parts.at(0), parts.at(1), parts.at(2) };
}
