#include "commands/addremoveproject.h"
#include "commands/setcellvalue.h"
#include "commands/settext.h"
#include "document/document.h"
#include "store/documentfile.h"
#include "store/documentstore.h"
#include "interchange/interchange.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
    void notFound();
    void notSqlite();
    void foreignSqlite();
    void damagedFile();
    void newerVersionIsRefusedAndUntouched();
    void readOnlyFileOpensReadOnly();
    void fileOpenElsewhereOpensReadOnly();
    void triggersAreRefused();
    void existingFileIsNotOverwritten();

private:
    QString samplePath();
    static void runSql(const QString &path, const QStringList &statements);

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
    const auto sample = TestSupport::sampleDocument();
    const auto created = DocumentFile::create(path, TestSupport::library().find(u"hubei-2024"_s), sample->data(), false,
                                              TestSupport::library());
    if (!created.document)
        qWarning() << created.message;
    return path;
}

void TestStore::runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
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
    runSql(path, { u"CREATE TABLE t (x)"_s, u"INSERT INTO t VALUES (1)"_s });
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

void TestStore::newerVersionIsRefusedAndUntouched()
{
    const QString path = samplePath();
    runSql(path, { u"PRAGMA user_version = 99"_s });
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QCOMPARE(opened.failure, DocumentStore::Failure::Newer);
    QVERIFY(opened.message.contains(u"newer version"_s));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void TestStore::readOnlyFileOpensReadOnly()
{
    const QString path = samplePath();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QVERIFY2(opened.document, qPrintable(opened.message));
    QVERIFY(opened.document->isReadOnly());
    QVERIFY(opened.message.contains(u"read-only"_s));
    QString error;
    QVERIFY(!opened.document->enterCell({ u"T5"_s, u"2010601"_s, u"basic"_s }, u"1"_s, MoneyUnit::Wanyuan, &error));
    QCOMPARE(opened.document->value({ u"T5"_s, u"total"_s, u"total"_s }), qint64(4'116'420'000));
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

void TestStore::triggersAreRefused()
{
    const QString path = samplePath();
    runSql(path, { u"CREATE TRIGGER t AFTER INSERT ON cell BEGIN DELETE FROM cell; END"_s });
    const auto opened = DocumentFile::open(path, TestSupport::library());
    QVERIFY(!opened.document);
    QCOMPARE(opened.failure, DocumentStore::Failure::Foreign);
}

void TestStore::existingFileIsNotOverwritten()
{
    const QString path = samplePath();
    QString error;
    QVERIFY(!DocumentStore::create(path, DocumentData(), false, &error));
    QVERIFY(error.contains(u"already exists"_s));
    QVERIFY(DocumentFile::open(path, TestSupport::library()).document);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
