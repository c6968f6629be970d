// The project self-evaluation form (项目支出绩效自评表): scores and grades against hand-computed
// values, validation, undo, storage with the migration of an old file, interchange, and the
// editor driven by keys.
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include "commands/changeproject.h"
#include "document/document.h"
#include "editor/projectformeditor.h"
#include "editor/projectseditor.h"
#include "evaluation/gradebands.h"
#include "evaluation/selfevaluationcheck.h"
#include "evaluation/selfevaluationscore.h"
#include "interchange/interchange.h"
#include "models/projectfundsmodel.h"
#include "models/projectindicatormodel.h"
#include "models/projectlistmodel.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "narrative/narrativetext.h"
#include "print/disclosureexport.h"
#include "report/reportcontent.h"
#include "store/documentstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

Money wan(const char *text)
{
    return parseMoney(QString::fromLatin1(text), { MoneyUnit::Wanyuan, false, false }).value;
}

Points points(const char *text)
{
    return parsePoints(QString::fromLatin1(text)).value;
}

PerformanceIndicator indicator(IndicatorCategory category, const char *weight, const char *score)
{
    PerformanceIndicator result;
    result.category = category;
    result.name = u"指标"_s;
    if (weight)
        result.weight = points(weight);
    if (score)
        result.score = points(score);
    return result;
}

// Budget 100 万元, executed as given; 产出 50, 效益 30, 满意度 10 with the scores given.
Project form(const char *executed, const char *output, const char *benefit, const char *satisfaction)
{
    Project p;
    p.name = u"测试项目"_s;
    p.funds.setAmount(FundSource::Appropriation, FundColumn::FullBudget, wan("80"));
    p.funds.setAmount(FundSource::Carryover, FundColumn::FullBudget, wan("20"));
    p.funds.setAmount(FundSource::Appropriation, FundColumn::Executed, wan(executed));
    p.indicators = { indicator(IndicatorCategory::Quantity, "50", output),
                     indicator(IndicatorCategory::Social, "30", benefit),
                     indicator(IndicatorCategory::Satisfaction, "10", satisfaction) };
    return p;
}

} // namespace

class TestSelfEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void pointsParse_data();
    void pointsParse();
    void scores_data();
    void scores();
    void fundsTotalKeepsUnknown();
    void gradeBandsFromProfiles();
    void badGradeBandsRefused();
    void checkFindsProblems();
    void modelsPushOneCommandPerEdit();
    void storeRoundTrip();
    void oldFileMigrates();
    void interchangeRoundTrip();
    void interchangeReadsOldProjects();
    void editorRefusesLettersInChinese();
    void shanghaiPerformanceParagraph();
    void pdfAttachment();
};

void TestSelfEvaluation::pointsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("hundredths");
    QTest::newRow("whole") << u"10"_s << true << qint64(1000);
    QTest::newRow("one decimal") << u"8.5"_s << true << qint64(850);
    QTest::newRow("two decimals") << u"89.99"_s << true << qint64(8999);
    QTest::newRow("full-width") << u"８．５"_s << true << qint64(850);
    QTest::newRow("blank is not given") << u"  "_s << true << qint64(0);
    QTest::newRow("three decimals") << u"8.555"_s << false << qint64(0);
    QTest::newRow("letters") << u"abc"_s << false << qint64(0);
    QTest::newRow("negative") << u"-1"_s << false << qint64(0);
    QTest::newRow("dangling dot") << u"8."_s << false << qint64(0);
    QTest::newRow("beyond any form") << u"1000.01"_s << false << qint64(0);
}

void TestSelfEvaluation::pointsParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, hundredths);
    const PointsParseResult result = parsePoints(text);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.error.isEmpty(), ok);
    if (ok)
        QCOMPARE(result.value.hundredths(), hundredths);
}

