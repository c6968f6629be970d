#include "document/document.h"
#include "document/recalculator.h"
#include "document/sheetlayout.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The bundled template profiles and code books.
class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void bothProfilesAreInstalled();
    void everyFormulaResolvesWithEveryCode_data();
    void everyFormulaResolvesWithEveryCode();
    void tableOrderAndTitles_data();
    void tableOrderAndTitles();
    void sangongColumnsPerProfile();
    void shanghaiStateOwnedTableHasIncome();
    void codeBooks();
    void provinceFolderNeedsNoCode();
};

void TestTemplates::bothProfilesAreInstalled()
{
    QCOMPARE(TestSupport::library().ids(), QStringList({ u"hubei-2024"_s, u"shanghai-2024"_s }));
}

void TestTemplates::everyFormulaResolvesWithEveryCode_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("hubei") << u"hubei-2024"_s;
    QTest::newRow("shanghai") << u"shanghai-2024"_s;
}

void TestTemplates::everyFormulaResolvesWithEveryCode()
{
    QFETCH(QString, id);
    const auto t = TestSupport::library().find(id);
    QStringList items;
    for (const CodeEntry &entry : t->functionalBook().entries()) {
        if (CodeBook::levelOf(entry.code) == CodeBook::Item)
            items.append(entry.code);
    }
    QMap<QString, QStringList> rows;
    for (const TableDef &table : t->tables()) {
        if (table.hasClassificationRows())
            rows.insert(table.id, items);
    }
    const SheetLayout layout(*t, rows);
    QString error;
    const Recalculator graph(layout, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(graph.cellCount() > 10000);
}

void TestTemplates::tableOrderAndTitles_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QString>("t6Title");
    QTest::addColumn<QString>("t1Number");
    QTest::newRow("hubei") << u"hubei-2024"_s
                           << QStringList { u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s, u"T5"_s, u"T6"_s, u"T7"_s, u"T8"_s, u"T9"_s }
                           << u"一般公共预算财政拨款基本支出决算明细表"_s << u"公开01表"_s;
    QTest::newRow("shanghai") << u"shanghai-2024"_s
                              << QStringList { u"T1"_s, u"T2"_s, u"T3"_s, u"T4"_s, u"T5"_s, u"T6"_s, u"T9"_s, u"T7"_s, u"T8"_s }
                              << u"一般公共预算财政拨款基本支出决算表"_s << QString();
}

void TestTemplates::tableOrderAndTitles()
{
    QFETCH(QString, id);
    QFETCH(QStringList, order);
    QFETCH(QString, t6Title);
    QFETCH(QString, t1Number);
    const auto t = TestSupport::library().find(id);
    QStringList ids;
    for (const TableDef &table : t->tables())
        ids.append(table.id);
    QCOMPARE(ids, order);
    QCOMPARE(t->table(u"T6"_s)->title, t6Title);
    QCOMPARE(t->table(u"T1"_s)->number, t1Number);
    QCOMPARE(t->classes().size(), 26);
}

void TestTemplates::sangongColumnsPerProfile()
{
    const auto columns = [](const QString &id) {
        QStringList keys;
        for (const ColumnDef &c : TestSupport::library().find(id)->table(u"T9"_s)->blocks.first().columns)
            keys.append(c.key);
        return keys;
    };
    QCOMPARE(columns(u"hubei-2024"_s).mid(0, 3), QStringList({ u"b_total"_s, u"b_abroad"_s, u"b_car"_s }));
    QCOMPARE(columns(u"shanghai-2024"_s).mid(0, 3), QStringList({ u"b_total"_s, u"a_total"_s, u"b_abroad"_s }));

    auto doc = TestSupport::emptyDocument(u"shanghai-2024"_s);
    QString error;
    QVERIFY(doc->enterCell({ u"T9"_s, u"main"_s, u"a_car_run"_s }, u"2"_s, MoneyUnit::Wanyuan, &error));
    QVERIFY(doc->enterCell({ u"T9"_s, u"main"_s, u"a_recv"_s }, u"0.33"_s, MoneyUnit::Wanyuan, &error));
    QCOMPARE(doc->value({ u"T9"_s, u"main"_s, u"a_total"_s }), qint64(2'330'000));
}

