// The roll-up of a department from its units (汇总): sums against hand-computed figures, the
// elimination of internal transfers, 机关运行经费 from the right units, refused inputs, the
// provenance in the file, the drill-down, a changed unit noticed and re-rolling with undo.
#include "commands/rerolldocument.h"
#include "document/document.h"
#include "interchange/interchange.h"
#include "profile/reporttemplate.h"
#include "profile/templatelibrary.h"
#include "rollup/departmentrollup.h"
#include "rollup/rollupfiles.h"
#include "rollup/rolluprules.h"
#include "rollup/rollupstatus.h"
#include "rollup/sourcecontributions.h"
#include "rollup/unitfiles.h"
#include "store/documentfile.h"
#include "store/documentstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

constexpr qint64 Wan = 1'000'000; // fen in one 万元
const QString Template = QStringLiteral("hubei-2024");

CellRef cell(const char *sheet, const char *row, const char *column)
{
    return { QString::fromLatin1(sheet), QString::fromLatin1(row), QString::fromLatin1(column) };
}

DocumentData unit(const QString &name, UnitKind kind)
{
    DocumentData data;
    data.templateId = Template;
    data.department.name = name;
    data.department.year = 2024;
    data.department.units = { { name, kind, false } };
    for (const char *table : { "T2", "T3", "T5" })
        data.classRows.insert(QString::fromLatin1(table), { QStringLiteral("2010601") });
    return data;
}

// 本级 (行政) pays 30 万元 to its units; 乙 (参公) and 丙 (事业) receive 20 and 10; 乙 alone
// has 2010602; each has 机关运行经费, of which 丙's must not count.
QList<DocumentData> threeUnits()
{
    DocumentData main = unit(QStringLiteral("测试局（本级）"), UnitKind::Administrative);
    main.cells = { { cell("T2", "2010601", "fiscal"), 130 * Wan },
                   { cell("T3", "2010601", "basic"), 100 * Wan },
                   { cell("T3", "2010601", "subsidy"), 30 * Wan },
                   { cell("OPERATIONS", "amount", "amount"), 5 * Wan },
                   { cell("SANGONG", "abroadGroups", "value"), 2 } };
    main.texts.insert(QStringLiteral("duties"), QStringLiteral("本级的职责"));

    DocumentData second = unit(QStringLiteral("乙中心"), UnitKind::CivilServiceManaged);
    for (const char *table : { "T2", "T3", "T5" })
        second.classRows[QString::fromLatin1(table)].append(QStringLiteral("2010602"));
    second.cells = { { cell("T2", "2010601", "superior"), 20 * Wan },
                     { cell("T2", "2010602", "fiscal"), 7 * Wan },
                     { cell("T3", "2010601", "basic"), 20 * Wan },
                     { cell("T3", "2010602", "basic"), 7 * Wan },
                     { cell("OPERATIONS", "amount", "amount"), 3 * Wan },
                     { cell("SANGONG", "abroadGroups", "value"), 1 } };
    second.texts.insert(QStringLiteral("duties"), QStringLiteral("乙中心的职责"));
    Project project;
    project.id = 1;
    project.name = QStringLiteral("乙项目");
    second.projects = { project };

    DocumentData third = unit(QStringLiteral("丙所"), UnitKind::Institution);
    third.cells = { { cell("T2", "2010601", "superior"), 10 * Wan },
                    { cell("T3", "2010601", "basic"), 10 * Wan },
                    { cell("OPERATIONS", "amount", "amount"), 4 * Wan } };
    return { main, second, third };
}

QList<UnitDocument> asUnits(const QList<DocumentData> &data)
{
    QList<UnitDocument> units;
    for (qsizetype i = 0; i < data.size(); ++i)
        units.append({ QStringLiteral("/units/%1.fadb").arg(i), data.at(i), QStringLiteral("hash%1").arg(i) });
    return units;
}

