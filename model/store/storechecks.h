#pragma once

#include <QString>

class QSqlDatabase;

// Checks every value of a document file before it is read: each column of the store's tables
// must hold the type the schema gives it (a text or blob where a number belongs is refused, not
// read as 0), numbers within InputLimits::MaxMagnitude and texts within
// InputLimits::MaxTextLength. The expected schema comes from the program, not from the file.
namespace StoreChecks {

// `reference` holds the current schema, built by the program. Returns an empty string when
// every value passes, otherwise a sentence naming the first item that does not.
QString findBadValue(QSqlDatabase &file, QSqlDatabase &reference);

} // namespace StoreChecks
