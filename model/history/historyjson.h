#pragma once

#include "history/historyentry.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

class SheetLayout;

// The optional "history" section of the interchange format (docs/interchange.md): one object
// per entry; a cell's values as exact decimal strings in 万元, counts as whole numbers.
namespace HistoryJson {

QJsonArray write(const QList<HistoryEntry> &entries, const SheetLayout &layout);
// Checks every value; each problem is appended to `errors` beginning with its JSON path.
QList<HistoryEntry> read(const QJsonValue &value, QStringList *errors);

} // namespace HistoryJson
