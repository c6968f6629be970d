#pragma once

#include "store/documentstore.h"

#include <QString>
#include <QStringList>

// What a path names, found out before SQLite is let near it: a file that may be a document, or
// the reason it is not one; and what an interrupted session left beside it.
namespace DocumentPath {

struct Inspection
{
    DocumentStore::Failure failure = DocumentStore::Failure::None;
    QString message;
    bool journal = false; // a rollback journal that SQLite will roll back on opening
    bool wal = false;     // a write-ahead log that SQLite will recover on opening
    bool walMode = false; // the file's header says WAL
    bool writable = false;
};

Inspection inspect(const QString &path);

// The files SQLite keeps beside a database (-journal, -wal, -shm); they belong to that file only.
QStringList sideFiles(const QString &path);
// Removes them, so that nothing of an old file is applied to a new one put at its path.
bool removeSideFiles(const QString &path);

} // namespace DocumentPath