void TestTemplates::shanghaiStateOwnedTableHasIncome()
{
    auto doc = TestSupport::emptyDocument(u"shanghai-2024"_s);
    doc->addClassRow(u"T8"_s, u"2010301"_s, {});
    QString error;
    QVERIFY2(doc->enterCell({ u"T8"_s, u"2010301"_s, u"income"_s }, u"10"_s, MoneyUnit::Wanyuan, &error), qPrintable(error));
    QVERIFY(doc->enterCell({ u"T8"_s, u"2010301"_s, u"basic"_s }, u"4"_s, MoneyUnit::Wanyuan, &error));
    QCOMPARE(doc->value({ u"T8"_s, u"2010301"_s, u"eoy"_s }), qint64(6'000'000));
    QCOMPARE(doc->value({ u"T4"_s, u"I_SOE"_s, u"amount"_s }), qint64(10'000'000));
    QCOMPARE(doc->value({ u"T4"_s, u"201"_s, u"soe"_s }), qint64(4'000'000));
    QCOMPARE(doc->value({ u"T4"_s, u"E_EOY"_s, u"soe"_s }), qint64(6'000'000));
    QCOMPARE(doc->value({ u"T1"_s, u"I3"_s, u"amount"_s }), qint64(10'000'000));
}

void TestTemplates::codeBooks()
{
    const auto t = TestSupport::library().find(u"hubei-2024"_s);
    const CodeBook &functional = t->functionalBook();
    QCOMPARE(functional.name(u"2010601"_s), u"行政运行"_s);
    QCOMPARE(functional.qualifiedName(u"2010602"_s), u"一般公共服务支出（类）财政事务（款）一般行政管理事务（项）"_s);
    for (const char *code : { "2010301", "2010306", "2010350", "2080505", "2080506", "2101101", "2101102", "2101103",
                              "2210201", "2210203", "2013901", "2120101", "2200150", "2100717", "2089901" })
        QVERIFY2(functional.contains(QString::fromLatin1(code)), code);
    const CodeBook &economic = t->economicBook();
    QCOMPARE(economic.name(u"30217"_s), u"公务接待费"_s);
    QCOMPARE(economic.children(u"303"_s).size(), 12);
    QVERIFY(!functional.search(u"住房公积金"_s).isEmpty());
    QCOMPARE(functional.search(u"2210"_s).first().code, u"22101"_s);
}

void TestTemplates::provinceFolderNeedsNoCode()
{
    // A province adds a profile by dropping a package folder into a folder of its own: a
    // profile.json that extends the national base, and its tables.
    QFile source(u":/profiles/hubei-2024/tables.json"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(u"hunan-2024"_s));
    QFile tables(folder.filePath(u"hunan-2024/tables.json"_s));
    QVERIFY(tables.open(QIODevice::WriteOnly));
    tables.write(source.readAll());
    tables.close();
    QFile profile(folder.filePath(u"hunan-2024/profile.json"_s));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(QJsonDocument(QJsonObject { { u"id"_s, u"hunan-2024"_s },
                                              { u"title"_s, u"湖南省部门决算公开（2024 年度）"_s },
                                              { u"year"_s, 2024 },
                                              { u"extends"_s, u"national"_s } })
                          .toJson());
    profile.close();

    QString error;
    const auto library = TemplateLibrary::load({ { u":/profiles"_s, u"built-in"_s }, { folder.path(), u"test"_s } }, &error);
    QVERIFY2(library, qPrintable(error));
    QCOMPARE(library->ids(), QStringList({ u"hubei-2024"_s, u"hunan-2024"_s, u"shanghai-2024"_s }));
    QCOMPARE(library->find(u"hunan-2024"_s)->source(), u"test"_s);
    DocumentData data;
    data.department.name = u"湖南测试厅"_s;
    auto doc = Document::create(library->find(u"hunan-2024"_s), data, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->data().templateId, u"hunan-2024"_s);
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
