#include "store/documentstore.h"

#include "store/storesql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DocumentStore", text);
}

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("fadb-%1").arg(++counter);
}

// Schema scripts, one per version: script N brings a file from version N to N + 1.
const char *const migrations[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE unit (position INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    "CREATE TABLE cell (sheet TEXT NOT NULL, row_key TEXT NOT NULL, column_key TEXT NOT NULL,"
    " value BIGINT NOT NULL, PRIMARY KEY (sheet, row_key, column_key));"
    "CREATE TABLE class_row (sheet TEXT NOT NULL, code TEXT NOT NULL, PRIMARY KEY (sheet, code));"
    "CREATE TABLE free_text (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE note (position INTEGER PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE project (id BIGINT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
    " budget BIGINT NOT NULL, executed BIGINT NOT NULL, problems TEXT NOT NULL, measures TEXT NOT NULL);"
    "CREATE TABLE project_output (project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, indicator TEXT NOT NULL, value TEXT NOT NULL, unit TEXT NOT NULL,"
    " PRIMARY KEY (project_id, position));",
    // Units with their kinds: a department is no longer of one kind.
    "ALTER TABLE unit ADD COLUMN kind TEXT NOT NULL DEFAULT '行政';"
    "ALTER TABLE unit ADD COLUMN merged INTEGER NOT NULL DEFAULT 0;"
    "UPDATE unit SET kind = (SELECT value FROM meta WHERE key = 'department.kind')"
    " WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'department.kind');",
};
static_assert(std::size(migrations) == DocumentStore::SchemaVersion);

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool execScript(QSqlDatabase &db, const char *script, QString *error)
{
    const QStringList statements = QString::fromUtf8(script).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (!statement.trimmed().isEmpty() && !exec(db, statement, error))
            return false;
    }
    return true;
}

std::optional<qint64> pragmaValue(QSqlDatabase &db, const char *pragma, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

// Root (and an administrator) may write anything, so the owner's write bit, which the
// read-only attribute clears on Windows, decides what the user meant.
bool isWritableFile(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner) && folder.isWritable();
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_open(db.transaction()) { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace

DocumentStore::DocumentStore(const QString &path, const QString &connectionName, bool readOnly)
    : m_path(path), m_connectionName(connectionName), m_readOnly(readOnly)
{
}

DocumentStore::~DocumentStore()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

DocumentStore::OpenResult DocumentStore::open(const QString &path)
{
    OpenResult result;
    const auto fail = [&](Failure failure, const QString &message) {
        result.store.reset();
        result.failure = failure;
        result.message = message;
        return std::move(result);
    };

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Failure::DriverMissing,
                    tr("The SQLite driver of Qt is not installed, so no document can be opened."));
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return fail(Failure::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!looksLikeSqlite(path))
        return fail(Failure::NotSqlite,
                    tr("%1 is not a Final Accounts document (it is not an SQLite database at all).")
                            .arg(info.fileName()));

    result.readOnlyFile = !isWritableFile(path);
    auto lock = std::make_unique<QLockFile>(path + QLatin1String(".lock"));
    lock->setStaleLockTime(0);
    if (!result.readOnlyFile && !lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            result.lockedElsewhere = true;
        } else {
            result.readOnlyFile = true;
        }
        lock.reset();
    }
    const bool readOnly = result.readOnlyFile || result.lockedElsewhere;

    std::unique_ptr<DocumentStore> store(new DocumentStore(path, nextConnectionName(), readOnly));
    store->m_lock = std::move(lock);
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(path);
    store->m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000")
                                           : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!store->m_db.open())
        return fail(Failure::Io, tr("%1 cannot be opened: %2").arg(info.fileName(), store->m_db.lastError().text()));

    QString error;
    // A file from elsewhere must not run code of its own: no trusted schema, no triggers or
    // views (checked below), no extensions (the driver never loads them).
    exec(store->m_db, QStringLiteral("PRAGMA trusted_schema = OFF"), &error);
    exec(store->m_db, QStringLiteral("PRAGMA cell_size_check = ON"), &error);
    exec(store->m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &error);

    const std::optional<qint64> applicationId = pragmaValue(store->m_db, "application_id", &error);
    if (!applicationId)
        return fail(Failure::Damaged, tr("%1 is damaged and cannot be read (%2).").arg(info.fileName(), error));
    if (*applicationId != ApplicationId)
        return fail(Failure::Foreign,
                    tr("%1 is an SQLite database of another application, not a Final Accounts document.")
                            .arg(info.fileName()));
    const std::optional<qint64> version = pragmaValue(store->m_db, "user_version", &error);
    if (!version)
        return fail(Failure::Damaged, tr("%1 is damaged and cannot be read (%2).").arg(info.fileName(), error));
    if (*version > SchemaVersion)
        return fail(Failure::Newer,
                    tr("%1 was written by a newer version of Final Accounts Editor (file format %2; this "
                       "version reads up to %3). Install the newer version to open it; the file was not changed.")
                            .arg(info.fileName())
                            .arg(*version)
                            .arg(SchemaVersion));

    QSqlQuery check(store->m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok"))
        return fail(Failure::Damaged,
                    tr("%1 is damaged: the database integrity check failed. Open a backup copy instead.")
                            .arg(info.fileName()));
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')"))
        || !check.next() || check.value(0).toInt() != 0)
        return fail(Failure::Foreign,
                    tr("%1 contains triggers or views that Final Accounts Editor never writes; it was not opened.")
                            .arg(info.fileName()));

    if (*version < SchemaVersion) {
        if (readOnly)
            return fail(Failure::Io,
                        tr("%1 is in an older file format and must be upgraded, but it is read-only.")
                                .arg(info.fileName()));
        Transaction transaction(store->m_db);
        for (qint64 v = *version; v < SchemaVersion; ++v) {
            if (!execScript(store->m_db, migrations[v], &error))
                return fail(Failure::Damaged, tr("%1 could not be upgraded: %2").arg(info.fileName(), error));
        }
        if (!exec(store->m_db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), &error)
            || !transaction.commit())
            return fail(Failure::Io, tr("%1 could not be upgraded: %2").arg(info.fileName(), error));
    }
    if (!readOnly) {
        exec(store->m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &error);
        exec(store->m_db, QStringLiteral("PRAGMA synchronous = FULL"), &error);
    }

    if (!store->load(&result.data, &error))
        return fail(Failure::Damaged, tr("%1 is damaged and cannot be read (%2).").arg(info.fileName(), error));
    result.store = std::move(store);
    return result;
}

