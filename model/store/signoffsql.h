#pragma once

#include "signoff/signoffrecord.h"

class QSqlDatabase;

// The statements that keep a document's review states, comments and signatures in the store's
// review tables. Callers own the transaction.
namespace SignoffSql {

// Replaces whatever review record the file held.
bool write(QSqlDatabase &db, const SignoffRecord &record, QString *error);
bool read(QSqlDatabase &db, SignoffRecord *record, QString *error);

} // namespace SignoffSql
