#include "commands/addremoveproject.h"
#include "commands/changedepartment.h"
#include "commands/setcellvalue.h"
#include "commands/settext.h"
#include "document/document.h"
#include "store/documentfile.h"
#include "store/documentstore.h"
#include "interchange/interchange.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

// The document file: write-through of every edit, and every way opening a file can go wrong.
class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripKeepsEveryInput();
    void everyEditIsWrittenThrough();
    void undoIsWrittenThrough();
    void publicationDateIsWrittenThrough();
    void notFound();
    void notSqlite();
    void foreignSqlite();
    void damagedFile();
    void fileOpenElsewhereOpensReadOnly();
    void existingFileIsNotOverwritten();
    void walWhileEditingRollbackJournalAtRest();
    void symlinkFindsTheFileLocked();
    void hardLinkFindsTheFileLocked();
    void replacingAFileOpenElsewhereIsRefused();
    void replacingLeavesNoTemporary();
    void tooLongATextIsNotWritten();

private:
    QString samplePath();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestStore::samplePath()
{
    const QString path = m_dir->filePath(u"sample.fadb"_s);
    const QString error = TestSupport::writeSampleFile(path);
    if (!error.isEmpty())
        qWarning() << error;
    return path;
}

void TestStore::roundTripKeepsEveryInput()
{
    const QString path = samplePath();
    const auto sample = TestSupport::sampleDocument();
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QVERIFY2(opened.document, qPrintable(opened.message));
    QVERIFY(!opened.document->isReadOnly());
    const DocumentData &a = sample->data();
    const DocumentData &b = opened.document->data();
    QCOMPARE(b.cells, a.cells);
    QCOMPARE(b.classRows, a.classRows);
    QCOMPARE(b.texts, a.texts);
    QCOMPARE(b.projects, a.projects);
    QCOMPARE(b.department, a.department);
    QCOMPARE(b.notes, a.notes);
    QCOMPARE(Interchange::write(*opened.document), Interchange::write(*sample));
}