void TestSelfEvaluation::scores_data()
{
    QTest::addColumn<Project>("project");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("executionScore"); // empty: unknown
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("grade");

    // 95 ÷ 100 = 95.00% → 9.50; 9.50 + 45 + 27 + 8.5 = 90.00 → 优 (the lower bound belongs to 优).
    QTest::newRow("90.00 is 优") << form("95", "45", "27", "8.5") << u"95.00%"_s << u"9.50"_s << u"90.00"_s << u"优"_s;
    // 94.99 ÷ 100 → 9.499 → 9.50 rounded half up; one hundredth less elsewhere gives 89.99 → 良.
    QTest::newRow("89.99 is 良") << form("95", "45", "26.99", "8.5") << u"95.00%"_s << u"9.50"_s << u"89.99"_s
                                << u"良"_s;
    // 91.234 ÷ 100 → 9.1234 → 9.12; + 40 + 20 + 5 = 74.12 → 中.
    QTest::newRow("rounding of the rate score") << form("91.234", "40", "20", "5") << u"91.23%"_s << u"9.12"_s
                                               << u"74.12"_s << u"中"_s;
    // Executed 120 of 100: 120% but the score is capped at 10; 10 + 20 + 10 + 5 = 45 → 差.
    QTest::newRow("capped at the weight") << form("120", "20", "10", "5") << u"120.00%"_s << u"10.00"_s
                                         << u"45.00"_s << u"差"_s;
    // 79.995 ÷ 100 × 10 = 7.9995 → 8.00 (half up); + 42 + 20 + 10 = 80.00 → 良.
    QTest::newRow("80.00 is 良") << form("79.995", "42", "20", "10") << u"80.00%"_s << u"8.00"_s << u"80.00"_s
                                << u"良"_s;

    Project zero = form("0", "50", "30", "10");
    zero.funds.setAmount(FundSource::Appropriation, FundColumn::FullBudget, wan("0"));
    zero.funds.setAmount(FundSource::Carryover, FundColumn::FullBudget, std::nullopt);
    QTest::newRow("zero budget is not comparable") << zero << u"--"_s << QString() << QString() << QString();

    Project unknown = form("95", "45", "27", "8.5");
    unknown.funds.setAmount(FundSource::Appropriation, FundColumn::Executed, std::nullopt);
    QTest::newRow("unknown execution") << unknown << u"--"_s << QString() << QString() << QString();

    QTest::newRow("a score not yet given") << form("95", "45", nullptr, "8.5") << u"95.00%"_s << u"9.50"_s
                                          << QString() << QString();
}

void TestSelfEvaluation::scores()
{
    QFETCH(Project, project);
    QFETCH(QString, rate);
    QFETCH(QString, executionScore);
    QFETCH(QString, total);
    QFETCH(QString, grade);
    const auto document = TestSupport::emptyDocument(u"hubei-2024"_s);
    const SelfEvaluationScore score(project, document->reportTemplate().gradeBands());
    QCOMPARE(score.executionRate().toString(2, u"--"_s), rate);
    QCOMPARE(score.executionScore() ? score.executionScore()->toString() : QString(), executionScore);
    QCOMPARE(score.total() ? score.total()->toString() : QString(), total);
    QCOMPARE(score.grade(), grade);
    QCOMPARE(score.weightTotal(), Points::whole(100));
}

void TestSelfEvaluation::fundsTotalKeepsUnknown()
{
    ProjectFunds funds;
    QCOMPARE(funds.total(FundColumn::InitialBudget), std::nullopt);
    funds.setAmount(FundSource::Other, FundColumn::InitialBudget, wan("0"));
    QCOMPARE(funds.total(FundColumn::InitialBudget), std::optional<Money>(Money())); // zero is known
    funds.setAmount(FundSource::Carryover, FundColumn::InitialBudget, wan("12.5"));
    QCOMPARE(funds.total(FundColumn::InitialBudget)->toExactString(MoneyUnit::Wanyuan), u"12.50"_s);
}

void TestSelfEvaluation::gradeBandsFromProfiles()
{
    const auto hubei = TestSupport::emptyDocument(u"hubei-2024"_s);
    const auto shanghai = TestSupport::emptyDocument(u"shanghai-2024"_s);
    const GradeBands &h = hubei->reportTemplate().gradeBands();
    const GradeBands &s = shanghai->reportTemplate().gradeBands();
    QCOMPARE(h.gradeOf(points("59.99")), u"差"_s);
    QCOMPARE(h.gradeOf(points("60")), u"中"_s);
    QCOMPARE(s.gradeOf(points("90")), u"优"_s);
    QCOMPARE(s.gradeOf(points("89.99")), u"良"_s);
    QCOMPARE(s.gradeOf(points("60")), u"合格"_s);
    QCOMPARE(s.gradeOf(points("59.99")), u"不合格"_s);
}

