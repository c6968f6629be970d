#include "testsupport.h"

#include "audit/auditengine.h"
#include "audit/auditreport.h"
#include "document/document.h"
#include "profile/jsonmerge.h"
#include "profile/templatelibrary.h"
#include "report/disclosurecharts.h"
#include "report/reportcontent.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Profile packages: extends and merging, the user's and --profiles folders, faults refused with
// their file and path, and a copied profile working in every command without a rebuild.
class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
    void builtInProfilesExtendTheNationalBase();
    void brokenPackageIsRefusedWithItsPath_data();
    void brokenPackageIsRefusedWithItsPath();
    void chartsComeFromTheProfile();
    void thinPieIsStatedInWords();
    void auditOfTheSeedIsUnchanged();
    void copiedProfileWorksInEveryCommand();
    void profilesCommandListsSources();
    void profileCheckCommand();
    void schemaFaultDeepInATable_data();
    void schemaFaultDeepInATable();
    void schemaFaultOfAnExtendingProfileIsInItsOwnFile();
    void auditThatCannotRunExits3();

private:
    static TestSupport::ProcessResult run(const QStringList &arguments, const QString &dataHome);
};

TestSupport::ProcessResult TestProfiles::run(const QStringList &arguments, const QString &dataHome)
{
    return TestSupport::runApp(arguments, { { u"XDG_DATA_HOME"_s, dataHome }, { u"QT_QPA_PLATFORM"_s, u"offscreen"_s } });
}

void TestProfiles::merge_data()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QByteArray>("overlay");
    QTest::addColumn<QByteArray>("merged");
    QTest::newRow("objects merge key by key")
            << R"({"a": 1, "o": {"x": 1, "y": 2}})"_ba << R"({"b": 2, "o": {"y": 3}})"_ba
            << R"({"a": 1, "b": 2, "o": {"x": 1, "y": 3}})"_ba;
    QTest::newRow("null removes") << R"({"a": 1, "b": 2})"_ba << R"({"a": null})"_ba << R"({"b": 2})"_ba;
    QTest::newRow("lists with ids merge item by item")
            << R"({"l": [{"id": "A", "v": 1, "w": 1}, {"id": "B", "v": 2}]})"_ba
            << R"({"l": [{"id": "A", "v": 9}, {"id": "C", "v": 3}]})"_ba
            << R"({"l": [{"id": "A", "v": 9, "w": 1}, {"id": "B", "v": 2}, {"id": "C", "v": 3}]})"_ba;
    QTest::newRow("delete removes an item") << R"({"l": [{"id": "A"}, {"id": "B"}]})"_ba
                                            << R"({"l": [{"id": "A", "delete": true}]})"_ba << R"({"l": [{"id": "B"}]})"_ba;
    QTest::newRow("other lists are replaced") << R"({"l": [1, 2, 3]})"_ba << R"({"l": [4]})"_ba << R"({"l": [4]})"_ba;
}

void TestProfiles::merge()
{
    QFETCH(QByteArray, base);
    QFETCH(QByteArray, overlay);
    QFETCH(QByteArray, merged);
    QCOMPARE(JsonMerge::merge(QJsonDocument::fromJson(base).object(), QJsonDocument::fromJson(overlay).object()),
             QJsonDocument::fromJson(merged).object());
}