RollupRules hubeiRules()
{
    QString error;
    const auto rules = RollupRules::fromTemplate(*TestSupport::library().find(Template), &error);
    if (!rules)
        qFatal("rollup rules: %s", qPrintable(error));
    return *rules;
}

std::unique_ptr<Document> documentOf(const DocumentData &data)
{
    QString error;
    auto document = Document::create(TestSupport::library().find(data.templateId), data, &error);
    if (!document)
        qFatal("document: %s", qPrintable(error));
    return document;
}

QStringList writeUnits(const QTemporaryDir &dir, const QList<DocumentData> &units)
{
    QStringList paths;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("unit%1.fadb").arg(i));
        QString error;
        if (!DocumentStore::create(path, units.at(i), true, &error))
            qFatal("write unit: %s", qPrintable(error));
        paths.append(path);
    }
    return paths;
}

} // namespace

class TestRollup : public QObject
{
    Q_OBJECT

private slots:
    void sumsByCodeWithTransferEliminated();
    void transferKeptWhenTheProfileSaysSo();
    void blankBudgetStaysUnknown();
    void overflowNamesTheCell();
    void differentProfilesOrYearsAreRefused();
    void badUnitFileIsNamedAndNothingWritten();
    void provenanceIsStoredInTheFile();
    void provenanceSurvivesExportAndImport();
    void brokenProvenanceIsNamedByItsPath();
    void unitWithABadFigureIsRefused();
    void drillDownListsEachUnitsPart();
    void changedAndMissingUnitsAreNoticed();
    void rerollIsOneUndoableStep();
};

void TestRollup::sumsByCodeWithTransferEliminated()
{
    const DepartmentRollup::Result result =
            DepartmentRollup::run(*TestSupport::library().find(Template), hubeiRules(), asUnits(threeUnits()), 0);
    QVERIFY2(result.data, qPrintable(result.error));
    const auto department = documentOf(*result.data);
    // 100 + 20 + 10 basic; the 30 paid to the units and their 20 + 10 received cancel.
    QCOMPARE(department->value(cell("T3", "2010601", "basic")), 130 * Wan);
    QCOMPARE(department->value(cell("T3", "2010601", "subsidy")), 0);
    QCOMPARE(department->value(cell("T2", "2010601", "superior")), 0);
    QCOMPARE(department->value(cell("T2", "2010602", "fiscal")), 7 * Wan); // a code of one unit only
    QCOMPARE(department->value(cell("T3", "total", "total")), 137 * Wan);
    QCOMPARE(department->value(cell("T2", "total", "total")), 137 * Wan);
    // 机关运行经费: 本级 (行政) 5 + 乙 (参公) 3; 丙 is 事业.
    QCOMPARE(department->value(cell("OPERATIONS", "amount", "amount")), 8 * Wan);
    QCOMPARE(department->value(cell("SANGONG", "abroadGroups", "value")), 3);
    QCOMPARE(result.transfers.size(), 2);
    QCOMPARE(result.transfers.at(0).paid, 30 * Wan);
    QCOMPARE(result.transfers.at(0).received, 30 * Wan);
    QCOMPARE(result.transfers.at(0).eliminated, 30 * Wan);
    QVERIFY(result.notes.join(QLatin1Char('\n')).contains(QStringLiteral("4.00")));

    const DepartmentInfo &info = result.data->department;
    QCOMPARE(info.name, QStringLiteral("测试局（本级）"));
    QCOMPARE(info.units.size(), 3);
    QCOMPARE(info.units.at(1).name, QStringLiteral("乙中心"));
    QCOMPARE(info.units.at(1).kind, UnitKind::CivilServiceManaged);
    QCOMPARE(info.units.at(2).kind, UnitKind::Institution);
    QCOMPARE(result.data->texts.value(QStringLiteral("duties")), QStringLiteral("本级的职责"));
    QCOMPARE(result.data->projects.size(), 1);
    QCOMPARE(result.data->projects.at(0).implementer, QStringLiteral("乙中心"));
}

