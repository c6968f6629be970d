#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line of the executable, run as a user or a script would run it.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sampleThenTables();
    void singleTable();
    void newDocument();
    void exportImportRoundTrip();
    void badImportCreatesNothing();
    void errors_data();
    void errors();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

// TSV lines keyed by "table/row" → fields after key and name.
QHash<QString, QStringList> parseTables(const QByteArray &tsv)
{
    QHash<QString, QStringList> rows;
    QString table;
    for (const QString &line : QString::fromUtf8(tsv).split(u'\n')) {
        const QStringList fields = line.split(u'\t');
        if (line.startsWith(u"# "_s))
            table = fields.first().mid(2);
        else if (fields.size() > 2 && fields.first() != u"key"_s)
            rows.insert(table + u'/' + fields.first(), fields.mid(2));
    }
    return rows;
}

} // namespace

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCommandLine::sampleThenTables()
{
    const auto created = TestSupport::runApp({ u"sample"_s, u"-o"_s, path("s.fadb") });
    QCOMPARE(created.exitCode, 0);
    const auto result = TestSupport::runApp({ u"tables"_s, path("s.fadb") });
    QCOMPARE(result.exitCode, 0);
    const auto rows = parseTables(result.out);
    QCOMPARE(rows.value(u"T1/I_TOT"_s).value(0), u"4117.47"_s);
    QCOMPARE(rows.value(u"T1/E_TOT"_s).value(1), u"4117.47"_s);
    QCOMPARE(rows.value(u"T1/I1"_s).value(0), u"4116.42"_s);
    QCOMPARE(rows.value(u"T3/total"_s).mid(0, 3), QStringList({ u"4117.47"_s, u"703.97"_s, u"3413.50"_s }));
    QCOMPARE(rows.value(u"T5/total"_s).mid(0, 3), QStringList({ u"4116.42"_s, u"702.92"_s, u"3413.50"_s }));
    QCOMPARE(rows.value(u"T6/P_TOTAL"_s).value(0), u"612.03"_s);
    QCOMPARE(rows.value(u"T6/C_TOTAL"_s).value(1), u"90.89"_s);
    QCOMPARE(rows.value(u"T9/main"_s).value(6), u"2.33"_s);
    int tables = 0;
    for (const QString &line : QString::fromUtf8(result.out).split(u'\n'))
        tables += line.startsWith(u"# T"_s) ? 1 : 0;
    QCOMPARE(tables, 9);
}

void TestCommandLine::singleTable()
{
    QCOMPARE(TestSupport::runApp({ u"sample"_s, u"-o"_s, path("s.fadb") }).exitCode, 0);
    const auto result = TestSupport::runApp({ u"tables"_s, path("s.fadb"), u"--table"_s, u"T5"_s });
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).trimmed().split(u'\n');
    QCOMPARE(lines.first(), u"key\tname\t本年支出/合计\t本年支出/基本支出\t本年支出/项目支出\t年初预算数"_s);
    QCOMPARE(lines.at(1), u"total\t合计\t4116.42\t702.92\t3413.50\t4382.96"_s);
    QVERIFY(lines.contains(u"2010601\t行政运行\t556.63\t556.63\t0.00\t518.12"_s));
    // header, 合计, 4 类, 5 款 and the 9 项 rows of the sample
    QCOMPARE(lines.size(), 1 + 1 + 4 + 5 + 9);
}

void TestCommandLine::newDocument()
{
    const auto result = TestSupport::runApp({ u"new"_s, u"--template"_s, u"shanghai-2024"_s, u"--department"_s,
                                              u"上海市某某局"_s, u"--year"_s, u"2024"_s, u"-o"_s, path("n.fadb") });
    QCOMPARE(result.exitCode, 0);
    const auto exported = TestSupport::runApp({ u"export"_s, path("n.fadb") });
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains("\"template\": \"shanghai-2024\""));
    QVERIFY(QString::fromUtf8(exported.out).contains(u"上海市某某局"_s));
}

void TestCommandLine::exportImportRoundTrip()
{
    QCOMPARE(TestSupport::runApp({ u"sample"_s, u"-o"_s, path("s.fadb") }).exitCode, 0);
    QCOMPARE(TestSupport::runApp({ u"export"_s, path("s.fadb"), u"-o"_s, path("a.json") }).exitCode, 0);
    QCOMPARE(TestSupport::runApp({ u"import"_s, path("a.json"), u"-o"_s, path("b.fadb") }).exitCode, 0);
    QCOMPARE(TestSupport::runApp({ u"export"_s, path("b.fadb"), u"-o"_s, path("b.json") }).exitCode, 0);
    QFile a(path("a.json"));
    QFile b(path("b.json"));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray json = a.readAll();
    QCOMPARE(b.readAll(), json);
    QVERIFY(json.contains("\"derived\""));
}

void TestCommandLine::badImportCreatesNothing()
{
    QFile file(path("bad.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "final-accounts-interchange", "formatVersion": 1, "template": "hubei-2024",
                  "department": {"kind": "行政", "year": 2024},
                  "rows": {"T5": ["2010601"]},
                  "cells": {"T5": {"2010601": {"basic": "12.3.4"}}}})");
    file.close();
    const auto result = TestSupport::runApp({ u"import"_s, path("bad.json"), u"-o"_s, path("bad.fadb") });
    QCOMPARE(result.exitCode, 1);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(u"$.department.name: missing"_s), qPrintable(err));
    QVERIFY2(err.contains(u"$.cells.T5[\"2010601\"].basic"_s), qPrintable(err));
    QVERIFY(!QFile::exists(path("bad.fadb")));
}

void TestCommandLine::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such command") << QStringList { u"frobnicate"_s } << 64 << u"Usage"_s;
    QTest::newRow("sample without output") << QStringList { u"sample"_s } << 64 << u"Usage"_s;
    QTest::newRow("missing file") << QStringList { u"tables"_s, u"/nonexistent/x.fadb"_s } << 1 << u"does not exist"_s;
    QTest::newRow("unknown table") << QStringList { u"tables"_s, u"@sample"_s, u"--table"_s, u"T10"_s } << 1
                                   << u"no table"_s;
    QTest::newRow("bad year") << QStringList { u"new"_s, u"--department"_s, u"x"_s, u"--year"_s, u"19x"_s, u"-o"_s,
                                               u"@new"_s }
                              << 1 << u"not a year"_s;
    QTest::newRow("unknown template") << QStringList { u"new"_s, u"--template"_s, u"mars-2024"_s, u"--department"_s,
                                                       u"x"_s, u"--year"_s, u"2024"_s, u"-o"_s, u"@new"_s }
                                      << 1 << u"Unknown template"_s;
    QTest::newRow("existing output") << QStringList { u"sample"_s, u"-o"_s, u"@sample"_s } << 1 << u"already exists"_s;
}

void TestCommandLine::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(TestSupport::runApp({ u"sample"_s, u"-o"_s, path("s.fadb") }).exitCode, 0);
    for (QString &a : arguments) {
        if (a == u"@sample"_s)
            a = path("s.fadb");
        else if (a == u"@new"_s)
            a = path("new.fadb");
    }
    const auto result = TestSupport::runApp(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