void TestProfiles::builtInProfilesExtendTheNationalBase()
{
    const TemplateLibrary &library = TestSupport::library();
    QCOMPARE(library.ids(), QStringList({ u"hubei-2024"_s, u"shanghai-2024"_s }));
    QVERIFY(library.issues().isEmpty());
    QVERIFY(!library.find(u"national"_s)); // a base package is not a document's profile
    for (const QString &id : library.ids()) {
        const auto profile = library.find(id);
        QCOMPARE(profile->source(), u"built-in"_s);
        // The national checks; Shanghai adds its 外宾 and 预留 procurement checks.
        QCOMPARE(profile->checks().size(), id == u"shanghai-2024"_s ? 26 : 25);
        QCOMPARE(profile->rules().size(), 52);  // the national audit rules
        QCOMPARE(profile->charts().size(), 6);
    }
    // Shanghai states only how it differs: its 国有资本经营 table has 本年支出 where Hubei has 合计.
    const auto checkX07 = [&](const QString &id) {
        for (const Rule &check : library.find(id)->checks()) {
            if (check.id == u"X-07"_s)
                return check.rhs.text();
        }
        return QString();
    };
    QCOMPARE(checkX07(u"hubei-2024"_s), u"T8.total.total"_s);
    QCOMPARE(checkX07(u"shanghai-2024"_s), u"T8.total.spend"_s);
}

void TestProfiles::brokenPackageIsRefusedWithItsPath_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown operator in a rule") << u"rules"_s << u"rules"_s << u"op"_s << u"=>"_s << u"rules.json"_s << u"$.rules[0].op"_s;
    QTest::newRow("unknown cell in a rule") << u"rules"_s << u"rules"_s << u"lhs"_s << u"T4.E_NOPE.fund"_s << u"rules.json"_s << u"$.rules[0].lhs"_s;
    QTest::newRow("unknown table in a rule") << u"rules"_s << u"rules"_s << u"rhs"_s << u"T99.total.amount"_s << u"rules.json"_s << u"$.rules[0].rhs"_s;
    QTest::newRow("unknown column in a rule") << u"rules"_s << u"rules"_s << u"lhs"_s << u"T4.E_EOY.nope"_s << u"rules.json"_s << u"$.rules[0].lhs"_s;
    QTest::newRow("unknown severity") << u"rules"_s << u"rules"_s << u"severity"_s << u"fatal"_s << u"rules.json"_s << u"$.rules[0].severity"_s;
    QTest::newRow("unknown kind") << u"rules"_s << u"rules"_s << u"kind"_s << u"sum"_s << u"rules.json"_s << u"$.rules[0].kind"_s;
    QTest::newRow("missing operator") << u"rules"_s << u"rules"_s << u"lhs"_s << u"T4.E_EOY.fund T4.E_EOY.gpb"_s << u"rules.json"_s << u"$.rules[0].lhs"_s;
    QTest::newRow("unknown fact") << u"rules"_s << u"rules"_s << u"lhs"_s << u"@projects.nope"_s << u"rules.json"_s << u"$.rules[0].lhs"_s;
    QTest::newRow("unknown operator in a check") << u"tables"_s << u"checks"_s << u"op"_s << u"=="_s << u"tables.json"_s << u"$.checks[0].op"_s;
    QTest::newRow("unknown row in a check") << u"tables"_s << u"checks"_s << u"lhs"_s << u"T1.I_NOPE.amount"_s << u"tables.json"_s << u"$.checks[0].lhs"_s;
    QTest::newRow("unknown figure in a chart") << u"charts"_s << u"charts"_s << u"slices"_s << u"T1.I9.amount"_s << u"charts.json"_s << u"$.charts[0].slices[0]"_s;
    QTest::newRow("base that does not exist") << u"profile"_s << QString() << u"extends"_s << u"nowhere"_s << u"profile.json"_s << u"$.extends"_s;
}

