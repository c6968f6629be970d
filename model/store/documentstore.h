#pragma once

#include "document/documentdata.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

// What one undoable edit changes, written to the file in one transaction.
struct StoreBatch
{
    QList<CellInput> cells;
    QList<std::pair<QString, QString>> addedRows;   // (table, code)
    QList<std::pair<QString, QString>> removedRows; // (table, code)
    QList<std::pair<QString, QString>> texts;       // (key, text); an empty text is removed
    std::optional<DepartmentInfo> department;
    std::optional<QList<Project>> projects;
};

// One document's SQLite file (.fadb): schema and migrations, defensive opening, a lock against
// a second writer, and write-through of every edit. The SQL is kept to what PostgreSQL also
// understands, so that a server store can later take the same statements.
class DocumentStore
{
public:
    static constexpr qint32 ApplicationId = 0x46414442; // "FADB"
    static constexpr int SchemaVersion = 2;

    enum class Failure { None, NotFound, NotSqlite, Foreign, Damaged, Newer, DriverMissing, Io };

    struct OpenResult
    {
        std::unique_ptr<DocumentStore> store;
        DocumentData data;
        Failure failure = Failure::None;
        QString message;          // what happened, in the user's language
        bool readOnlyFile = false; // opened read-only because the file cannot be written
        bool lockedElsewhere = false; // opened read-only because another instance has it open
    };

    // Opens and reads a document. A read-only or locked file opens read-only; anything else
    // that is wrong fails with a message and leaves the file untouched.
    static OpenResult open(const QString &path);
    // Writes `data` as a new file. An existing file is replaced only with `overwrite`; the new
    // file appears complete or not at all.
    static bool create(const QString &path, const DocumentData &data, bool overwrite, QString *error);

    ~DocumentStore();
    DocumentStore(const DocumentStore &) = delete;
    DocumentStore &operator=(const DocumentStore &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool apply(const StoreBatch &batch, QString *error);

private:
    DocumentStore(const QString &path, const QString &connectionName, bool readOnly);

    bool load(DocumentData *data, QString *error);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
};
