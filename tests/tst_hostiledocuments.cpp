#include "document/document.h"
#include "profile/templatelibrary.h"
#include "store/documentfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

using Failure = DocumentStore::Failure;

namespace {

// Another program's connection to a file, held open for as long as a test needs it.
class OtherProgram
{
public:
    explicit OtherProgram(const QString &path, const QString &connection = u"other-program"_s)
        : m_connection(connection)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~OtherProgram()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(m_db);
        const bool ok = query.exec(sql) && (!query.isSelect() || query.next());
        if (!ok)
            qWarning() << sql << query.lastError().text();
        return ok;
    }
    QStringList column(const QString &sql)
    {
        QStringList values;
        QSqlQuery query(m_db);
        query.exec(sql);
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }
    bool copyRows(OtherProgram &from, const QString &table)
    {
        QSqlQuery select(from.m_db);
        if (!select.exec(u"SELECT * FROM %1"_s.arg(table)))
            return false;
        const int columns = select.record().count();
        QSqlQuery insert(m_db);
        if (!insert.prepare(u"INSERT INTO %1 VALUES (%2)"_s.arg(table, QStringList(columns, u"?"_s).join(u','))))
            return false;
        while (select.next()) {
            for (int i = 0; i < columns; ++i)
                insert.bindValue(i, select.value(i));
            if (!insert.exec())
                return false;
        }
        return true;
    }

private:
    QString m_connection;
    QSqlDatabase m_db;
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const CellRef editedCell { u"T5"_s, u"2010601"_s, u"basic"_s };

} // namespace

// Every kind of hostile or unlucky file the store may be given, each with its expected outcome:
// refused with a message that says what is wrong, opened read-only with the reason, or opened
// as it should be.
class TestHostileDocuments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void triggerIsRefused();
    void viewIsRefused();
    void hugeBlobInATextIsRefused();
    void hugeTextHiddenBehindANulIsRefused();
    void extraTableIsIgnored();
    void newerSchemaIsRefusedAndUntouched();
    void olderEmptySchemaIsRefusedAndUntouched();
    void negativeSchemaVersionIsRefused();
    void wrongApplicationIdIsRefused();
    void hotJournalIsRolledBack();
    void replacingAFileWithAHotJournal();
    void walFromACrashIsRecovered();
    void walOfAnotherDocumentIsRefused();
    void shmOfAnotherDocumentIsHarmless();
    void readOnlyFileOpensReadOnly();
    void readOnlyFolderOpensReadOnly();
    void readOnlyFileWithHotJournalCannotBeRecovered();
    void fileLockedByAnotherProgram();
    void readerInAnotherProgramDoesNotBlockEdits();
    void readerInAnotherProgramWhileOpeningMakesItReadOnly();
    void zeroByteFile();
    void directory();
    void fifo();
    void symlinkLoop();
    void textInANumberColumn_data();
    void textInANumberColumn();
    void negativeWhereForbidden();
    void utf16Database();

private:
    QString sample(const QString &name = u"sample.fadb"_s);
    QString crashedCopy();
    static DocumentFile::Opened open(const QString &path);
    void expectRefused(const QString &path, Failure failure, const QString &message);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostileDocuments::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// A copy of the sample taken while a transaction is half written, as a crash leaves it: the file
// holds uncommitted pages (the cache is too small to keep them) and the journal the pages they
// replaced.
QString TestHostileDocuments::crashedCopy()
{
    const QString path = sample();
    const QString crashed = m_dir->filePath(u"crashed.fadb"_s);
    const QByteArray committed = contents(path);
    OtherProgram other(path);
    const bool halfWritten = other.exec(u"PRAGMA cache_size = 1"_s) && other.exec(u"BEGIN"_s)
            && other.exec(u"UPDATE cell SET value = value + 1"_s)
            && other.exec(u"INSERT INTO free_text VALUES ('part4', hex(randomblob(30000)))"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!halfWritten || !QFile::copy(path, crashed) || !QFile::copy(path + u"-journal"_s, crashed + u"-journal"_s)
        || contents(crashed) == committed)
        qWarning("the crashed copy is not half written");
    return crashed;
}

QString TestHostileDocuments::sample(const QString &name)
{
    const QString path = m_dir->filePath(name);
    const QString error = TestSupport::writeSampleFile(path);
    if (!error.isEmpty())
        qWarning() << error;
    return path;
}

DocumentFile::Opened TestHostileDocuments::open(const QString &path)
{
    return DocumentFile::open(path, TestSupport::library());
}

void TestHostileDocuments::expectRefused(const QString &path, Failure failure, const QString &message)
{
    const auto opened = open(path);
    QVERIFY(!opened.document);
    QCOMPARE(opened.failure, failure);
    QVERIFY2(opened.message.contains(message), qPrintable(opened.message));
}