void TestRollup::transferKeptWhenTheProfileSaysSo()
{
    RollupRules rules = hubeiRules();
    for (RollupRules::Transfer &transfer : rules.transfers)
        transfer.eliminate = false;
    QList<UnitDocument> units = asUnits(threeUnits());
    const DepartmentRollup::Result result = DepartmentRollup::run(*TestSupport::library().find(Template), rules, units, 1);
    QVERIFY(result.data);
    const auto department = documentOf(*result.data);
    QCOMPARE(department->value(cell("T3", "2010601", "subsidy")), 30 * Wan);
    QCOMPARE(department->value(cell("T2", "2010601", "superior")), 30 * Wan);
    QCOMPARE(result.transfers.at(0).paid, 30 * Wan);
    // With 乙 as 本级, its 20 received come from outside: only 丙's 10 are internal.
    QCOMPARE(result.transfers.at(0).received, 10 * Wan);
    QCOMPARE(result.transfers.at(0).eliminated, 0);
    QCOMPARE(result.data->department.name, QStringLiteral("乙中心"));
    QCOMPARE(result.data->texts.value(QStringLiteral("duties")), QStringLiteral("乙中心的职责"));
    QVERIFY(result.summary().contains(QStringLiteral("30.00")));
}

void TestRollup::blankBudgetStaysUnknown()
{
    QList<DocumentData> data = threeUnits();
    data[0].cells.insert(cell("T5", "2010601", "budget"), 50 * Wan); // 乙 and 丙 have the row, no budget
    data[1].cells.insert(cell("T5", "2010602", "budget"), 6 * Wan);  // only 乙 has 2010602
    const DepartmentRollup::Result result =
            DepartmentRollup::run(*TestSupport::library().find(Template), hubeiRules(), asUnits(data), 0);
    QVERIFY(result.data);
    QVERIFY(!result.data->cells.contains(cell("T5", "2010601", "budget")));
    QCOMPARE(result.data->cells.value(cell("T5", "2010602", "budget")), 6 * Wan);
}

void TestRollup::overflowNamesTheCell()
{
    QList<DocumentData> data = threeUnits();
    data[0].cells.insert(cell("T3", "2010601", "basic"), Money::LimitFen);
    const DepartmentRollup::Result result =
            DepartmentRollup::run(*TestSupport::library().find(Template), hubeiRules(), asUnits(data), 0);
    QVERIFY(!result.data);
    QVERIFY2(result.error.contains(QStringLiteral("/units/1.fadb")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("基本支出")), qPrintable(result.error));
}

void TestRollup::differentProfilesOrYearsAreRefused()
{
    QTemporaryDir dir;
    QList<DocumentData> data = threeUnits();
    data[2].department.year = 2023;
    QStringList paths = writeUnits(dir, data);
    DepartmentRollup::Result result = RollupFiles::rollUp({ paths, {}, {} }, TestSupport::library());
    QVERIFY(!result.data);
    QVERIFY2(result.error.contains(paths.at(2)) && result.error.contains(QStringLiteral("2023")), qPrintable(result.error));

    data = threeUnits();
    data[1].templateId = QStringLiteral("shanghai-2024");
    paths = writeUnits(dir, data);
    result = RollupFiles::rollUp({ paths, {}, {} }, TestSupport::library());
    QVERIFY(!result.data);
    QVERIFY2(result.error.contains(paths.at(1)) && result.error.contains(QStringLiteral("shanghai-2024")),
             qPrintable(result.error));
}

void TestRollup::badUnitFileIsNamedAndNothingWritten()
{
    QTemporaryDir dir;
    QStringList paths = writeUnits(dir, threeUnits());
    QFile damaged(paths.at(1));
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("this is not a document");
    damaged.close();
    const QString output = dir.filePath(QStringLiteral("dept.fadb"));
    const TestSupport::ProcessResult run =
            TestSupport::runApp({ QStringLiteral("rollup"), paths.at(0), paths.at(1), paths.at(2), QStringLiteral("-o"), output });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("unit1.fadb")), run.err.constData());
    QVERIFY(!QFile::exists(output));

    paths = writeUnits(dir, threeUnits());
    const TestSupport::ProcessResult good = TestSupport::runApp(
            { QStringLiteral("rollup"), paths.at(0), paths.at(1), paths.at(2), QStringLiteral("-o"), output });
    QCOMPARE(good.exitCode, 0);
    QVERIFY2(QString::fromUtf8(good.out).contains(QStringLiteral("乙中心")), good.out.constData());
    QVERIFY(QFile::exists(output));
}