void TestSelfEvaluation::badGradeBandsRefused()
{
    QString error;
    const auto parse = [&](const char *json) {
        return GradeBands::fromJson(QJsonDocument::fromJson(json).object().value(u"b"_s), &error);
    };
    QVERIFY(parse(R"({"b": [{"grade": "优", "from": 90}, {"grade": "差", "from": 0}]})"));
    QVERIFY(!parse(R"({"b": [{"grade": "优", "from": 90}, {"grade": "良", "from": 95}, {"grade": "差", "from": 0}]})"));
    QVERIFY(error.contains(u"bands[1]"_s));
    QVERIFY(!parse(R"({"b": [{"grade": "优", "from": 90}]})"));
    QVERIFY(!parse(R"({"b": [{"from": 0}]})"));
    QVERIFY(!parse(R"({"b": []})"));
    QVERIFY(!parse(R"({})")); // no bands at all: no grade could be given
}

void TestSelfEvaluation::checkFindsProblems()
{
    Project p = form("120", "45", "27", "8.5");
    p.indicators[1].score = points("31");
    p.indicators[2].weight = points("15");
    const QList<SelfEvaluationCheck::Problem> problems = SelfEvaluationCheck::check(p);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).place, SelfEvaluationCheck::Problem::Place::Funds);
    QCOMPARE(problems.at(1).place, SelfEvaluationCheck::Problem::Place::Score);
    QCOMPARE(problems.at(1).indicator, 1);
    QCOMPARE(problems.at(2).place, SelfEvaluationCheck::Problem::Place::Weights);
    QVERIFY(problems.at(2).message.contains(u"105"_s));
    QVERIFY(SelfEvaluationCheck::check(form("95", "45", "27", "8.5")).isEmpty());
}

void TestSelfEvaluation::modelsPushOneCommandPerEdit()
{
    auto document = TestSupport::sampleDocument();
    const Project before = document->data().projects.at(1);
    ProjectFundsModel funds;
    ProjectIndicatorModel indicators;
    funds.setDocument(document.get());
    indicators.setDocument(document.get());
    funds.setProjectId(before.id);
    indicators.setProjectId(before.id);
    QUndoStack *stack = document->undoStack();

    QVERIFY(funds.setData(funds.index(ProjectFundsModel::CarryoverRow, ProjectFundsModel::FullBudgetColumn), u"10"_s));
    // 215.10 + 10 = 225.10 budget; 200.34 ÷ 225.10 = 89.00% → 8.90.
    QCOMPARE(funds.index(ProjectFundsModel::TotalRow, ProjectFundsModel::FullBudgetColumn).data().toString(),
             u"225.10"_s);
    QCOMPARE(funds.index(ProjectFundsModel::TotalRow, ProjectFundsModel::RateColumn).data().toString(), u"89.00%"_s);
    QCOMPARE(funds.index(ProjectFundsModel::TotalRow, ProjectFundsModel::ScoreColumn).data().toString(), u"8.90"_s);
    const int row = indicators.addIndicator(IndicatorCategory::Satisfaction);
    QCOMPARE(row, 1);
    QVERIFY(indicators.setData(indicators.index(row, ProjectIndicatorModel::WeightColumn), u"10"_s));
    QSignalSpy refused(&indicators, &ProjectIndicatorModel::entryRefused);
    QVERIFY(!indicators.setData(indicators.index(row, ProjectIndicatorModel::ScoreColumn), u"10.5"_s));
    QCOMPARE(refused.count(), 1);
    QVERIFY(indicators.setData(indicators.index(row, ProjectIndicatorModel::ScoreColumn), u"9.5"_s));
    QVERIFY(indicators.setData(indicators.index(row, ProjectIndicatorModel::ComparisonColumn), u">="_s));
    QCOMPARE(indicators.index(row, ProjectIndicatorModel::ComparisonColumn).data().toString(), u"≥"_s);
    QVERIFY(!indicators.setData(indicators.index(row, ProjectIndicatorModel::ComparisonColumn), u"about"_s));
    QCOMPARE(stack->count(), 5); // budget, add, weight, score, comparison

    const Project after = document->data().projects.at(1);
    QCOMPARE(after.indicators.at(1).score, std::optional<Points>(points("9.5")));
    for (int step = 0; step < 5; ++step)
        stack->undo();
    QCOMPARE(document->data().projects.at(1), before);
    for (int step = 0; step < 5; ++step)
        stack->redo();
    QCOMPARE(document->data().projects.at(1), after);
}