void TestProfiles::brokenPackageIsRefusedWithItsPath()
{
    QFETCH(QString, part);
    QFETCH(QString, list);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, file);
    QFETCH(QString, path);
    QTemporaryDir folder;
    // The package overrides one item of its base (by id) with the bad value, or its profile.json.
    const QString item = part == u"rules"_s ? u"A-T4-4f"_s : part == u"charts"_s ? u"incomeBySource"_s : u"T1-5"_s;
    const QString package = TestSupport::copyProfile(u"hubei-2024"_s, folder.path(), u"broken-2024"_s, [&](const QString &name, QJsonObject *json) {
        if (list.isEmpty() && name == part)
            json->insert(key, value);
    });
    if (!list.isEmpty()) {
        QFile file(QDir(package).filePath(part + u".json"_s));
        QJsonObject json;
        if (file.open(QIODevice::ReadOnly))
            json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const QJsonValue bad = key == u"slices"_s ? QJsonValue(QJsonArray { value }) : QJsonValue(value);
        json.insert(list, QJsonArray { QJsonObject { { u"id"_s, item }, { key, bad } } });
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
    }
    QString error;
    const auto library = TemplateLibrary::load(TemplateLibrary::standardSources({ folder.path() }), &error);
    QVERIFY2(library, qPrintable(error));
    QVERIFY(!library->find(u"broken-2024"_s));
    QCOMPARE(library->ids(), QStringList({ u"hubei-2024"_s, u"shanghai-2024"_s })); // the others still load
    QCOMPARE(library->issues().size(), 1);
    const ProfileIssue issue = library->issues().constFirst();
    QCOMPARE(issue.file, QDir(package).filePath(file));
    QCOMPARE(issue.path, path);
    QVERIFY(issue.message.contains(value) || key == u"extends"_s);
    QCOMPARE(library->check(package).size(), 1);
}

void TestProfiles::chartsComeFromTheProfile()
{
    QTemporaryDir folder;
    // A province without the projects chart that draws its income as a donut.
    TestSupport::copyProfile(u"hubei-2024"_s, folder.path(), u"hunan-2024"_s);
    QFile charts(QDir(folder.path()).filePath(u"hunan-2024/charts.json"_s));
    QVERIFY(charts.open(QIODevice::WriteOnly));
    charts.write(R"({"charts": [{"id": "projects", "delete": true},
                                {"id": "incomeBySource", "kind": "donut", "inWordsBelowPercent": 0}]})");
    charts.close();
    QString error;
    const auto library = TemplateLibrary::load(TemplateLibrary::standardSources({ folder.path() }), &error);
    QVERIFY2(library && library->issues().isEmpty(), qPrintable(error));
    const auto sample = TestSupport::sampleDocument();
    DocumentData data = sample->data();
    data.templateId = u"hunan-2024"_s;
    const auto document = Document::create(library->find(u"hunan-2024"_s), data, &error);
    QVERIFY2(document, qPrintable(error));
    QStringList ids;
    for (const ChartData &chart : DisclosureCharts::build(*document))
        ids.append(chart.id);
    QCOMPARE(ids, QStringList({ u"yearOnYear"_s, u"incomeBySource"_s, u"expenditureByType"_s, u"generalBudgetByClass"_s,
                                u"threePublic"_s }));
    const ChartData income = DisclosureCharts::chart(*document, u"incomeBySource"_s);
    QCOMPARE(income.kind, ChartData::Kind::Donut);
    QVERIFY(income.statedInWords.isEmpty());
}

void TestProfiles::thinPieIsStatedInWords()
{
    // The sample's income is 99.97% one source: a pie of it is a solid disc.
    const auto sample = TestSupport::sampleDocument();
    const ChartData income = DisclosureCharts::chart(*sample, u"incomeBySource"_s);
    QCOMPARE(income.statedInWords, u"收入决算结构：一般公共预算财政拨款收入占99.97%，其他收入占0.03%。"_s);
    const ReportContent content = ReportContent::build(*sample);
    bool drawn = false;
    bool stated = false;
    for (const ReportBlock &block : content.blocks) {
        drawn = drawn || (block.kind == ReportBlock::Kind::Chart && content.charts.at(block.index).id == u"incomeBySource"_s);
        stated = stated || (block.kind == ReportBlock::Kind::Paragraph && block.text == income.statedInWords);
    }
    QVERIFY(!drawn);
    QVERIFY(stated);
}