void TestRollup::provenanceIsStoredInTheFile()
{
    QTemporaryDir dir;
    const QStringList paths = writeUnits(dir, threeUnits());
    const DepartmentRollup::Result result = RollupFiles::rollUp({ paths, {}, paths.at(0) }, TestSupport::library());
    QVERIFY(result.data);
    const QString output = dir.filePath(QStringLiteral("dept.fadb"));
    QString error;
    QVERIFY2(DocumentStore::create(output, *result.data, false, &error), qPrintable(error));
    const DocumentStore::OpenResult opened = DocumentStore::open(output);
    QVERIFY2(opened.store, qPrintable(opened.message));
    QCOMPARE(opened.data.rollup, result.data->rollup);
    QCOMPARE(opened.data.rollup.sources.size(), 3);
    QCOMPARE(opened.data.rollup.sources.at(2).path, paths.at(2));
    QCOMPARE(opened.data.rollup.sources.at(2).cells.value(cell("T2", "2010601", "superior")), 10 * Wan);
    QCOMPARE(opened.data.rollup.eliminated.value(cell("T3", "2010601", "subsidy")), 30 * Wan);
}

void TestRollup::provenanceSurvivesExportAndImport()
{
    const DepartmentRollup::Result result =
            DepartmentRollup::run(*TestSupport::library().find(Template), hubeiRules(), asUnits(threeUnits()), 0);
    QVERIFY(result.data);
    const Interchange::ReadResult read = Interchange::read(Interchange::write(*documentOf(*result.data)), TestSupport::library());
    QVERIFY2(read.ok(), qPrintable(read.errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.data.rollup, result.data->rollup);
    QVERIFY(read.data.rollup.sources.at(0).main);
    QCOMPARE(read.data.rollup.sources.at(1).unit.kind, UnitKind::CivilServiceManaged);
    // The drill-down of the imported document still names each unit's part.
    const SourceContributions::Trace basic =
            SourceContributions::trace(*documentOf(read.data), cell("T3", "2010601", "basic"));
    QCOMPARE(basic.units.size(), 3);
    QCOMPARE(basic.units.at(2).value, 10 * Wan);
    QCOMPARE(basic.units.at(2).unit.name, QStringLiteral("丙所"));
}

void TestRollup::brokenProvenanceIsNamedByItsPath()
{
    const DepartmentRollup::Result result =
            DepartmentRollup::run(*TestSupport::library().find(Template), hubeiRules(), asUnits(threeUnits()), 0);
    QVERIFY(result.data);
    const QByteArray json = Interchange::write(*documentOf(*result.data));
    QString text = QString::fromUtf8(json);
    // 乙中心's 20 万元 of T3 基本支出 becomes a word, and the 本级 flag a string.
    QVERIFY(text.contains(QStringLiteral("\"main\": true")));
    text.replace(QStringLiteral("\"main\": true"), QStringLiteral("\"main\": \"yes\""));
    QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
    QJsonObject rollup = root.value(QStringLiteral("rollup")).toObject();
    QJsonArray sources = rollup.value(QStringLiteral("sources")).toArray();
    QJsonObject second = sources.at(1).toObject();
    QJsonObject cells = second.value(QStringLiteral("cells")).toObject();
    QJsonObject t3 = cells.value(QStringLiteral("T3")).toObject();
    QJsonObject row = t3.value(QStringLiteral("2010601")).toObject();
    QCOMPARE(row.value(QStringLiteral("basic")).toString(), QStringLiteral("20.00"));
    row.insert(QStringLiteral("basic"), QStringLiteral("二十"));
    t3.insert(QStringLiteral("2010601"), row);
    cells.insert(QStringLiteral("T3"), t3);
    second.insert(QStringLiteral("cells"), cells);
    sources.replace(1, second);
    rollup.insert(QStringLiteral("sources"), sources);
    root.insert(QStringLiteral("rollup"), rollup);

    const Interchange::ReadResult read = Interchange::read(QJsonDocument(root).toJson(), TestSupport::library());
    QCOMPARE(read.errors.size(), 2);
    QVERIFY2(read.errors.at(0).startsWith(QStringLiteral("$.rollup.sources[0].main: ")), qPrintable(read.errors.at(0)));
    QVERIFY2(read.errors.at(1).startsWith(QStringLiteral("$.rollup.sources[1].cells.T3[\"2010601\"].basic: ")),
             qPrintable(read.errors.at(1)));
}

void TestRollup::unitWithABadFigureIsRefused()
{
    QTemporaryDir dir;
    const QStringList paths = writeUnits(dir, threeUnits());
    // A file from elsewhere: a word where 丙所's 基本支出 belongs.
    QCOMPARE(TestSupport::runSql(paths.at(2), { QStringLiteral("UPDATE cell SET value = 'ten' WHERE sheet = 'T3' "
                                                               "AND row_key = '2010601' AND column_key = 'basic'") }),
             QString());
    QString error;
    QVERIFY(!UnitFiles::read(paths, TestSupport::library(), Template, &error));
    QVERIFY2(error.contains(QStringLiteral("unit2.fadb")) && error.contains(QStringLiteral("2010601")), qPrintable(error));
}

void TestRollup::drillDownListsEachUnitsPart()
{
    const DepartmentRollup::Result result =
            DepartmentRollup::run(*TestSupport::library().find(Template), hubeiRules(), asUnits(threeUnits()), 0);
    QVERIFY(result.data);
    const auto department = documentOf(*result.data);

    const SourceContributions::Trace basic = SourceContributions::trace(*department, cell("T3", "2010601", "basic"));
    QCOMPARE(basic.units.size(), 3);
    QCOMPARE(basic.units.at(0).value, 100 * Wan);
    QCOMPARE(basic.units.at(1).value, 20 * Wan);
    QCOMPARE(basic.units.at(2).value, 10 * Wan);
    QCOMPARE(basic.units.at(2).unit.name, QStringLiteral("丙所"));
    QCOMPARE(basic.eliminated, 0);
    QCOMPARE(basic.total, 130 * Wan);

    // A derived figure: each unit's 本年支出合计, and the 30 eliminated.
    const SourceContributions::Trace total = SourceContributions::trace(*department, cell("T3", "total", "total"));
    QCOMPARE(total.units.at(0).value, 130 * Wan);
    QCOMPARE(total.units.at(1).value, 27 * Wan);
    QCOMPARE(total.units.at(2).value, 10 * Wan);
    QCOMPARE(total.eliminated, 30 * Wan);
    QCOMPARE(total.total, 137 * Wan);

    // 丙 is 事业: nothing of its 机关运行经费.
    const SourceContributions::Trace operations =
            SourceContributions::trace(*department, cell("OPERATIONS", "amount", "amount"));
    QCOMPARE(operations.units.at(2).value, 0);
    QCOMPARE(operations.units.at(1).value, 3 * Wan);

    const auto plain = TestSupport::emptyDocument();
    QVERIFY(SourceContributions::trace(*plain, cell("T3", "total", "total")).units.isEmpty());
}

void TestRollup::changedAndMissingUnitsAreNoticed()
{
    QTemporaryDir dir;
    const QStringList paths = writeUnits(dir, threeUnits());
    const DepartmentRollup::Result result = RollupFiles::rollUp({ paths, {}, {} }, TestSupport::library());
    QVERIFY(result.data);
    QVERIFY(RollupStatus::check(result.data->rollup, TestSupport::library()).isEmpty());

    {
        const DocumentFile::Opened opened = DocumentFile::open(paths.at(1), TestSupport::library());
        QVERIFY(opened.document); // opened and closed without an edit: not a change
    }
    QVERIFY(RollupStatus::check(result.data->rollup, TestSupport::library()).isEmpty());
    {
        const DocumentFile::Opened opened = DocumentFile::open(paths.at(1), TestSupport::library());
        QVERIFY(opened.document);
        QString error;
        QVERIFY(opened.document->enterCell(cell("T3", "2010601", "basic"), QStringLiteral("25"), MoneyUnit::Wanyuan, &error));
    }
    QVERIFY(QFile::remove(paths.at(2)));
    const QList<RollupStatus::Change> changes = RollupStatus::check(result.data->rollup, TestSupport::library());
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).path, paths.at(1));
    QCOMPARE(changes.at(0).kind, RollupStatus::Change::Kind::Changed);
    QCOMPARE(changes.at(1).path, paths.at(2));
    QCOMPARE(changes.at(1).kind, RollupStatus::Change::Kind::Missing);
}