void TestSelfEvaluation::storeRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"form.fadb"_s);
    DocumentData data = TestSupport::sampleDocument()->data();
    Project &p = data.projects[0];
    p.supervisor = u"市政府"_s;
    p.goalPlanned = u"完成升级"_s;
    p.tracked = true;
    p.funds.setAmount(FundSource::Other, FundColumn::InitialBudget, wan("0"));
    p.indicators.append(indicator(IndicatorCategory::Timeliness, "10", "9.75"));
    p.indicators.last().comparison = Comparison::AtMost;
    p.indicators.append(indicator(IndicatorCategory::Cost, "5", nullptr));
    QString error;
    QVERIFY2(DocumentStore::create(path, data, false, &error), qPrintable(error));
    const DocumentStore::OpenResult opened = DocumentStore::open(path);
    QVERIFY2(opened.store, qPrintable(opened.message));
    QCOMPARE(opened.data.projects, data.projects);
    QCOMPARE(opened.data.projects.at(1).funds.amount(FundSource::Carryover, FundColumn::FullBudget), std::nullopt);
}

// A file of schema version 1, written as the program before the form wrote it, opens with its
// budget and executed amounts and its outputs carried into the form.
void TestSelfEvaluation::oldFileMigrates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.fadb"_s);
    const QString error = TestSupport::runSql(path, TestSupport::version1Schema() + QStringList {
        u"INSERT INTO meta VALUES ('template', 'hubei-2024'), ('department.name', '测试局'),"
        " ('department.year', '2024')"_s,
        u"INSERT INTO project VALUES (7, 0, '热线项目', 191800000, 180000000, '无', '加快进度')"_s,
        u"INSERT INTO project_output VALUES (7, 0, '整合部门热线', '42', '个'), (7, 1, '接收诉求', '41.91', '万')"_s });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const DocumentStore::OpenResult opened = DocumentStore::open(path);
    QVERIFY2(opened.store, qPrintable(opened.message));
    QCOMPARE(opened.data.projects.size(), 1);
    const Project &p = opened.data.projects.first();
    QCOMPARE(p.id, 7);
    QCOMPARE(p.budget()->toExactString(MoneyUnit::Wanyuan), u"191.80"_s);
    QCOMPARE(p.funds.amount(FundSource::Appropriation, FundColumn::Executed)->toExactString(MoneyUnit::Wanyuan),
             u"180.00"_s);
    QCOMPARE(p.funds.total(FundColumn::InitialBudget), std::nullopt);
    QCOMPARE(p.indicators.size(), 2);
    QCOMPARE(p.indicators.at(1).name, u"接收诉求"_s);
    QCOMPARE(p.indicators.at(1).actual, u"41.91"_s);
    QCOMPARE(p.indicators.at(1).unit, u"万"_s);
    QCOMPARE(p.indicators.at(1).category, IndicatorCategory::Quantity);
    QCOMPARE(p.indicators.at(1).weight, std::nullopt);
    QCOMPARE(p.problems, u"无"_s);
    QCOMPARE(p.measures, u"加快进度"_s);
}

void TestSelfEvaluation::interchangeRoundTrip()
{
    auto document = TestSupport::sampleDocument();
    Project p = document->data().projects.at(0);
    p.implementer = u"热线中心"_s;
    p.goalAchieved = u"已完成"_s;
    p.funds.setAmount(FundSource::Carryover, FundColumn::InitialBudget, wan("1.5"));
    p.indicators.append(indicator(IndicatorCategory::Satisfaction, "10", "9.5"));
    p.indicators.last().comparison = Comparison::AtLeast;
    p.indicators.last().target = u"90"_s;
    p.indicators.last().unit = u"%"_s;
    document->push(new ChangeProject(document.get(), 0, p));
    const QByteArray json = Interchange::write(*document);
    const Interchange::ReadResult read = Interchange::read(json, TestSupport::library());
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.join(u'\n')));
    QCOMPARE(read.data.projects.size(), document->data().projects.size());
    for (int i = 0; i < read.data.projects.size(); ++i) {
        Project expected = document->data().projects.at(i);
        expected.id = read.data.projects.at(i).id;
        QCOMPARE(read.data.projects.at(i), expected);
    }
    const QJsonObject written = QJsonDocument::fromJson(json).object();
    const QJsonObject first = written.value(u"projects"_s).toArray().at(0).toObject();
    QCOMPARE(first.value(u"funds"_s).toObject().value(u"carryover"_s).toObject().value(u"initialBudget"_s).toString(),
             u"1.50"_s);
    QVERIFY(!first.value(u"funds"_s).toObject().contains(u"other"_s)); // unknown is left out, not 0
}

