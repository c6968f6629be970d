#pragma once

#include "history/historyentry.h"

#include <QList>

class QDateTime;

// Compacting the change history: the detail of the last days stays as it is; older detail
// collapses into one summary entry per cell or item, from its first old value to its last new
// one. Approvals are kept whatever their age. The document's figures and texts are not touched.
namespace HistoryCompactor {

QList<HistoryEntry> compact(const QList<HistoryEntry> &entries, const QDateTime &now, int keepDays);

} // namespace HistoryCompactor
