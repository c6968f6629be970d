#include "store/documentstore.h"

#include "history/historysql.h"
#include "store/documentlock.h"
#include "store/documentpath.h"
#include "store/platformfile.h"
#include "store/storechecks.h"
#include "store/storesql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <atomic>
#include <iterator>

#ifdef FAE_SQLITE_CONFIG
#include <sqlite3.h>
#endif

namespace {

#ifdef FAE_SQLITE_CONFIG
// SQLite counts every allocation under one process-wide mutex unless told otherwise before its
// first connection. With several threads reading documents at once (a roll-up, the review of a
// folder) the threads then wait on that mutex more than they read: turned off, a roll-up of
// 1,000 units reads them in half the time. Nothing here reads SQLite's memory statistics.
void turnOffMemoryStatistics()
{
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
Q_CONSTRUCTOR_FUNCTION(turnOffMemoryStatistics)
#endif

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
    // 2: the project becomes the self-evaluation form; its budget and executed amounts become
    // the 本年财政拨款 row's 全年预算数 and 全年执行数, its outputs 产出指标 of the 数量 kind.
    "ALTER TABLE project ADD COLUMN supervisor TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE project ADD COLUMN implementer TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE project ADD COLUMN goal_planned TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE project ADD COLUMN goal_achieved TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE project ADD COLUMN tracked INTEGER NOT NULL DEFAULT 0;"
    "CREATE TABLE project_fund (project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
    " source TEXT NOT NULL, budget_column TEXT NOT NULL, amount BIGINT NOT NULL,"
    " PRIMARY KEY (project_id, source, budget_column));"
    "INSERT INTO project_fund (project_id, source, budget_column, amount)"
    " SELECT id, 'appropriation', 'fullBudget', budget FROM project;"
    "INSERT INTO project_fund (project_id, source, budget_column, amount)"
    " SELECT id, 'appropriation', 'executed', executed FROM project;"
    "CREATE TABLE project_indicator (project_id BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, category TEXT NOT NULL, name TEXT NOT NULL, comparison TEXT NOT NULL,"
    " target TEXT NOT NULL, unit TEXT NOT NULL, actual TEXT NOT NULL, weight BIGINT, score BIGINT,"
    " deviation TEXT NOT NULL, PRIMARY KEY (project_id, position));"
    "INSERT INTO project_indicator (project_id, position, category, name, comparison, target, unit, actual,"
    " weight, score, deviation)"
    " SELECT project_id, position, 'quantity', indicator, '', '', unit, value, NULL, NULL, '' FROM project_output;"
    "DROP TABLE project_output;"
    "ALTER TABLE project DROP COLUMN budget;"
    "ALTER TABLE project DROP COLUMN executed;",
    // 3: units with their kinds: a department is no longer of one kind.
    "ALTER TABLE unit ADD COLUMN kind TEXT NOT NULL DEFAULT '行政';"
    "ALTER TABLE unit ADD COLUMN merged INTEGER NOT NULL DEFAULT 0;"
    "UPDATE unit SET kind = (SELECT value FROM meta WHERE key = 'department.kind')"
    " WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'department.kind');",
    // 4: a rolled-up (汇总) document's provenance: its unit files, each unit's input values and
    // the internal transfers eliminated.
    "CREATE TABLE rollup_source (position INTEGER PRIMARY KEY, path TEXT NOT NULL, content_hash TEXT NOT NULL,"
    " unit_name TEXT NOT NULL, kind TEXT NOT NULL, is_main INTEGER NOT NULL);"
    "CREATE TABLE rollup_value (source INTEGER NOT NULL, sheet TEXT NOT NULL, row_key TEXT NOT NULL,"
    " column_key TEXT NOT NULL, value BIGINT NOT NULL, PRIMARY KEY (source, sheet, row_key, column_key));"
    "CREATE TABLE rollup_eliminated (sheet TEXT NOT NULL, row_key TEXT NOT NULL, column_key TEXT NOT NULL,"
    " value BIGINT NOT NULL, PRIMARY KEY (sheet, row_key, column_key));",
    // 5: the fund a 科目 is filed under in the tables that list several funds; a file without
    // one files its 科目 as its tables say.
    "CREATE TABLE class_row_fund (code TEXT PRIMARY KEY, fund TEXT NOT NULL);",
    // 6: the change history: who changed which cell or item when, from what to what.
    "CREATE TABLE history (id BIGINT PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, kind TEXT NOT NULL,"
    " action TEXT NOT NULL, scope TEXT NOT NULL, target TEXT NOT NULL, subject TEXT NOT NULL, old_value BIGINT,"
    " new_value BIGINT, old_text TEXT NOT NULL, new_text TEXT NOT NULL);",
    // 7: review and sign-off: each section's review state, the reviewers' comments and the
    // signatures with what they approved.
    "CREATE TABLE review_state (section TEXT PRIMARY KEY, state TEXT NOT NULL, comment TEXT NOT NULL,"
    " reviewer TEXT NOT NULL, changed_at TEXT NOT NULL, fingerprint TEXT NOT NULL);"
    "CREATE TABLE review_comment (id BIGINT PRIMARY KEY, target TEXT NOT NULL, body TEXT NOT NULL,"
    " author TEXT NOT NULL, created_at TEXT NOT NULL, resolved INTEGER NOT NULL);"
    "CREATE TABLE signature (position INTEGER PRIMARY KEY, role TEXT NOT NULL, name TEXT NOT NULL,"
    " signed_at TEXT NOT NULL, sections TEXT NOT NULL, fingerprint TEXT NOT NULL);",
};
static_assert(std::size(migrations) == DocumentStore::SchemaVersion);

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = StoreSql::describe(query.lastError());
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

std::optional<QVariant> pragmaValue(QSqlDatabase &db, const QString &pragma, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0);
}