void TestSelfEvaluation::interchangeReadsOldProjects()
{
    QJsonObject root = QJsonDocument::fromJson(Interchange::write(*TestSupport::emptyDocument())).object();
    root.remove(u"derived"_s);
    const QJsonObject old { { u"name"_s, u"旧项目"_s }, { u"budget"_s, u"10"_s }, { u"executed"_s, u"9.5"_s },
                            { u"outputs"_s, QJsonArray { QJsonObject { { u"indicator"_s, u"培训"_s },
                                                                       { u"value"_s, u"3"_s },
                                                                       { u"unit"_s, u"次"_s } } } },
                            { u"problems"_s, u"无"_s }, { u"measures"_s, QString() } };
    QJsonObject bad = old;
    bad.insert(u"indicators"_s, QJsonArray { QJsonObject { { u"category"_s, u"speed"_s }, { u"name"_s, u"x"_s },
                                                           { u"score"_s, u"8.555"_s } } });
    root.insert(u"projects"_s, QJsonArray { old, bad });
    const Interchange::ReadResult read = Interchange::read(QJsonDocument(root).toJson(), TestSupport::library());
    QCOMPARE(read.errors.size(), 2);
    QVERIFY(read.errors.at(0).startsWith(u"$.projects[1].indicators[0].category"_s));
    QVERIFY(read.errors.at(1).startsWith(u"$.projects[1].indicators[0].score"_s));
    const Project &p = read.data.projects.at(0);
    QCOMPARE(p.executed()->toExactString(MoneyUnit::Wanyuan), u"9.50"_s);
    QCOMPARE(p.outputs().size(), 1);
    QCOMPARE(p.outputs().at(0).actual, u"3"_s);
}