void TestProfiles::auditOfTheSeedIsUnchanged()
{
    // The findings on the Hubei sample with the seed's text, as `audit --json` printed them
    // before the rules became one language.
    QFile fixture(TestSupport::sourcePath(u"tests/fixtures/audit-xianning-seed.json"_s));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QFile seed(TestSupport::sourcePath(u"tests/fixtures/seed-xianning-2024.txt"_s));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const auto sample = TestSupport::sampleDocument();
    QString error;
    const auto engine = AuditEngine::forTemplate(sample->reportTemplate(), &error);
    QVERIFY2(engine, qPrintable(error));
    const QByteArray now = AuditReport::toJson(engine->run(*sample, QString::fromUtf8(seed.readAll())));
    QCOMPARE(QJsonDocument::fromJson(now), QJsonDocument::fromJson(fixture.readAll()));
}

void TestProfiles::copiedProfileWorksInEveryCommand()
{
    // A finance bureau ships a profile in the user's folder: no rebuild.
    QTemporaryDir home;
    const QString userProfiles = home.filePath(u"FinalAccounts/final-accounts/profiles"_s);
    TestSupport::copyProfile(u"hubei-2024"_s, userProfiles, u"hunan-2024"_s, [](const QString &part, QJsonObject *json) {
        if (part == u"profile"_s)
            json->insert(u"title"_s, u"湖南省部门决算公开（2024 年度）"_s);
    });
    const QString file = home.filePath(u"hunan.fadb"_s);
    TestSupport::ProcessResult result
            = run({ u"new"_s, u"--template"_s, u"hunan-2024"_s, u"--department"_s, u"湖南测试厅"_s, u"--year"_s, u"2024"_s, u"-o"_s, file },
                  home.path());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    result = run({ u"tables"_s, file, u"--table"_s, u"T1"_s }, home.path());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("I_TOT"));
    result = run({ u"narrative"_s, file }, home.path());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QString::fromUtf8(result.out).contains(u"湖南测试厅"_s));
    result = run({ u"audit"_s, file }, home.path());
    QVERIFY2(result.exitCode >= 0 && result.exitCode <= 2, result.err.constData());
    result = run({ u"pdf"_s, file, u"-o"_s, home.filePath(u"hunan.pdf"_s) }, home.path());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(QFile(home.filePath(u"hunan.pdf"_s)).size() > 1000);

    // The same package from a --profiles folder, with the user's folder empty.
    QTemporaryDir other;
    QTemporaryDir emptyHome;
    TestSupport::copyProfile(u"hubei-2024"_s, other.path(), u"hunan-2024"_s);
    result = run({ u"audit"_s, u"--profiles"_s, other.path(), file }, emptyHome.path());
    QVERIFY2(result.exitCode >= 0 && result.exitCode <= 2, result.err.constData());
    result = run({ u"audit"_s, file }, emptyHome.path());
    QCOMPARE(result.exitCode, 3); // without the package the document's profile is unknown
}

void TestProfiles::profilesCommandListsSources()
{
    QTemporaryDir home;
    QTemporaryDir extra;
    TestSupport::copyProfile(u"shanghai-2024"_s, extra.path(), u"shanghai-2025"_s);
    const TestSupport::ProcessResult result = run({ u"profiles"_s, u"--profiles"_s, extra.path() }, home.path());
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.filter(u"national\t"_s).constFirst().endsWith(u"\tbase package"_s));
    QVERIFY(lines.filter(u"hubei-2024\t"_s).constFirst().contains(u"\tbuilt-in\t"_s));
    QVERIFY(lines.filter(u"shanghai-2025\t"_s).constFirst().contains(u"\t--profiles "_s + extra.path()));
}