// The store's own schema, built from the migrations in memory: what StoreChecks compares a
// file against.
class ReferenceSchema
{
public:
    ReferenceSchema() : m_connection(nextConnectionName())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (m_db.open()) {
            for (const char *script : migrations)
                execScript(m_db, script, &error);
        }
    }
    ~ReferenceSchema()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    QSqlDatabase &database() { return m_db; }

private:
    QString m_connection;
    QSqlDatabase m_db;
};

// Built once: every file opened is compared with the same schema, and building it runs every
// migration.
const QList<StoreChecks::Table> &referenceSchema(StoreSql::Content content)
{
    static const std::array<QList<StoreChecks::Table>, 2> schemas = [] {
        ReferenceSchema reference;
        const QList<StoreChecks::Table> all = StoreChecks::describe(reference.database());
        QList<StoreChecks::Table> inputs;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(inputs), [](const StoreChecks::Table &table) {
            return StoreSql::holds(StoreSql::Content::Inputs, table.name);
        });
        return std::array { all, inputs };
    }();
    return schemas[content == StoreSql::Content::All ? 0 : 1];
}

// SQLite's primary result code: Qt reports the extended one where SQLite gives it.
int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

bool isBusy(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

// BEGIN and COMMIT as statements rather than QSqlDatabase::transaction(): the driver drops
// SQLite's code of a failed COMMIT, and a full disk must be told apart from other failures.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db) { m_open = exec(m_db, QStringLiteral("BEGIN"), &m_error); }
    ~Transaction()
    {
        if (m_open)
            exec(m_db, QStringLiteral("ROLLBACK"), &m_error);
    }
    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; } // why BEGIN failed
    // A failed commit leaves the transaction to the destructor, which rolls back whatever
    // SQLite has not rolled back itself.
    bool commit(QString *error)
    {
        if (!exec(m_db, QStringLiteral("COMMIT"), error))
            return false;
        m_open = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    QString m_error;
    bool m_open = false;
};

} // namespace

DocumentStore::DocumentStore(const QString &path, const QString &connectionName, bool writable)
    : m_path(path), m_connectionName(connectionName), m_writable(writable)
{
}