void TestSelfEvaluation::editorRefusesLettersInChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/final-accounts_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    auto document = TestSupport::sampleDocument();
    const QList<Project> before = document->data().projects;
    ProjectsEditor editor(document.get());
    editor.resize(1200, 800);
    editor.show();
    QApplication::setActiveWindow(&editor);
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QTableView *funds = editor.form()->fundsView();
    funds->setCurrentIndex(funds->model()->index(ProjectFundsModel::AppropriationRow, ProjectFundsModel::ExecutedColumn));
    funds->setFocus();
    QTest::keyClick(funds, Qt::Key_A);
    QLineEdit *typed = funds->findChild<QLineEdit *>();
    QVERIFY(typed);
    QTest::keyClicks(typed, u"bc"_s);
    QCOMPARE(typed->text(), u"abc"_s);
    QTest::keyClick(typed, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
    QCOMPARE(document->data().projects, before);
    const QString message = editor.form()->fundsMessage()->text();
    QVERIFY2(!message.isEmpty(), "no message at the funds block");
    // The place in the form's words, then the reason.
    QVERIFY2(message.startsWith(u"其中：本年财政拨款，全年执行数："_s) && message.contains(u"abc"_s), qPrintable(message));

    funds->setCurrentIndex(funds->model()->index(ProjectFundsModel::AppropriationRow, ProjectFundsModel::ExecutedColumn));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the refused edit's editor
    QTest::keyClick(funds, Qt::Key_F2);
    QLineEdit *cell = funds->findChild<QLineEdit *>();
    QVERIFY(cell);
    cell->selectAll();
    QTest::keyClicks(cell, u"19"_s);
    QTest::keyClick(cell, Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(document->data().projects.at(0).executed()->toExactString(MoneyUnit::Wanyuan), u"19.00"_s);
    QVERIFY(editor.form()->fundsMessage()->text().isEmpty());
    // 19 ÷ 19.18 = 99.06%; the list shows it live.
    QCOMPARE(editor.projects()->index(0, ProjectListModel::CompletionColumn).data().toString(), u"99.06%"_s);
    QVERIFY(editor.form()->totals()->text().contains(u"总分"_s));
    QCoreApplication::removeTranslator(&translator);
}

// Shanghai's 十 counts and sums the forms: three projects, two with targets, one tracked, two
// complete (90.00 优 and 73.26 合格), one without scores.
void TestSelfEvaluation::shanghaiPerformanceParagraph()
{
    auto document = TestSupport::emptyDocument(u"shanghai-2024"_s);
    Project excellent = form("95", "45", "27", "8.5");
    excellent.tracked = true;
    excellent.indicators[0].target = u"40"_s;
    Project pass = form("91.234", "40", "20", "5");
    pass.funds.setAmount(FundSource::Carryover, FundColumn::FullBudget, wan("30.5"));
    pass.goalPlanned = u"完成建设"_s;
    Project open = form("50", nullptr, nullptr, nullptr);
    for (Project p : { excellent, pass, open }) {
        p.id = document->data().nextProjectId();
        document->insertProject(int(document->data().projects.size()), p);
    }
    QString error;
    const auto wording = NarrativeTemplate::forTemplate(*TestSupport::library().find(u"shanghai-2024"_s), &error);
    QVERIFY2(wording, qPrintable(error));
    const NarrativeText text = NarrativeGenerator::generate(*wording, *document);
    const QString section = text.sectionText(3, u"十、预算绩效管理情况"_s);
    // Targets: 100 + 110.5 = 210.50; evaluated: the same two; the second executes 91.234 of 110.5 = 82.565% → 8.26, total 73.26;
    // average (90.00 + 73.26) ÷ 2 = 81.63.
    QVERIFY2(section.contains(u"编报绩效目标的2024年度项目2个，涉及预算金额210.50万元；"
                              "绩效跟踪评价的2024年度项目1个，涉及预算金额100.00万元；"
                              "绩效自评的2024年度项目2个，涉及预算金额210.50万元，平均得分81.63分"
                              "（其中，绩效评级为“优”的项目1个；绩效评级为“良”的项目0个；"
                              "绩效评级为“合格”的项目1个；绩效评级为“不合格”的项目0个）。"_s),
             qPrintable(section));
}

// Each project's form is printed after the disclosure; read back, the filled one shows its funds,
// indicators, total and grade, and a form without scores shows no grade.
void TestSelfEvaluation::pdfAttachment()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("poppler-utils (pdftotext) is needed to read the PDF back");
    auto document = TestSupport::sampleDocument();
    Project filled = form("95", "45", "27", "8.5");
    filled.name = u"绩效自评测试项目"_s;
    filled.supervisor = u"咸宁市政务服务和大数据管理局"_s;
    filled.indicators[0].name = u"整合部门热线"_s;
    filled.indicators[0].comparison = Comparison::AtLeast;
    filled.indicators[0].target = u"40"_s;
    filled.indicators[0].unit = u"个"_s;
    filled.indicators[0].actual = u"42"_s;
    filled.id = document->data().nextProjectId();
    document->insertProject(0, filled);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"forms.pdf"_s);
    QString error;
    QVERIFY2(DisclosureExport::writePdf(ReportContent::build(*document), path, &error), qPrintable(error));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    // The form's number stands alone on its line, right-aligned.
    const qsizetype attachment = text.lastIndexOf(u"附件1\n"_s);
    QVERIFY2(attachment > 0, "no attachment");
    const QString first = text.mid(attachment, text.indexOf(u"附件2\n"_s, attachment) - attachment);
    for (const QString &expected : { u"项目支出绩效自评表"_s, u"绩效自评测试项目"_s, u"年度资金总额"_s, u"100.00"_s,
                                     u"95.00"_s, u"95.00%"_s, u"9.50"_s, u"整合部门热线"_s, u"≥40个"_s, u"42个"_s,
                                     u"产出指标"_s, u"满意度指标"_s, u"90.00"_s, u"自评等级：优"_s })
        QVERIFY2(first.contains(expected), qPrintable(expected + u"\n"_s + first));
    const QString second = text.mid(text.lastIndexOf(u"附件2\n"_s));
    QVERIFY(second.contains(u"市12345公共服务热线二期升级项目"_s));
    QVERIFY(second.contains(u"19.18"_s));
    QVERIFY(!second.section(u"附件3\n"_s, 0, 0).contains(u"自评等级：优"_s));
}

QTEST_MAIN(TestSelfEvaluation)
#include "tst_selfevaluation.moc"