void TestProfiles::profileCheckCommand()
{
    QTemporaryDir home;
    TestSupport::ProcessResult result
            = run({ u"profile"_s, u"check"_s, TestSupport::sourcePath(u"resources/profiles/shanghai-2024"_s) }, home.path());
    QVERIFY2(result.exitCode == 0, result.out.constData());
    QTemporaryDir folder;
    const QString package = TestSupport::copyProfile(u"hubei-2024"_s, folder.path(), u"broken-2024"_s, [](const QString &part, QJsonObject *json) {
        if (part == u"tables"_s)
            json->insert(u"checks"_s, QJsonArray { QJsonObject { { u"id"_s, u"T1-5"_s }, { u"op"_s, u"≈"_s } } });
    });
    result = run({ u"profile"_s, u"check"_s, package }, home.path());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QString::fromUtf8(result.out).contains(QDir(package).filePath(u"tables.json"_s) + u": $.checks[0].op: "_s),
             result.out.constData());

    // The schemas for an editor, written twice: the second run replaces the first's files.
    const QString schemas = folder.filePath(u"schema"_s);
    for (int i = 0; i < 2; ++i) {
        result = run({ u"profile"_s, u"schema"_s, schemas }, home.path());
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }
    QFile written(QDir(schemas).filePath(u"tables.json"_s));
    QFile source(TestSupport::sourcePath(u"resources/schema/tables.json"_s));
    QVERIFY(written.open(QIODevice::ReadOnly) && source.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), source.readAll());
    QVERIFY(QString::fromUtf8(result.out).contains(QDir::toNativeSeparators(written.fileName())));
}

void TestProfiles::schemaFaultDeepInATable_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("expected"); // "PATH: MESSAGE" in tables.json
    QTest::newRow("wrong type") << u"type"_s << QStringList {
        u"$.tables[3].blocks[1].columns[2].printed: must be true or false, not a text"_s };
    QTest::newRow("misspelt key") << u"key"_s << QStringList {
        u"$.tables[3].blocks[1].columns[2]: the key \"key\" is missing"_s,
        u"$.tables[3].blocks[1].columns[2].kye: unknown key \"kye\"; did you mean \"key\"?"_s };
    QTest::newRow("unknown row kind") << u"kind"_s << QStringList {
        u"$.tables[4].blocks[0].rows[1].kind: \"function\" is not one of \"fixed\", \"total\", \"functional\", \"economic\", \"classList\""_s };
    QTest::newRow("unknown operator") << u"op"_s << QStringList {
        u"$.checks[0].op: \"=>\" is not one of \"=\", \"<=\", \">=\", \"<\", \">\""_s };
}

void TestProfiles::schemaFaultDeepInATable()
{
    QFETCH(QString, fault);
    QFETCH(QStringList, expected);
    QTemporaryDir folder;
    const QString package = TestSupport::copyProfile(u"hubei-2024"_s, folder.path(), u"broken-2024"_s, [&](const QString &part, QJsonObject *json) {
        if (part != u"tables"_s)
            return;
        QJsonArray tables = json->value(u"tables"_s).toArray();
        QJsonObject table = tables.at(fault == u"kind"_s ? 4 : 3).toObject();
        QJsonArray blocks = table.value(u"blocks"_s).toArray();
        QJsonObject block = blocks.at(fault == u"kind"_s ? 0 : 1).toObject();
        QJsonArray columns = block.value(u"columns"_s).toArray();
        QJsonObject column = columns.at(2).toObject();
        QJsonArray rows = block.value(u"rows"_s).toArray();
        QJsonObject row = rows.at(1).toObject();
        if (fault == u"type"_s)
            column.insert(u"printed"_s, u"no"_s);
        if (fault == u"key"_s)
            column.insert(u"kye"_s, column.take(u"key"_s));
        if (fault == u"kind"_s)
            row.insert(u"kind"_s, u"function"_s);
        if (fault == u"op"_s)
            json->insert(u"checks"_s, QJsonArray { QJsonObject { { u"id"_s, u"X-07"_s }, { u"op"_s, u"=>"_s } } });
        columns.replace(2, column);
        rows.replace(1, row);
        block.insert(u"columns"_s, columns);
        block.insert(u"rows"_s, rows);
        blocks.replace(fault == u"kind"_s ? 0 : 1, block);
        table.insert(u"blocks"_s, blocks);
        tables.replace(fault == u"kind"_s ? 4 : 3, table);
        json->insert(u"tables"_s, tables);
    });
    const QString file = QDir(package).filePath(u"tables.json"_s);
    QStringList lines;
    for (const QString &fault : std::as_const(expected))
        lines.append(file + u": "_s + fault);

    QString error;
    const auto library = TemplateLibrary::load(TemplateLibrary::standardSources({ folder.path() }), &error);
    QVERIFY2(library, qPrintable(error));
    QVERIFY(!library->find(u"broken-2024"_s));
    QCOMPARE(library->ids(), QStringList({ u"hubei-2024"_s, u"shanghai-2024"_s }));
    QStringList issues;
    for (const ProfileIssue &issue : library->issues())
        issues.append(issue.text());
    QCOMPARE(issues, lines);

    QTemporaryDir home;
    const TestSupport::ProcessResult result = run({ u"profile"_s, u"check"_s, package }, home.path());
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts), lines);
}