void TestRollup::rerollIsOneUndoableStep()
{
    QTemporaryDir dir;
    const QStringList paths = writeUnits(dir, threeUnits());
    DepartmentRollup::Result result = RollupFiles::rollUp({ paths, {}, {} }, TestSupport::library());
    QVERIFY(result.data);
    result.data->texts.insert(QStringLiteral("duties"), QStringLiteral("部门改过的职责"));
    const QString output = dir.filePath(QStringLiteral("dept.fadb"));
    DocumentFile::Opened department =
            DocumentFile::create(output, TestSupport::library().find(Template), *result.data, false, TestSupport::library());
    QVERIFY2(department.document, qPrintable(department.message));
    Document &document = *department.document;
    {
        const DocumentFile::Opened opened = DocumentFile::open(paths.at(2), TestSupport::library());
        QString error;
        QVERIFY(opened.document->enterCell(cell("T3", "2010601", "basic"), QStringLiteral("15"), MoneyUnit::Wanyuan, &error));
        QVERIFY(opened.document->enterCell(cell("OPERATIONS", "amount", "amount"), QStringLiteral("9"),
                                           MoneyUnit::Wanyuan, &error));
    }
    QCOMPARE(RollupStatus::check(document.data().rollup, TestSupport::library()).size(), 1);

    QString error;
    const std::optional<DocumentData> again = RollupFiles::rollUpAgain(document, TestSupport::library(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(document.push(new RerollDocument(&document, *again)));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.value(cell("T3", "2010601", "basic")), 135 * Wan);
    QCOMPARE(document.value(cell("OPERATIONS", "amount", "amount")), 8 * Wan); // 丙 is still 事业
    QCOMPARE(document.data().texts.value(QStringLiteral("duties")), QStringLiteral("部门改过的职责"));
    QVERIFY(RollupStatus::check(document.data().rollup, TestSupport::library()).isEmpty());

    document.undoStack()->undo();
    QCOMPARE(document.value(cell("T3", "2010601", "basic")), 130 * Wan);
    QCOMPARE(document.data().rollup, result.data->rollup);
    QCOMPARE(RollupStatus::check(document.data().rollup, TestSupport::library()).size(), 1);
    document.undoStack()->redo();
    QCOMPARE(document.value(cell("T3", "2010601", "basic")), 135 * Wan);

    // Written through: the file holds the re-rolled figures and provenance.
    const DocumentData inMemory = document.data();
    department.document.reset();
    const DocumentStore::OpenResult reopened = DocumentStore::open(output);
    QVERIFY(reopened.store);
    QCOMPARE(reopened.data.cells, inMemory.cells);
    QCOMPARE(reopened.data.classRows, inMemory.classRows);
    QCOMPARE(reopened.data.rollup, inMemory.rollup);
}

QTEST_GUILESS_MAIN(TestRollup)
#include "tst_rollup.moc"