void TestHostileDocuments::triggerIsRefused()
{
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { u"CREATE TRIGGER t AFTER INSERT ON cell BEGIN DELETE FROM cell; END"_s }),
             QString());
    expectRefused(path, Failure::Foreign, u"triggers or views"_s);
}

void TestHostileDocuments::viewIsRefused()
{
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { u"CREATE VIEW v AS SELECT * FROM cell"_s }), QString());
    expectRefused(path, Failure::Foreign, u"triggers or views"_s);
}

void TestHostileDocuments::hugeBlobInATextIsRefused()
{
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { u"UPDATE free_text SET value = zeroblob(200 * 1024 * 1024) "
                                         "WHERE key = 'part4'"_s }),
             QString());
    expectRefused(path, Failure::Damaged, u"value of free_text (part4) must be a text but holds blob"_s);
}

void TestHostileDocuments::hugeTextHiddenBehindANulIsRefused()
{
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { u"UPDATE free_text SET value = CAST(zeroblob(1024 * 1024) AS TEXT) "
                                         "WHERE key = 'part4'"_s }),
             QString());
    expectRefused(path, Failure::Damaged, u"the text value of free_text (part4) is longer than 200000 characters"_s);
}

void TestHostileDocuments::extraTableIsIgnored()
{
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { u"CREATE TABLE extra (x)"_s, u"INSERT INTO extra VALUES (42)"_s }), QString());
    const auto opened = open(path);
    QVERIFY2(opened.document, qPrintable(opened.message));
    QCOMPARE(opened.document->data().cells, TestSupport::sampleDocument()->data().cells);
}

void TestHostileDocuments::newerSchemaIsRefusedAndUntouched()
{
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { u"PRAGMA user_version = 99"_s }), QString());
    const QByteArray before = contents(path);
    expectRefused(path, Failure::Newer, u"newer version"_s);
    QCOMPARE(contents(path), before);
}

void TestHostileDocuments::olderEmptySchemaIsRefusedAndUntouched()
{
    // Format 0 is a file with the application id and no tables: the upgrade succeeds, the
    // reading does not, and the upgrade is not kept.
    const QString path = m_dir->filePath(u"old.fadb"_s);
    QCOMPARE(TestSupport::runSql(path, { u"PRAGMA application_id = 1178682434"_s }), QString());
    const QByteArray before = contents(path);
    expectRefused(path, Failure::Damaged, u"names no template"_s);
    QCOMPARE(contents(path), before);
}

void TestHostileDocuments::negativeSchemaVersionIsRefused()
{
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { u"PRAGMA user_version = -1"_s }), QString());
    expectRefused(path, Failure::Damaged, u"file format number -1"_s);
}

void TestHostileDocuments::wrongApplicationIdIsRefused()
{
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { u"PRAGMA application_id = 7"_s }), QString());
    expectRefused(path, Failure::Foreign, u"another application"_s);
}

void TestHostileDocuments::hotJournalIsRolledBack()
{
    const QString crashed = crashedCopy();
    const auto opened = open(crashed);
    QVERIFY2(opened.document, qPrintable(opened.message));
    QCOMPARE(opened.document->data().cells, TestSupport::sampleDocument()->data().cells);
    QCOMPARE(opened.document->data().texts, TestSupport::sampleDocument()->data().texts);
}

void TestHostileDocuments::replacingAFileWithAHotJournal()
{
    // What a crash of the old file left beside it must not be rolled into the new one.
    const QString crashed = crashedCopy();
    QFile shm(crashed + u"-shm"_s);
    QVERIFY(shm.open(QIODevice::WriteOnly));
    shm.write(QByteArray(32768, '\x5a'));
    shm.close();
    const auto created = DocumentFile::create(crashed, TestSupport::library().find(u"hubei-2024"_s),
                                              TestSupport::emptyDocument()->data(), true, TestSupport::library());
    QVERIFY2(created.document, qPrintable(created.message));
    QVERIFY(created.document->data().cells.isEmpty());
    QCOMPARE(created.document->data().department.name, u"测试局"_s);
    QVERIFY(!QFileInfo::exists(crashed + u"-journal"_s));
}

void TestHostileDocuments::walFromACrashIsRecovered()
{
    const QString path = sample();
    const QString crashed = m_dir->filePath(u"crashed.fadb"_s);
    {
        const auto opened = open(path);
        QVERIFY(opened.document && !opened.document->isReadOnly());
        QString error;
        QVERIFY(opened.document->enterCell(editedCell, u"600.5"_s, MoneyUnit::Wanyuan, &error));
        // While the editor is open the edit is in the log, not yet in the file.
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + u"-wal"_s, crashed + u"-wal"_s));
    }
    DocumentStore::OpenResult result = DocumentStore::open(crashed);
    QVERIFY2(result.store, qPrintable(result.message));
    QVERIFY(result.recovered);
    QCOMPARE(result.data.cells.value(editedCell), qint64(600'500'000));
}