void TestStore::everyEditIsWrittenThrough()
{
    const QString path = samplePath();
    const CellRef cell { u"T5"_s, u"2010601"_s, u"basic"_s };
    {
        auto opened = DocumentFile::open(path, TestSupport::library());
        QVERIFY(opened.document);
        QSignalSpy saved(opened.document.get(), &Document::saved);
        QString error;
        QVERIFY(opened.document->enterCell(cell, u"600.5"_s, MoneyUnit::Wanyuan, &error));
        opened.document->push(new SetText(opened.document.get(), u"part4"_s, u"本年无其他需要说明的情况。"_s));
        opened.document->push(new RemoveProject(opened.document.get(), 0));
        QCOMPARE(saved.count(), 3);
        // No save, no close: the document is dropped as a crash would drop it.
    }
    const auto reopened = DocumentFile::open(path, TestSupport::library());
    QVERIFY(reopened.document);
    QCOMPARE(reopened.document->value(cell), qint64(600'500'000));
    QCOMPARE(reopened.document->data().texts.value(u"part4"_s), u"本年无其他需要说明的情况。"_s);
    QCOMPARE(reopened.document->data().projects.size(), 10);
    QCOMPARE(reopened.document->value({ u"T5"_s, u"total"_s, u"total"_s }), qint64(4'160'290'000));
}

void TestStore::undoIsWrittenThrough()
{
    const QString path = samplePath();
    const CellRef cell { u"T9"_s, u"main"_s, u"a_recv"_s };
    {
        auto opened = DocumentFile::open(path, TestSupport::library());
        QString error;
        QVERIFY(opened.document->enterCell(cell, u"0.5"_s, MoneyUnit::Wanyuan, &error));
        opened.document->undoStack()->undo();
    }
    const auto reopened = DocumentFile::open(path, TestSupport::library());
    QCOMPARE(reopened.document->value(cell), qint64(330'000));
}

void TestStore::publicationDateIsWrittenThrough()
{
    const QString path = samplePath();
    {
        auto opened = DocumentFile::open(path, TestSupport::library());
        QVERIFY(!opened.document->data().department.published.isValid());
        DepartmentInfo department = opened.document->data().department;
        department.published = QDate(2025, 9, 10);
        opened.document->push(new ChangeDepartment(opened.document.get(), department));
    }
    {
        auto reopened = DocumentFile::open(path, TestSupport::library());
        QCOMPARE(reopened.document->data().department.published, QDate(2025, 9, 10));
        QVERIFY(Interchange::write(*reopened.document).contains("\"published\": \"2025-09-10\""));
        // Back to unknown: the file holds no date any more, not an empty or a made-up one.
        DepartmentInfo department = reopened.document->data().department;
        department.published = QDate();
        reopened.document->push(new ChangeDepartment(reopened.document.get(), department));
    }
    {
        const auto again = DocumentFile::open(path, TestSupport::library());
        QVERIFY(!again.document->data().department.published.isValid());
    }
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"published"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(u"SELECT COUNT(*) FROM meta WHERE key LIKE 'department.%'"_s, db);
        QVERIFY(query.next());
        rows = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"published"_s);
    QCOMPARE(rows, 3); // name, code and year
}

void TestStore::notFound()
{
    const auto opened = DocumentFile::open(m_dir->filePath(u"missing.fadb"_s), TestSupport::library());
    QVERIFY(!opened.document);
    QCOMPARE(opened.failure, DocumentStore::Failure::NotFound);
    QVERIFY(opened.message.contains(u"does not exist"_s));
}

void TestStore::notSqlite()
{
    const QString path = m_dir->filePath(u"text.fadb"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("这是一个文本文件，不是数据库。\n");
    file.close();
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QCOMPARE(opened.failure, DocumentStore::Failure::NotSqlite);
    QVERIFY(opened.message.contains(u"not an SQLite database"_s));
}

void TestStore::foreignSqlite()
{
    const QString path = m_dir->filePath(u"other.db"_s);
    QCOMPARE(TestSupport::runSql(path, { u"CREATE TABLE t (x)"_s, u"INSERT INTO t VALUES (1)"_s }), QString());
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QCOMPARE(opened.failure, DocumentStore::Failure::Foreign);
    QVERIFY(opened.message.contains(u"another application"_s));
}

void TestStore::damagedFile()
{
    const QString path = samplePath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 8192);
    // Keep the header, scribble over the pages behind it.
    file.seek(4096);
    file.write(QByteArray(size - 4096, '\x5a'));
    file.close();
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QVERIFY(!opened.document);
    QCOMPARE(opened.failure, DocumentStore::Failure::Damaged);
    QVERIFY2(opened.message.contains(u"damaged"_s), qPrintable(opened.message));
}

void TestStore::fileOpenElsewhereOpensReadOnly()
{
    const QString path = samplePath();
    const auto first = DocumentFile::open(path, TestSupport::library());
    QVERIFY(first.document && !first.document->isReadOnly());
    const auto second = DocumentFile::open(path, TestSupport::library());
    QVERIFY(second.document);
    QVERIFY(second.document->isReadOnly());
    QVERIFY(second.message.contains(u"already open"_s));
}

void TestStore::existingFileIsNotOverwritten()
{
    const QString path = samplePath();
    QString error;
    QVERIFY(!DocumentStore::create(path, DocumentData(), false, &error));
    QVERIFY(error.contains(u"already exists"_s));
    QVERIFY(DocumentFile::open(path, TestSupport::library()).document);
}

namespace {

QString journalMode(const QString &path)
{
    QString mode;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"mode"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.open();
        QSqlQuery query(u"PRAGMA journal_mode"_s, db);
        if (query.next())
            mode = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(u"mode"_s);
    return mode;
}

} // namespace

void TestStore::walWhileEditingRollbackJournalAtRest()
{
    const QString path = samplePath();
    QCOMPARE(journalMode(path), u"delete"_s);
    {
        const auto opened = DocumentFile::open(path, TestSupport::library());
        QVERIFY(opened.document && !opened.document->isReadOnly());
        QCOMPARE(journalMode(path), u"wal"_s);
        QString error;
        QVERIFY(opened.document->enterCell({ u"T5"_s, u"2010601"_s, u"basic"_s }, u"1"_s, MoneyUnit::Wanyuan, &error));
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
        // A second, read-only instance leaves the mode alone.
        QVERIFY(DocumentFile::open(path, TestSupport::library()).document->isReadOnly());
        QCOMPARE(journalMode(path), u"wal"_s);
    }
    QCOMPARE(journalMode(path), u"delete"_s);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

void TestStore::symlinkFindsTheFileLocked()
{
    const QString path = samplePath();
    const QString link = m_dir->filePath(u"link.fadb"_s);
    if (!QFile::link(path, link))
        QSKIP("this file system has no symbolic links");
    const auto first = DocumentFile::open(path, TestSupport::library());
    QVERIFY(first.document && !first.document->isReadOnly());
    const auto second = DocumentFile::open(link, TestSupport::library());
    QVERIFY(second.document);
    QVERIFY(second.document->isReadOnly());
    QVERIFY(second.message.contains(u"already open"_s));
}

void TestStore::hardLinkFindsTheFileLocked()
{
    const QString path = samplePath();
    QVERIFY(QDir(m_dir->path()).mkdir(u"elsewhere"_s));
    const QString link = m_dir->filePath(u"elsewhere/hard.fadb"_s);
#ifdef Q_OS_UNIX
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()), 0);
#else
    QSKIP("hard links are made with POSIX link() here");
#endif
    const auto first = DocumentFile::open(link, TestSupport::library());
    QVERIFY(first.document && !first.document->isReadOnly());
    const auto second = DocumentFile::open(path, TestSupport::library());
    QVERIFY(second.document);
    QVERIFY(second.document->isReadOnly());
    QVERIFY(second.message.contains(u"already open"_s));
}

void TestStore::replacingAFileOpenElsewhereIsRefused()
{
    const QString path = samplePath();
    const auto first = DocumentFile::open(path, TestSupport::library());
    QVERIFY(first.document);
    QString error;
    QVERIFY(!DocumentStore::create(path, TestSupport::emptyDocument()->data(), true, &error));
    QVERIFY2(error.contains(u"open in another window"_s), qPrintable(error));
    QCOMPARE(first.document->data().cells, TestSupport::sampleDocument()->data().cells);
}

void TestStore::replacingLeavesNoTemporary()
{
    const QString path = samplePath();
    QFile leftover(path + u".new"_s); // from a replacement that was killed half way
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("half a file");
    leftover.close();
    QString error;
    QVERIFY2(DocumentStore::create(path, TestSupport::emptyDocument()->data(), true, &error), qPrintable(error));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { u"sample.fadb"_s });
}

void TestStore::tooLongATextIsNotWritten()
{
    const QString path = samplePath();
    {
        const auto opened = DocumentFile::open(path, TestSupport::library());
        QSignalSpy failed(opened.document.get(), &Document::saveFailed);
        opened.document->push(new SetText(opened.document.get(), u"part4"_s, QString(200'001, u'字')));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"a text of more than 200000 characters cannot be saved"_s));
        QVERIFY(opened.document->isReadOnly());
    }
    const auto reopened = DocumentFile::open(path, TestSupport::library());
    QVERIFY2(reopened.document, qPrintable(reopened.message));
    QCOMPARE(reopened.document->data().texts, TestSupport::sampleDocument()->data().texts);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
