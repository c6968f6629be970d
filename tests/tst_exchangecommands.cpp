#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

// The command line's xlsx, import FILE.xlsx, compare and rollforward, run as a script would run
// them: what they write on success, and on a missing, damaged or foreign file a message, exit
// status 1 and nothing written.
class TestExchangeCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(TestSupport::runApp({ u"sample"_s, u"-o"_s, path("sample.fadb") }).exitCode, 0);
        QFile text(path("text.fadb"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a document");
        text.close();
        QFile half(path("half.xlsx"));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write("PK\x03\x04 and then nothing of a zip");
        // A sound workbook of something else: a list of meetings.
        lxw_workbook *minutes = workbook_new(QFile::encodeName(path("minutes.xlsx")).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(minutes, "Sheet1");
        worksheet_write_string(sheet, 0, 0, "会议纪要", nullptr);
        worksheet_write_number(sheet, 1, 1, 12, nullptr);
        QCOMPARE(workbook_close(minutes), LXW_NO_ERROR);
        // Another application's SQLite database, named like a document.
        QCOMPARE(TestSupport::runSql(path("foreign.fadb"), { u"CREATE TABLE meeting (id INTEGER PRIMARY KEY, topic TEXT)"_s }),
                 QString());
    }

    void xlsxThenImportGivesTheSameTables()
    {
        QCOMPARE(TestSupport::runApp({ u"xlsx"_s, path("sample.fadb"), u"-o"_s, path("sample.xlsx") }).exitCode, 0);
        const auto imported = TestSupport::runApp({ u"import"_s, path("sample.xlsx"), u"-o"_s, path("imported.fadb") });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.err.contains("(sheet \"公开05表\"): 18 figures read"));
        const auto before = TestSupport::runApp({ u"tables"_s, path("sample.fadb") });
        const auto after = TestSupport::runApp({ u"tables"_s, path("imported.fadb") });
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, before.out);
        const auto compared = TestSupport::runApp({ u"compare"_s, path("sample.fadb"), path("imported.fadb") });
        QCOMPARE(compared.exitCode, 0);
        QVERIFY2(compared.out.contains("No differences."), compared.out.constData());
    }

    void compareAsJsonAndPdf()
    {
        QCOMPARE(TestSupport::runApp({ u"rollforward"_s, path("sample.fadb"), u"--year"_s, u"2025"_s, u"-o"_s, path("next.fadb") }).exitCode, 0);
        const auto json = TestSupport::runApp({ u"compare"_s, path("sample.fadb"), path("next.fadb"), u"--json"_s });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(u"after"_s).toString(), u"咸宁市政务服务和大数据管理局 2025"_s);
        QVERIFY(root.value(u"tables"_s).toArray().size() >= 9);
        QVERIFY(!root.value(u"narrative"_s).toArray().isEmpty());
        const auto pdf = TestSupport::runApp({ u"compare"_s, path("sample.fadb"), path("next.fadb"), u"-o"_s, path("compare.pdf") });
        QCOMPARE(pdf.exitCode, 0);
        QVERIFY(QFile(path("compare.pdf")).size() > 1000);
    }

    void rollForwardPrintsItsSummary()
    {
        const auto result = TestSupport::runApp({ u"rollforward"_s, path("sample.fadb"), u"--year"_s, u"2025"_s, u"-o"_s,
                                                  path("rolled.fadb") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Carried:"));
        QVERIFY(result.out.contains("4,117.47"));
        const auto exported = TestSupport::runApp({ u"export"_s, path("rolled.fadb") });
        const QJsonObject root = QJsonDocument::fromJson(exported.out).object();
        QCOMPARE(root.value(u"cells"_s)[u"PRIOR"_s][u"total"_s][u"amount"_s].toString(), u"4117.47"_s);
        QCOMPARE(root.value(u"department"_s)[u"year"_s].toInt(), 2025);
    }

    void rollForwardWithAUserProfilesCodeMap()
    {
        // The next year's profile as a finance bureau ships it: a package in the user's folder with
        // its own id, year and a code map renaming 行政运行's neighbour 2010602 to 2010650.
        QTemporaryDir home;
        const QString package = TestSupport::copyProfile(u"hubei-2024"_s, home.filePath(u"FinalAccounts/final-accounts/profiles"_s),
                                                         u"hubei-2025"_s, [](const QString &part, QJsonObject *json) {
                                                             if (part == u"profile"_s)
                                                                 json->insert(u"year"_s, 2025);
                                                         });
        QFile codeMap(QDir(package).filePath(u"codemap.json"_s));
        QVERIFY(codeMap.open(QIODevice::WriteOnly));
        codeMap.write(R"({ "codes": { "2010602": "2010650" } })");
        codeMap.close();
        const QHash<QString, QString> environment { { u"XDG_DATA_HOME"_s, home.path() } };
        const auto result = TestSupport::runApp({ u"rollforward"_s, path("sample.fadb"), u"--year"_s, u"2025"_s, u"--template"_s,
                                                  u"hubei-2025"_s, u"-o"_s, path("mapped.fadb") },
                                                environment);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("→ 2010650 (last year 3,400.49 万元)"), result.out.constData());
        const QJsonObject root = QJsonDocument::fromJson(TestSupport::runApp({ u"export"_s, path("mapped.fadb") }, environment).out).object();
        QCOMPARE(root.value(u"template"_s).toString(), u"hubei-2025"_s);
        const QStringList t5 = root.value(u"rows"_s)[u"T5"_s].toVariant().toStringList();
        QVERIFY2(t5.contains(u"2010650"_s) && !t5.contains(u"2010602"_s) && t5.contains(u"2010601"_s), qPrintable(t5.join(u' ')));

        // A broken code map in the package is named, and nothing is written.
        QVERIFY(codeMap.open(QIODevice::WriteOnly | QIODevice::Truncate));
        codeMap.write(R"({ "codes": { "2010602": 2010650 } })");
        codeMap.close();
        const auto broken = TestSupport::runApp({ u"rollforward"_s, path("sample.fadb"), u"--year"_s, u"2025"_s, u"--template"_s,
                                                  u"hubei-2025"_s, u"-o"_s, path("broken.fadb") },
                                                environment);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(QString::fromUtf8(broken.err).contains(QDir::toNativeSeparators(codeMap.fileName())), broken.err.constData());
        QVERIFY(!QFile::exists(path("broken.fadb")));

        // The same package without its code map carries the old code: the map came from the package.
        QVERIFY(QFile::remove(codeMap.fileName()));
        const auto plain = TestSupport::runApp({ u"rollforward"_s, path("sample.fadb"), u"--year"_s, u"2025"_s, u"--template"_s,
                                                 u"hubei-2025"_s, u"-o"_s, path("plain.fadb") },
                                               environment);
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QVERIFY(!plain.out.contains("2010650"));
    }

    void rollForwardWithProfilesFolder()
    {
        // A package given with --profiles brings its own rules: the prior-year total from this
        // year's income (本年收入合计, 4,117.47 万元 in the sample, as its 收入总计 is), only the
        // duties kept, and its code map renaming 2010602.
        QTemporaryDir folder;
        const QString package = TestSupport::copyProfile(u"hubei-2024"_s, folder.path(), u"hubei-2025"_s,
                                                         [](const QString &part, QJsonObject *json) {
                                                             if (part == u"profile"_s)
                                                                 json->insert(u"year"_s, 2025);
                                                             if (part == u"rollforward"_s) {
                                                                 json->insert(u"prior"_s, QJsonObject { { u"PRIOR.expenditure.amount"_s, u"T1.I_SUM.amount"_s } });
                                                                 json->insert(u"keepTexts"_s, QJsonArray { u"duties"_s });
                                                             }
                                                         });
        QFile codeMap(QDir(package).filePath(u"codemap.json"_s));
        QVERIFY(codeMap.open(QIODevice::WriteOnly));
        codeMap.write(R"({ "codes": { "2010602": "2010650" } })");
        codeMap.close();
        const QStringList profiles { u"--profiles"_s, folder.path() };
        const auto result = TestSupport::runApp(QStringList { u"rollforward"_s, path("sample.fadb"), u"--year"_s, u"2025"_s, u"--template"_s,
                                                              u"hubei-2025"_s, u"-o"_s, path("own-rules.fadb") }
                                                + profiles);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("→ 2010650 (last year 3,400.49 万元)"), result.out.constData());
        const QJsonObject root
                = QJsonDocument::fromJson(TestSupport::runApp(QStringList { u"export"_s, path("own-rules.fadb") } + profiles).out).object();
        const QJsonObject prior = root.value(u"cells"_s)[u"PRIOR"_s].toObject();
        QCOMPARE(prior.keys(), QStringList { u"expenditure"_s });
        QCOMPARE(prior.value(u"expenditure"_s)[u"amount"_s].toString(), u"4117.47"_s);
        QCOMPARE(root.value(u"texts"_s).toObject().keys(), QStringList { u"duties"_s });
        const QStringList t5 = root.value(u"rows"_s)[u"T5"_s].toVariant().toStringList();
        QVERIFY2(t5.contains(u"2010650"_s) && !t5.contains(u"2010602"_s), qPrintable(t5.join(u' ')));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("xlsx: missing") << QStringList { u"xlsx"_s, u"@missing.fadb"_s, u"-o"_s, u"@out.xlsx"_s } << u"out.xlsx"_s << 1 << u"missing.fadb"_s;
        QTest::newRow("xlsx: not a document") << QStringList { u"xlsx"_s, u"@text.fadb"_s, u"-o"_s, u"@out.xlsx"_s } << u"out.xlsx"_s << 1 << u"text.fadb"_s;
        QTest::newRow("xlsx: another application's database") << QStringList { u"xlsx"_s, u"@foreign.fadb"_s, u"-o"_s, u"@out.xlsx"_s } << u"out.xlsx"_s << 1 << u"foreign.fadb"_s;
        QTest::newRow("xlsx: no output") << QStringList { u"xlsx"_s, u"@sample.fadb"_s } << u"sample.xlsx.none"_s << 64 << u"Usage"_s;
        QTest::newRow("import: missing") << QStringList { u"import"_s, u"@missing.xlsx"_s, u"-o"_s, u"@out.fadb"_s } << u"out.fadb"_s << 1 << u"missing.xlsx"_s;
        QTest::newRow("import: damaged workbook") << QStringList { u"import"_s, u"@half.xlsx"_s, u"-o"_s, u"@out.fadb"_s } << u"out.fadb"_s << 1 << u"half.xlsx"_s;
        QTest::newRow("import: a workbook of something else") << QStringList { u"import"_s, u"@minutes.xlsx"_s, u"-o"_s, u"@out.fadb"_s } << u"out.fadb"_s << 1 << u"No table"_s;
        QTest::newRow("import: unknown template") << QStringList { u"import"_s, u"@sample.xlsx"_s, u"--template"_s, u"xx"_s, u"-o"_s, u"@out.fadb"_s } << u"out.fadb"_s << 1 << u"xx"_s;
        QTest::newRow("compare: missing") << QStringList { u"compare"_s, u"@sample.fadb"_s, u"@missing.fadb"_s } << u"none"_s << 1 << u"missing.fadb"_s;
        QTest::newRow("compare: not a document") << QStringList { u"compare"_s, u"@text.fadb"_s, u"@sample.fadb"_s, u"-o"_s, u"@c.pdf"_s } << u"c.pdf"_s << 1 << u"text.fadb"_s;
        QTest::newRow("compare: another application's database") << QStringList { u"compare"_s, u"@sample.fadb"_s, u"@foreign.fadb"_s, u"-o"_s, u"@c.pdf"_s } << u"c.pdf"_s << 1 << u"foreign.fadb"_s;
        QTest::newRow("compare: one file") << QStringList { u"compare"_s, u"@sample.fadb"_s } << u"none"_s << 64 << u"Usage"_s;
        QTest::newRow("rollforward: bad year") << QStringList { u"rollforward"_s, u"@sample.fadb"_s, u"--year"_s, u"next"_s, u"-o"_s, u"@r.fadb"_s } << u"r.fadb"_s << 1 << u"next"_s;
        QTest::newRow("rollforward: missing") << QStringList { u"rollforward"_s, u"@missing.fadb"_s, u"--year"_s, u"2025"_s, u"-o"_s, u"@r.fadb"_s } << u"r.fadb"_s << 1 << u"missing.fadb"_s;
        QTest::newRow("rollforward: not a document") << QStringList { u"rollforward"_s, u"@text.fadb"_s, u"--year"_s, u"2025"_s, u"-o"_s, u"@r.fadb"_s } << u"r.fadb"_s << 1 << u"text.fadb"_s;
        QTest::newRow("rollforward: another application's database") << QStringList { u"rollforward"_s, u"@foreign.fadb"_s, u"--year"_s, u"2025"_s, u"-o"_s, u"@r.fadb"_s } << u"r.fadb"_s << 1 << u"foreign.fadb"_s;
        QTest::newRow("rollforward: bad code map") << QStringList { u"rollforward"_s, u"@sample.fadb"_s, u"--year"_s, u"2025"_s, u"--codemap"_s, u"@text.fadb"_s, u"-o"_s, u"@r.fadb"_s } << u"r.fadb"_s << 1 << u"codemap.json"_s;
        QTest::newRow("rollforward: unknown template") << QStringList { u"rollforward"_s, u"@sample.fadb"_s, u"--year"_s, u"2025"_s, u"--template"_s, u"xx"_s, u"-o"_s, u"@r.fadb"_s } << u"r.fadb"_s << 1 << u"xx"_s;
        QTest::newRow("rollforward: exists") << QStringList { u"rollforward"_s, u"@sample.fadb"_s, u"--year"_s, u"2025"_s, u"-o"_s, u"@sample.fadb"_s } << u"none"_s << 1 << u"sample.fadb"_s;
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, output);
        QFETCH(int, status);
        QFETCH(QString, message);
        for (QString &argument : arguments) {
            if (argument.startsWith(u'@'))
                argument = m_dir.filePath(argument.mid(1));
        }
        const auto result = TestSupport::runApp(arguments);
        QCOMPARE(result.exitCode, status);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(output)));
    }

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExchangeCommands)
#include "tst_exchangecommands.moc"
