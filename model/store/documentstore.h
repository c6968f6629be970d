#pragma once

#include "document/documentdata.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class DocumentLock;

// What one undoable edit changes, written to the file in one transaction.
struct StoreBatch
{
    QList<CellInput> cells;
    QList<std::pair<QString, QString>> addedRows;   // (table, code)
    QList<std::pair<QString, QString>> removedRows; // (table, code)
    QList<std::pair<QString, QString>> texts;       // (key, text); an empty text is removed
    std::optional<DepartmentInfo> department;
    std::optional<QList<Project>> projects;
    std::optional<RollupRecord> rollup; // a re-roll replaces the whole provenance
    QList<std::pair<QString, QString>> rowFunds = {}; // (code, fund); an empty fund is removed
    QList<HistoryEntry> history {};     // the batch's record, committed with it; ids set on writing
    std::optional<SignoffRecord> signoff {}; // a review step replaces the whole record
};

// One document's SQLite file (.fadb): schema and migrations, defensive opening, a lock against
// a second writer, and write-through of every edit. The SQL is kept to what PostgreSQL also
// understands, so that a server store can later take the same statements.
//
// Journal mode: WAL while a document is open for editing, a rollback journal at rest. WAL lets
// another program read the file (a backup tool, an sqlite3 shell) without blocking the next
// edit, and a commit costs one fsync instead of three. Closing switches the file back, so a
// closed document is one self-contained file that can be copied, mailed or opened from a
// read-only folder, where WAL would need a shared-memory file beside it.
class DocumentStore
{
public:
    static constexpr qint32 ApplicationId = 0x46414442; // "FADB"
    static constexpr int SchemaVersion = 7;

    enum class Failure {
        None,
        NotFound,
        NotAFile, // a folder, a pipe, a device, a link that leads nowhere
        NotSqlite,
        Foreign,
        Damaged,
        Newer,
        DriverMissing,
        InUse, // another program holds a lock on the file
        NeedsRecovery, // an interrupted session must be recovered, which needs write access
        Io
    };

    struct OpenResult
    {
        std::unique_ptr<DocumentStore> store;
        DocumentData data;
        Failure failure = Failure::None;
        QString message;          // what happened, in the user's language
        bool readOnlyFile = false; // opened read-only because the file cannot be written
        bool lockedElsewhere = false; // opened read-only because another instance has it open
        bool recovered = false; // a journal or WAL of an interrupted session was found and the
                                // full integrity check ran
    };

    // How a file is opened: to edit it (taking the writer's lock when it is free), or only to
    // read it (never taking the lock, so that a reviewer's scan does not turn a user's editing
    // session read-only). ReadInputs reads only what a roll-up adds up: not the change history,
    // the review and sign-off, or the file's own roll-up provenance, which are neither checked
    // nor read, and stay empty in the data.
    enum class Access { Edit, Read, ReadInputs };

    // Opens and reads a document. A read-only or locked file opens read-only; anything else
    // that is wrong fails with a message and leaves the file untouched. Every value read passes
    // the checks of StoreChecks.
    static OpenResult open(const QString &path, Access access = Access::Edit);
    // Writes `data` as a new file. An existing file is replaced only with `overwrite`; the new
    // file appears complete or not at all.
    static bool create(const QString &path, const DocumentData &data, bool overwrite, QString *error);

    ~DocumentStore();
    DocumentStore(const DocumentStore &) = delete;
    DocumentStore &operator=(const DocumentStore &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Turns on WAL for editing (see above). Until then, and if it fails, the store is
    // read-only; `error` then says why in the user's language.
    bool startWriting(QString *error);
    // Writes the batch and its history entries in one transaction; sets the entries' ids.
    bool apply(StoreBatch *batch, QString *error);
    // Replaces the change history (compacting); no figure or text is touched.
    bool replaceHistory(const QList<HistoryEntry> &entries, QString *error);

private:
    DocumentStore(const QString &path, const QString &connectionName, bool writable);
    // Writes a complete new file at `path`; returns what went wrong, or nothing.
    static QString writeNewFile(const QString &path, const DocumentData &data);

    QString m_path;
    QString m_connectionName;
    bool m_writable; // this instance holds the lock and the file and folder may be written
    bool m_readOnly = true;
    QSqlDatabase m_db;
    std::unique_ptr<DocumentLock> m_lock;
};
