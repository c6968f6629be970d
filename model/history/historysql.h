#pragma once

#include "history/historyentry.h"

#include <QList>

class QSqlDatabase;

// The statements that keep the change history in the store's history table. Callers own the
// transaction, so that an edit and its record are committed together.
namespace HistorySql {

// Appends entries; their ids follow the last stored one and are set in `entries`.
bool append(QSqlDatabase &db, QList<HistoryEntry> *entries, QString *error);
// Replaces the whole history (compacting, a new file).
bool replace(QSqlDatabase &db, const QList<HistoryEntry> &entries, QString *error);
// Reads every entry, oldest first; a row that is not a valid entry fails with its id named.
bool read(QSqlDatabase &db, QList<HistoryEntry> *entries, QString *error);

} // namespace HistorySql