bool DocumentStore::create(const QString &path, const DocumentData &data, bool overwrite, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("The SQLite driver of Qt is not installed, so no document can be written.");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !overwrite) {
        *error = tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (info.exists() && QFileInfo::exists(path + QLatin1String(".lock"))) {
        QLockFile lock(path + QLatin1String(".lock"));
        if (!lock.tryLock(0)) {
            *error = tr("%1 is open in another window or program and cannot be replaced.").arg(info.fileName());
            return false;
        }
    }
    const QString temporary = path + QLatin1String(".new");
    QFile::remove(temporary);
    {
        const QString connection = nextConnectionName();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(temporary);
            if (!db.open()) {
                *error = tr("%1 cannot be written: %2").arg(info.fileName(), db.lastError().text());
            } else {
                Transaction transaction(db);
                ok = std::all_of(std::begin(migrations), std::end(migrations),
                                 [&](const char *script) { return execScript(db, script, error); })
                        && exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error)
                        && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), error)
                        && StoreSql::writeAll(db, data, error) && transaction.commit();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (!ok) {
            QFile::remove(temporary);
            return false;
        }
    }
    if (info.exists() && !QFile::remove(path)) {
        QFile::remove(temporary);
        *error = tr("%1 cannot be replaced.").arg(info.fileName());
        return false;
    }
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    if (!QFile::rename(temporary, path)) {
        *error = tr("%1 cannot be written.").arg(info.fileName());
        return false;
    }
    return true;
}

bool DocumentStore::load(DocumentData *data, QString *error)
{
    return StoreSql::readAll(m_db, data, error);
}

bool DocumentStore::apply(const StoreBatch &batch, QString *error)
{
    if (m_readOnly) {
        *error = tr("The document is read-only.");
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (!StoreSql::writeBatch(m_db, batch, error))
        return false;
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}
