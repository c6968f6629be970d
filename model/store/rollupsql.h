#pragma once

#include "document/documentdata.h"

class QSqlDatabase;

// The statements that keep a rolled-up document's provenance (its unit files, each unit's
// values and the amounts eliminated) in the store's rollup tables. Callers own the transaction.
namespace RollupSql {

// Replaces whatever provenance the file held; an empty record clears it.
bool write(QSqlDatabase &db, const RollupRecord &record, QString *error);
bool read(QSqlDatabase &db, RollupRecord *record, QString *error);

} // namespace RollupSql
