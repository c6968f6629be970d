#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// Checks every value of a document file before it is read: each column of the store's tables
// must hold the type the schema gives it (a text or blob where a number belongs is refused, not
// read as 0), numbers within InputLimits::MaxMagnitude and texts within
// InputLimits::MaxTextLength. The expected schema comes from the program, not from the file.
namespace StoreChecks {

struct Column
{
    QString name;
    bool isText = false;
    bool nullable = false; // declared without NOT NULL: absent, as an unknown figure is
};

struct Table
{
    QString name;
    QList<Column> columns;
    QStringList keys; // the primary key, for naming a row
    // The query that finds a row breaking a rule, built once with the description: compiling it
    // is most of the checks' cost, and the text must not be built again for every file.
    QString badRowQuery;
};

// The tables and columns of `reference`, a database holding the current schema built by the
// program. Described once and kept: every file opened is checked against the same schema.
QList<Table> describe(QSqlDatabase &reference);

// Returns an empty string when every value of `file` passes, otherwise a sentence naming the
// first item that does not.
QString findBadValue(QSqlDatabase &file, const QList<Table> &expected);

} // namespace StoreChecks