void TestHostileDocuments::walOfAnotherDocumentIsRefused()
{
    const QString path = sample();
    const QString other = sample(u"other.fadb"_s);
    {
        const auto opened = open(other);
        QString error;
        QVERIFY(opened.document->enterCell(editedCell, u"1"_s, MoneyUnit::Wanyuan, &error));
        QVERIFY(QFile::copy(other + u"-wal"_s, path + u"-wal"_s));
    }
    const QByteArray before = contents(path);
    expectRefused(path, Failure::Damaged, u"sample.fadb-wal beside sample.fadb belongs to another file"_s);
    QCOMPARE(contents(path), before);
}

void TestHostileDocuments::shmOfAnotherDocumentIsHarmless()
{
    const QString path = sample();
    const QString other = sample(u"other.fadb"_s);
    {
        const auto opened = open(other);
        QString error;
        QVERIFY(opened.document->enterCell(editedCell, u"1"_s, MoneyUnit::Wanyuan, &error));
        QVERIFY(QFile::copy(other + u"-shm"_s, path + u"-shm"_s));
    }
    const auto opened = open(path);
    QVERIFY2(opened.document && !opened.document->isReadOnly(), qPrintable(opened.message));
    QCOMPARE(opened.document->data().cells, TestSupport::sampleDocument()->data().cells);
}

void TestHostileDocuments::readOnlyFileOpensReadOnly()
{
    const QString path = sample();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto opened = open(path);
    QVERIFY2(opened.document, qPrintable(opened.message));
    QVERIFY(opened.document->isReadOnly());
    QVERIFY(opened.message.contains(u"is read-only"_s));
    QString error;
    QVERIFY(!opened.document->enterCell(editedCell, u"1"_s, MoneyUnit::Wanyuan, &error));
}

void TestHostileDocuments::readOnlyFolderOpensReadOnly()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"locked"_s));
    const QString path = sample(u"locked/sample.fadb"_s);
    const QString folder = m_dir->filePath(u"locked"_s);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto opened = open(path);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY2(opened.document, qPrintable(opened.message));
    QVERIFY(opened.document->isReadOnly());
    QCOMPARE(opened.document->data().cells, TestSupport::sampleDocument()->data().cells);
}