void TestProfiles::schemaFaultOfAnExtendingProfileIsInItsOwnFile()
{
    // hunan-2024 extends hubei-2024 and restates its T5: merged, T5 is the fifth table, in
    // hunan's own file the first. The fault is reported where the author wrote it.
    QTemporaryDir folder;
    const QString package = QDir(folder.path()).filePath(u"hunan-2024"_s);
    QVERIFY(QDir().mkpath(package));
    QFile profile(QDir(package).filePath(u"profile.json"_s));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write(R"({"id": "hunan-2024", "title": "湖南省部门决算公开（2024 年度）", "year": 2024, "extends": "hubei-2024"})");
    profile.close();
    QFile tables(QDir(package).filePath(u"tables.json"_s));
    QVERIFY(tables.open(QIODevice::WriteOnly));
    tables.write(R"({"tables": [{"id": "T5", "titel": "一般公共预算财政拨款支出决算表"}], "display": {"decimals": "2"}})");
    tables.close();
    const QString file = QDir(package).filePath(u"tables.json"_s);
    const QStringList lines = { file + u": $.display.decimals: must be a whole number, not a text"_s,
                                file + u": $.tables[0].titel: unknown key \"titel\"; did you mean \"title\"?"_s };

    QString error;
    const auto library = TemplateLibrary::load(TemplateLibrary::standardSources({ folder.path() }), &error);
    QVERIFY2(library, qPrintable(error));
    QVERIFY(!library->find(u"hunan-2024"_s));
    QStringList issues;
    for (const ProfileIssue &issue : library->issues())
        issues.append(issue.text());
    QCOMPARE(issues, lines);

    // Without the misspelling the partial T5 is whole once merged with hubei-2024's.
    QVERIFY(tables.open(QIODevice::WriteOnly));
    tables.write(R"({"tables": [{"id": "T5", "title": "一般公共预算财政拨款支出决算表（湖南）"}]})");
    tables.close();
    const auto fixed = TemplateLibrary::load(TemplateLibrary::standardSources({ folder.path() }), &error);
    QVERIFY2(fixed && fixed->issues().isEmpty(), qPrintable(error));
    QCOMPARE(fixed->find(u"hunan-2024"_s)->table(u"T5"_s)->title, u"一般公共预算财政拨款支出决算表（湖南）"_s);
}

void TestProfiles::auditThatCannotRunExits3()
{
    QTemporaryDir home;
    const TestSupport::ProcessResult result = run({ u"audit"_s, home.filePath(u"missing.fadb"_s) }, home.path());
    QCOMPARE(result.exitCode, 3);
    QVERIFY(!result.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