DocumentStore::~DocumentStore()
{
    if (m_db.isOpen()) {
        // Back to a rollback journal at rest (see the class comment). This checkpoints and deletes
        // the WAL; while another instance or program still reads the file it fails at once
        // (no busy wait on closing), and the file stays in WAL mode, which opening handles too.
        if (!m_readOnly) {
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = 0"));
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

DocumentStore::OpenResult DocumentStore::open(const QString &path, Access access)
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
    const DocumentPath::Inspection inspection = DocumentPath::inspect(path);
    if (inspection.failure != Failure::None)
        return fail(inspection.failure, inspection.message);
    const QString name = QFileInfo(path).fileName();

    result.readOnlyFile = !inspection.writable || access != Access::Edit;
    std::unique_ptr<DocumentLock> lock;
    if (!result.readOnlyFile) {
        DocumentLock::Outcome outcome;
        lock = DocumentLock::acquire(path, &outcome);
        result.lockedElsewhere = outcome == DocumentLock::Outcome::HeldElsewhere;
        result.readOnlyFile = outcome == DocumentLock::Outcome::Unavailable;
    }
    const bool readOnly = result.readOnlyFile || result.lockedElsewhere;
    result.recovered = inspection.journal || inspection.wal;

    std::unique_ptr<DocumentStore> store(new DocumentStore(path, nextConnectionName(), !readOnly));
    store->m_lock = std::move(lock);
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    store->m_db.setDatabaseName(path);
    store->m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000")
                                           : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    if (!store->m_db.open())
        return fail(Failure::Io, tr("%1 cannot be opened: %2").arg(name, store->m_db.lastError().text()));

    // A file that cannot be read says why: another program's lock, a recovery that needs write
    // access, or damage.
    const auto unreadable = [&](const QSqlError &error) {
        if (isBusy(error))
            return fail(Failure::InUse,
                        tr("%1 is in use by another program, which holds a lock on it. Close it there and open "
                           "the document again.")
                                .arg(name));
        if (readOnly && result.recovered)
            return fail(Failure::NeedsRecovery,
                        tr("%1 was not closed properly, and its last changes can only be recovered with write "
                           "access, but the file or its folder is read-only. Open it where it may be written.")
                                .arg(name));
        return fail(Failure::Damaged, tr("%1 is damaged and cannot be read (%2).").arg(name, error.text()));
    };

    QSqlError sqlError;
    // A file from elsewhere must not run code of its own: no trusted schema, no triggers or
    // views (checked below), no extensions (the driver never loads them).
    for (const char *pragma : { "trusted_schema = OFF", "cell_size_check = ON", "foreign_keys = ON" })
        QSqlQuery(store->m_db).exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma));

    const std::optional<QVariant> applicationId = pragmaValue(store->m_db, QStringLiteral("application_id"), &sqlError);
    if (!applicationId)
        return unreadable(sqlError);
    if (applicationId->toLongLong() != ApplicationId)
        return fail(Failure::Foreign,
                    tr("%1 is an SQLite database of another application, not a Final Accounts document.").arg(name));
    const std::optional<QVariant> versionValue = pragmaValue(store->m_db, QStringLiteral("user_version"), &sqlError);
    if (!versionValue)
        return unreadable(sqlError);
    const qint64 version = versionValue->toLongLong();
    if (version > SchemaVersion)
        return fail(Failure::Newer,
                    tr("%1 was written by a newer version of Final Accounts Editor (file format %2; this "
                       "version reads up to %3). Install the newer version to open it; the file was not changed.")
                            .arg(name)
                            .arg(version)
                            .arg(SchemaVersion));
    if (version < 0)
        return fail(Failure::Damaged, tr("%1 is damaged: its file format number %2 is not one that exists.")
                                              .arg(name)
                                              .arg(version));

    // Opening rolled back a journal or replayed a WAL: a quick check would miss a damaged index.
    const std::optional<QVariant> integrity = pragmaValue(
            store->m_db, result.recovered ? QStringLiteral("integrity_check(1)") : QStringLiteral("quick_check(1)"),
            &sqlError);
    if (!integrity)
        return unreadable(sqlError);
    if (integrity->toString() != QLatin1String("ok"))
        return fail(Failure::Damaged,
                    tr("%1 is damaged: the database integrity check failed. Open a backup copy instead.").arg(name));
    QSqlQuery check(store->m_db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')"))
        || !check.next() || check.value(0).toInt() != 0)
        return fail(Failure::Foreign,
                    tr("%1 contains triggers or views that Final Accounts Editor never writes; it was not opened.")
                            .arg(name));

    check.finish(); // an open read of sqlite_master would lock the tables a migration drops
    // An upgrade, the checks and the reading are one transaction: a file that is refused is left
    // as it was.
    if (version < SchemaVersion && access != Access::Edit)
        return fail(Failure::Io, tr("%1 is in an older file format; open it once in the editor to upgrade it.").arg(name));
    if (version < SchemaVersion && readOnly)
        return fail(Failure::Io, tr("%1 is in an older file format and must be upgraded, but it is read-only.").arg(name));
    Transaction transaction(store->m_db);
    QString error;
    for (qint64 v = version; v < SchemaVersion; ++v) {
        if (!execScript(store->m_db, migrations[v], &error))
            return fail(Failure::Damaged, tr("%1 could not be upgraded: %2").arg(name, error));
    }
    const StoreSql::Content content = access == Access::ReadInputs ? StoreSql::Content::Inputs : StoreSql::Content::All;
    const QString badValue = StoreChecks::findBadValue(store->m_db, referenceSchema(content));
    if (!badValue.isEmpty())
        return fail(Failure::Damaged, tr("%1 is damaged and was not opened: %2.").arg(name, badValue));
    if (!StoreSql::readAll(store->m_db, &result.data, content, &error))
        return fail(Failure::Damaged, tr("%1 is damaged and cannot be read (%2).").arg(name, error));
    if (version < SchemaVersion
        && (!exec(store->m_db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), &error)
            || !transaction.commit(&error)))
        return fail(Failure::Io, tr("%1 could not be upgraded: %2").arg(name, error));
    result.store = std::move(store);
    return result;
}