void TestHostileDocuments::readOnlyFileWithHotJournalCannotBeRecovered()
{
    const QString crashed = crashedCopy();
    QVERIFY(QFile::setPermissions(crashed, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = contents(crashed);
    expectRefused(crashed, Failure::NeedsRecovery, u"can only be recovered with write access"_s);
    QCOMPARE(contents(crashed), before);
}

void TestHostileDocuments::fileLockedByAnotherProgram()
{
    const QString path = sample();
    OtherProgram other(path);
    QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
    expectRefused(path, Failure::InUse, u"in use by another program"_s);
}

void TestHostileDocuments::readerInAnotherProgramDoesNotBlockEdits()
{
    const QString path = sample();
    const auto opened = open(path);
    QVERIFY(opened.document && !opened.document->isReadOnly());
    OtherProgram other(path);
    QVERIFY(other.exec(u"PRAGMA journal_mode"_s));
    QVERIFY(other.exec(u"BEGIN"_s));
    QVERIFY(other.exec(u"SELECT count(*) FROM cell"_s));
    QString error;
    QVERIFY(opened.document->enterCell(editedCell, u"600.5"_s, MoneyUnit::Wanyuan, &error));
    QVERIFY2(!opened.document->isReadOnly(), qPrintable(opened.document->readOnlyReason()));
}

void TestHostileDocuments::readerInAnotherProgramWhileOpeningMakesItReadOnly()
{
    // At rest the file has a rollback journal, and WAL cannot be turned on under a reader.
    const QString path = sample();
    OtherProgram other(path);
    QVERIFY(other.exec(u"BEGIN"_s));
    QVERIFY(other.exec(u"SELECT count(*) FROM cell"_s));
    const auto opened = open(path);
    QVERIFY2(opened.document, qPrintable(opened.message));
    QVERIFY(opened.document->isReadOnly());
    QVERIFY2(opened.message.contains(u"in use by another program, so it was opened read-only"_s), qPrintable(opened.message));
}

void TestHostileDocuments::zeroByteFile()
{
    const QString path = m_dir->filePath(u"empty.fadb"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    expectRefused(path, Failure::NotSqlite, u"is empty (0 bytes)"_s);
}

void TestHostileDocuments::directory()
{
    QVERIFY(QDir(m_dir->path()).mkdir(u"folder.fadb"_s));
    expectRefused(m_dir->filePath(u"folder.fadb"_s), Failure::NotAFile, u"is a folder"_s);
}

void TestHostileDocuments::fifo()
{
#ifdef Q_OS_UNIX
    const QString path = m_dir->filePath(u"pipe.fadb"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    expectRefused(path, Failure::NotAFile, u"it is a pipe"_s);
#else
    QSKIP("FIFOs are a POSIX thing");
#endif
}

void TestHostileDocuments::symlinkLoop()
{
    const QString a = m_dir->filePath(u"a.fadb"_s);
    const QString b = m_dir->filePath(u"b.fadb"_s);
    if (!QFile::link(b, a) || !QFile::link(a, b))
        QSKIP("this file system has no symbolic links");
    expectRefused(a, Failure::NotAFile, u"leads back to itself"_s);
}

void TestHostileDocuments::textInANumberColumn_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << u"UPDATE cell SET value = 'abc' WHERE sheet = 'T5' AND row_key = '2010601' AND column_key = 'basic'"_s
                          << u"value of cell (T5, 2010601, basic) must be a whole number but holds text"_s;
    QTest::newRow("blob") << u"UPDATE cell SET value = x'01' WHERE sheet = 'T5' AND row_key = '2010601' AND column_key = 'basic'"_s
                          << u"value of cell (T5, 2010601, basic) must be a whole number but holds blob"_s;
    QTest::newRow("real") << u"UPDATE cell SET value = 1.5 WHERE sheet = 'T5' AND row_key = '2010601' AND column_key = 'basic'"_s
                          << u"value of cell (T5, 2010601, basic) must be a whole number but holds real"_s;
    QTest::newRow("project budget as text") << u"UPDATE project_fund SET amount = 'abc' WHERE source = 'appropriation' AND budget_column = 'fullBudget'"_s
                                            << u"amount of project_fund (1, appropriation, fullBudget) must be a whole number but holds text"_s;
    QTest::newRow("beyond 10^12 yuan")
            << u"UPDATE cell SET value = 9223372036854775807 WHERE sheet = 'T5' AND row_key = '2010601' AND column_key = 'basic'"_s
            << u"the number value of cell (T5, 2010601, basic) lies beyond"_s;
    QTest::newRow("project id at the end of qint64") << u"UPDATE project SET id = 9223372036854775807 WHERE position = 0"_s
                                                    << u"the number id of project"_s;
}

void TestHostileDocuments::textInANumberColumn()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { sql }), QString());
    expectRefused(path, Failure::Damaged, message);
}

void TestHostileDocuments::negativeWhereForbidden()
{
    const QString path = sample();
    QCOMPARE(TestSupport::runSql(path, { u"UPDATE cell SET value = -5 WHERE sheet = 'T5' AND row_key = '2010601' AND column_key = 'basic'"_s }),
             QString());
    expectRefused(path, Failure::Damaged, u"cell T5.2010601.basic holds -5. A negative value is not allowed here."_s);
}

void TestHostileDocuments::utf16Database()
{
    // SQLite attaches only databases of the same encoding, so the rows are copied through Qt.
    const QString original = sample();
    const QString path = m_dir->filePath(u"utf16.fadb"_s);
    {
        OtherProgram from(original);
        OtherProgram to(path, u"utf16"_s);
        QVERIFY(to.exec(u"PRAGMA encoding = 'UTF-16le'"_s));
        for (const QString &sql : from.column(u"SELECT sql FROM sqlite_master WHERE type = 'table'"_s))
            QVERIFY(to.exec(sql));
        for (const QString &table : from.column(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
            QVERIFY(to.copyRows(from, table));
        QVERIFY(to.exec(u"PRAGMA application_id = 1178682434"_s) && to.exec(u"PRAGMA user_version = %1"_s.arg(DocumentStore::SchemaVersion)));
        QCOMPARE(to.column(u"PRAGMA encoding"_s), QStringList { u"UTF-16le"_s });
    }
    const auto sampleDocument = TestSupport::sampleDocument();
    {
        const auto opened = open(path);
        QVERIFY2(opened.document && !opened.document->isReadOnly(), qPrintable(opened.message));
        QCOMPARE(opened.document->data().texts, sampleDocument->data().texts);
        QCOMPARE(opened.document->data().department, sampleDocument->data().department);
        QCOMPARE(opened.document->data().cells, sampleDocument->data().cells);
        QString error;
        QVERIFY(opened.document->enterCell(editedCell, u"600.5"_s, MoneyUnit::Wanyuan, &error));
        QVERIFY(!opened.document->isReadOnly());
    }
    QCOMPARE(open(path).document->value(editedCell), qint64(600'500'000));
}

QTEST_GUILESS_MAIN(TestHostileDocuments)
#include "tst_hostiledocuments.moc"