bool DocumentStore::startWriting(QString *error)
{
    if (!m_writable) {
        *error = tr("The document is read-only.");
        return false;
    }
    QSqlError sqlError;
    const std::optional<QVariant> mode = pragmaValue(m_db, QStringLiteral("journal_mode = WAL"), &sqlError);
    if (mode && mode->toString() == QLatin1String("wal")
        && exec(m_db, QStringLiteral("PRAGMA synchronous = FULL"), error)) {
        m_readOnly = false;
        return true;
    }
    const QString name = QFileInfo(m_path).fileName();
    if (!mode && isBusy(sqlError))
        *error = tr("%1 is in use by another program, so it was opened read-only. Close it there and open the "
                    "document again to edit it.")
                         .arg(name);
    else
        *error = tr("%1 was opened read-only: the file system does not allow its write-ahead log (%2).")
                         .arg(name, mode ? mode->toString() : sqlError.text());
    m_lock.reset();
    return false;
}

bool DocumentStore::create(const QString &path, const DocumentData &data, bool overwrite, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("The SQLite driver of Qt is not installed, so no document can be written.");
        return false;
    }
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isDir() || (info.exists() && !info.isFile())) {
        *error = tr("%1 is not a file and cannot be replaced by a document.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (info.exists() && !overwrite) {
        *error = tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    DocumentLock::Outcome outcome;
    const std::unique_ptr<DocumentLock> lock = DocumentLock::acquire(path, &outcome);
    if (outcome == DocumentLock::Outcome::HeldElsewhere) {
        *error = tr("%1 is open in another window or program and cannot be replaced.").arg(name);
        return false;
    }

    // Written beside the target and renamed over it: the path holds the old file or the new one,
    // never neither and never half of one.
    const QString temporary = path + QLatin1String(".new");
    QString problem = writeNewFile(temporary, data);
    if (problem.isEmpty() && !DocumentPath::removeSideFiles(path))
        problem = tr("the journal files beside it cannot be removed");
    if (problem.isEmpty())
        PlatformFile::renameOver(temporary, path, &problem);
    if (!problem.isEmpty()) {
        QFile::remove(temporary);
        DocumentPath::removeSideFiles(temporary);
        *error = tr("%1 cannot be written: %2").arg(name, problem);
        return false;
    }
    if (!PlatformFile::syncFolder(info.absolutePath())) {
        *error = tr("%1 was written, but its folder could not be synced to the disk.").arg(name);
        return false;
    }
    return true;
}

QString DocumentStore::writeNewFile(const QString &path, const DocumentData &data)
{
    QFile::remove(path);
    DocumentPath::removeSideFiles(path);
    const QString connection = nextConnectionName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = StoreSql::describe(db.lastError());
        } else {
            // synchronous = FULL makes the commit fsync the file, so the file is on the disk
            // before it is renamed into place.
            const bool synced = exec(db, QStringLiteral("PRAGMA synchronous = FULL"), &error);
            Transaction transaction(db);
            if (synced && !transaction.isOpen())
                error = transaction.error();
            else if (synced
                     && std::all_of(std::begin(migrations), std::end(migrations),
                                    [&](const char *script) { return execScript(db, script, &error); })
                     && exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &error)
                     && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), &error)
                     && StoreSql::writeAll(db, data, &error))
                transaction.commit(&error);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

bool DocumentStore::apply(StoreBatch *batch, QString *error)
{
    if (m_readOnly) {
        *error = tr("The document is read-only.");
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    return StoreSql::writeBatch(m_db, *batch, error) && HistorySql::append(m_db, &batch->history, error)
            && transaction.commit(error);
}

bool DocumentStore::replaceHistory(const QList<HistoryEntry> &entries, QString *error)
{
    if (m_readOnly) {
        *error = tr("The document is read-only.");
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    return HistorySql::replace(m_db, entries, error) && transaction.commit(error);
}
