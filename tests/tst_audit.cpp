#include "testsupport.h"

#include "audit/auditengine.h"
#include "audit/auditreport.h"
#include "profile/checkrunner.h"
#include "document/document.h"
#include "audit/rulebook.h"
#include "profile/templatelibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The table rules: each one fires on a document crafted to break it and stays quiet on a clean
// one; plus the command line.
using namespace Qt::StringLiterals;

class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanDocumentIsQuiet();
    void ruleFires_data();
    void ruleFires();
    void everyRuleIsTested();
    void shanghaiDefectFound_data();
    void shanghaiDefectFound();
    void tailDifferenceIsWarning();
    void cellOutOfRangeIsOneErrorAtTheCell();
    void sumOfProjectsOutOfRangeIsAnError();
    void explainedWarningBecomesInfo();
    void exitStatus();
    void commandLine();

private:
    std::unique_ptr<Document> cleanDocument() const;
    static void apply(Document *document, const QStringList &edits);
    static QStringList guaranteedChecks();

    std::unique_ptr<AuditEngine> m_engine;
};

void TestAudit::initTestCase()
{
    QString error;
    m_engine = AuditEngine::forTemplate(*TestSupport::library().find(QStringLiteral("hubei-2024")), &error);
    QVERIFY2(m_engine, qPrintable(error));
}

// Edits as text: "T6.30108.amount=50" (万元, or a count), "row:T3.2010801", "text:KEY=…"
// (empty to clear), "dept=NAME", "project:N.executed=…" / ".budget=" / ".problems=", and
// "project:+=NAME,BUDGET,EXECUTED" to add one.
void TestAudit::apply(Document *document, const QStringList &edits)
{
    for (const QString &edit : edits) {
        const QString left = edit.section(QLatin1Char('='), 0, 0);
        const QString right = edit.section(QLatin1Char('='), 1);
        if (left.startsWith(QLatin1String("row:"))) {
            const CellRef ref = CellRef::fromString(left.mid(4) + QStringLiteral(".x"));
            document->addClassRow(ref.sheet, ref.row, {});
        } else if (left.startsWith(QLatin1String("text:"))) {
            document->setText(left.mid(5), right);
        } else if (left == QLatin1String("dept")) {
            DepartmentInfo department = document->data().department;
            department.name = right;
            document->setDepartment(department);
        } else if (left == QLatin1String("project:+")) {
            const QStringList fields = right.split(QLatin1Char(','));
            Project project;
            project.id = document->data().nextProjectId();
            project.name = fields.at(0);
            project.funds.setAmount(FundSource::Appropriation, FundColumn::FullBudget, parseMoney(fields.at(1), {}).value);
            project.funds.setAmount(FundSource::Appropriation, FundColumn::Executed, parseMoney(fields.at(2), {}).value);
            project.problems = QStringLiteral("无");
            document->insertProject(int(document->data().projects.size()), project);
        } else if (left.startsWith(QLatin1String("project:"))) {
            const int index = left.mid(8).section(QLatin1Char('.'), 0, 0).toInt();
            const QString field = left.section(QLatin1Char('.'), 1);
            Project project = document->data().projects.at(index);
            if (field == QLatin1String("problems"))
                project.problems = right;
            else
                project.funds.setAmount(FundSource::Appropriation,
                                        field == QLatin1String("budget") ? FundColumn::FullBudget : FundColumn::Executed,
                                        parseMoney(right, {}).value);
            document->replaceProject(index, project);
        } else {
            const CellRef ref = CellRef::fromString(left);
            QVERIFY2(document->layout().contains(ref), qPrintable(edit));
            const qint64 value = document->layout().valueType(ref) == ValueType::Count
                    ? right.toLongLong()
                    : parseMoney(right, { MoneyUnit::Wanyuan, true, false }).value.fen();
            document->setCellInputs({ { ref, value } });
        }
    }
}

// The sample made consistent: a finance department (so 20106 fits), budgets equal to the
// actuals, every project complete and the project list adding up to 项目支出.
std::unique_ptr<Document> TestAudit::cleanDocument() const
{
    auto document = TestSupport::sampleDocument();
    QStringList edits { QStringLiteral("dept=咸宁市财政局"), QStringLiteral("T9.main.b_recv=0.33"),
                        QStringLiteral("PRIOR.operations.amount=90.89"),
                        QStringLiteral("project:+=其他项目,524.2143,524.2143") };
    for (const QString &code : document->data().classRows.value(QStringLiteral("T5")))
        edits.append(QStringLiteral("T5.%1.budget=%2").arg(code, Money::fromFen(document->value({ QStringLiteral("T5"), code, QStringLiteral("total") })).toExactString(MoneyUnit::Wanyuan)));
    for (int i = 0; i < document->data().projects.size(); ++i)
        edits.append(QStringLiteral("project:%1.budget=%2").arg(i).arg(document->data().projects.at(i).executed()->toExactString(MoneyUnit::Wanyuan)));
    apply(document.get(), edits);
    return document;
}

void TestAudit::cleanDocumentIsQuiet()
{
    const auto document = cleanDocument();
    const QList<Finding> findings = m_engine->auditTables(*document);
    for (const Finding &finding : findings)
        qWarning("%s: %s", qPrintable(finding.ruleId), qPrintable(finding.message));
    QCOMPARE(findings.size(), 0);
    QVERIFY(CheckRunner::failures(*document).isEmpty());
}

void TestAudit::ruleFires_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("actual");   // the finding's first figure, "" to skip
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, std::initializer_list<const char *> edits, const char *rule,
                        const char *severity, const char *actual = "", const char *expected = "") {
        QStringList list;
        for (const char *edit : edits)
            list.append(QString::fromUtf8(edit));
        QTest::newRow(name) << list << QString::fromUtf8(rule) << QString::fromLatin1(severity) << QString::fromUtf8(actual)
                            << QString::fromUtf8(expected);
    };
    // The template's checks.
    row("spending beyond income leaves a negative balance", { "T3.2010602.project=5000" }, "T1-6", "error", "-1599.51 万元");
    row("GPB spending beyond GPB income", { "T5.2010602.project=4000" }, "T4-4", "error");
    row("T2 total differs from T1", { "T2.2010601.fiscal=500" }, "X-01a", "error", "4117.47 万元", "4060.84 万元");
    row("T2 fiscal income differs from T1", { "T2.2010601.fiscal=500" }, "X-01b", "error", "4116.42 万元", "4059.79 万元");
    row("T6 does not add up to T5 basic", { "T6.30101.amount=130.50" }, "X-05", "error", "712.92 万元", "702.92 万元");
    row("T5 above T3 for a code", { "T5.2010602.project=3500" }, "X-08a", "error");
    row("T5 basic above T3 basic", { "T5.2080505.basic=46" }, "X-08b", "error");
    row("T5 project above T3 project", { "T5.2089901.project=14" }, "X-08c", "error");
    row("fiscal carry-over above all carry-over", { "T4.BOY_GPB.amount=10" }, "X-09a", "error");
    row("fiscal balance above all balance", { "T4.BOY_GPB.amount=10", "T1.I_BOY.amount=10", "T3.2010602.project=3410.49" }, "X-09b", "error");
    row("basic spending abroad above 三公", { "T6.30212.amount=1" }, "X-10a", "error");
    row("basic reception above 三公", { "T6.30217.amount=0.5" }, "X-10b", "error");
    row("basic car running above 三公", { "T6.30231.amount=3" }, "X-10c", "error");
    row("basic car purchase above 三公", { "T6.31013.amount=1" }, "X-10d", "error");
    row("reception parts differ from 三公", { "SANGONG.domesticAmount.value=0.30" }, "S-01", "error", "0.30 万元", "0.33 万元");
    row("SME contracts above procurement", { "PROCUREMENT.sme.amount=7" }, "S-02", "error");
    row("small firms above SME", { "PROCUREMENT.smallMicro.amount=7", "PROCUREMENT.sme.amount=6.28" }, "S-03", "error");
    row("more cars held than vehicles", { "SANGONG.carsHeld.value=2" }, "S-04", "error", "2", "1");
    row("operations above public funds", { "OPERATIONS.amount.amount=95" }, "S-05", "warning");
    // The rules data.
    row("negative fund balance", { "row:T7.2120801", "T7.2120801.basic=1" }, "A-T4-4f", "error", "-1.00 万元");
    row("negative fund balance per code", { "row:T7.2120801", "T7.2120801.basic=1" }, "A-T7-2", "error");
    row("negative SOE balance", { "row:T8.2120803", "T8.2120803.basic=1" }, "A-T4-4s", "error");
    row("class fiscal spending above class spending", { "T5.2010602.project=3500" }, "A-X08d", "error");
    row("pension contribution differs from 2080505", { "T6.30108.amount=40" }, "L-30108", "warning", "40.00 万元", "45.20 万元");
    row("annuity differs from 2080506", { "T6.30109.amount=15" }, "L-30109", "warning");
    row("medical contribution differs from 21011", { "T6.30110.amount=9" }, "L-30110", "warning");
    row("housing fund differs from 2210201", { "T6.30113.amount=60" }, "L-30113", "warning");
    row("retirement differs from 20805 items", { "T6.30302.amount=11" }, "L-30302", "warning");
    row("projects do not add up to 项目支出", { "project:0.executed=20.18", "project:0.budget=20.18" }, "P-01", "warning", "3414.50 万元", "3413.50 万元");
    row("procurement above spending", { "PROCUREMENT.goods.amount=5000" }, "G-01", "warning");
    row("fewer persons than groups abroad", { "SANGONG.abroadGroups.value=2", "SANGONG.abroadPersons.value=1" }, "C-01", "error");
    row("fewer foreign guests than groups", { "SANGONG.foreignGroups.value=2", "SANGONG.foreignPersons.value=1" }, "C-02", "error");
    row("fewer domestic guests than groups", { "SANGONG.domesticPersons.value=5" }, "C-03", "error", "5", "7");
    row("more cars bought than held", { "SANGONG.carsBought.value=2", "T9.main.a_car_buy=10", "T9.main.b_car_buy=10" }, "C-04", "warning");
    row("car purchase without cars", { "T9.main.a_car_buy=10", "T9.main.b_car_buy=10" }, "C-05", "warning");
    row("cars without purchase", { "SANGONG.carsBought.value=1" }, "C-06", "warning");
    row("car running without cars", { "SANGONG.carsHeld.value=0" }, "C-07", "warning");
    row("travel abroad without groups", { "T9.main.a_abroad=1", "T9.main.b_abroad=1" }, "C-08", "warning");
    row("groups abroad without cost", { "SANGONG.abroadGroups.value=1", "SANGONG.abroadPersons.value=1" }, "C-09", "warning");
    row("foreign reception without groups", { "SANGONG.foreignAmount.value=0.1", "SANGONG.domesticAmount.value=0.23" }, "C-10", "warning");
    row("domestic reception without groups", { "SANGONG.domesticGroups.value=0", "SANGONG.domesticPersons.value=0" }, "C-11", "warning");
    row("total changed beyond 10% without reason", { "PRIOR.total.amount=3000", "text:reason.totalChange=" }, "Y-01", "warning", "4117.47 万元", "3000.00 万元");
    row("total changed beyond 10% with reason", { "PRIOR.total.amount=3000" }, "Y-01", "info");
    row("fiscal total changed beyond 10%", { "PRIOR.fiscal.amount=3000", "text:reason.fiscalChange=" }, "Y-02", "warning");
    row("GPB income changed beyond 10%", { "PRIOR.gpbIncome.amount=3000", "text:reason.gpbIncomeChange=" }, "Y-03", "warning");
    row("GPB spending changed beyond 10%", { "PRIOR.gpbExpenditure.amount=3000", "text:reason.gpbExpenditureChange=" }, "Y-04", "warning");
    row("operations changed beyond 10%", { "PRIOR.operations.amount=50" }, "Y-05", "warning");
    row("三公 grew", { "PRIOR.sgAbroad.amount=0", "PRIOR.sgCarRun.amount=1", "PRIOR.sgRecv.amount=0" }, "Y-06", "warning", "2.33 万元", "1.00 万元");
    row("item above its budget", { "T5.2080505.budget=30" }, "R-01", "warning", "45.20 万元", "30.00 万元");
    row("item above budget with reason", { "T5.2080505.budget=30", "text:reason.item.2080505=新增缴费基数" }, "R-01", "info");
    row("GPB spending far below budget", { "T5.2010602.budget=5000" }, "R-02", "warning");
    row("三公 far below budget", { "T9.main.b_car_run=10", "text:reason.sangongExecution=" }, "R-03", "warning");
    row("abroad far below budget", { "T9.main.b_abroad=1" }, "R-04", "warning");
    row("cars far below budget", { "T9.main.b_car_run=10" }, "R-05", "warning");
    row("reception far below budget", { "T9.main.b_recv=1", "text:reason.receptionExecution=" }, "R-06", "warning");
    row("project far below budget", { "project:0.budget=100" }, "R-07", "warning", "19.18 万元", "100.00 万元");
    row("project below budget with problems stated", { "project:0.budget=100", "project:0.problems=合同未到期" }, "R-07", "info");
    row("total change without reason", { "PRIOR.total.amount=4300", "text:reason.totalChange=" }, "E-01", "warning");
    row("fiscal change without reason", { "PRIOR.fiscal.amount=4300", "text:reason.fiscalChange=" }, "E-02", "warning");
    row("GPB income change without reason", { "PRIOR.gpbIncome.amount=4300", "text:reason.gpbIncomeChange=" }, "E-03", "warning");
    row("fund income change without reason", { "PRIOR.fundIncome.amount=1" }, "E-04", "warning");
    row("SOE income change without reason", { "PRIOR.soeIncome.amount=1" }, "E-05", "warning");
    row("GPB spending change without reason", { "PRIOR.gpbExpenditure.amount=4300", "text:reason.gpbExpenditureChange=" }, "E-06", "warning");
    row("item off budget without reason", { "T5.2080505.budget=46" }, "E-07", "warning");
    row("class without its use", { "text:use.201=" }, "E-08", "warning");
    row("三公 off budget without reason", { "T9.main.b_recv=0.34", "text:reason.sangongExecution=" }, "E-09", "warning");
    row("reception off budget without reason", { "T9.main.b_recv=0.34", "text:reason.receptionExecution=" }, "E-10", "warning");
    row("car running without its use", { "text:use.carRun=" }, "E-11", "warning");
    row("domestic reception without its content", { "text:use.domesticReception=无" }, "E-12", "warning");
    row("财政事务 in a non-finance department", { "dept=咸宁市政务服务和大数据管理局" }, "D-01", "warning");
    row("税收事务 outside the tax office", { "row:T3.2010701", "T3.2010701.basic=1" }, "D-02", "warning");
    row("审计事务 outside the audit office", { "row:T3.2010801", "T3.2010801.basic=1" }, "D-03", "warning");
    row("纪检监察 outside the commission", { "row:T3.2011101", "T3.2011101.basic=1" }, "D-04", "warning");
    row("统计 outside the statistics bureau", { "row:T3.2010501", "T3.2010501.basic=1" }, "D-05", "warning");
}

void TestAudit::ruleFires()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, ruleId);
    QFETCH(QString, severity);
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    auto document = cleanDocument();
    apply(document.get(), edits);
    const QList<Finding> findings = m_engine->run(*document);
    const auto found = std::find_if(findings.cbegin(), findings.cend(),
                                    [&](const Finding &f) { return f.ruleId == ruleId && f.kind != QLatin1String("tail"); });
    if (found == findings.cend()) {
        for (const Finding &f : findings)
            qWarning("%s %s", qPrintable(f.ruleId), qPrintable(f.message));
        QFAIL("the rule did not fire");
    }
    QCOMPARE(AuditSeverity::name(found->severity), severity);
    QVERIFY(!found->message.contains(QLatin1Char('{')));
    QVERIFY(!found->locations.isEmpty());
    QVERIFY(!found->explainKey.isEmpty());
    if (!actual.isEmpty())
        QCOMPARE(found->actual.text(), actual);
    if (!expected.isEmpty())
        QCOMPARE(found->expected.text(), expected);
}

// Shanghai's profile states no rules of its own: it extends the national base, so its audit
// runs, and a document with one defect of each kind of rule gets the finding.
void TestAudit::shanghaiDefectFound_data()
{
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<QString>("ruleId");
    QTest::newRow("none: an empty document is clean") << QStringList() << QString();
    QTest::newRow("template check") << QStringList { u"T6.30212.amount=1"_s } << u"X-10a"_s;
    QTest::newRow("compare") << QStringList { u"SANGONG.abroadGroups.value=2"_s, u"SANGONG.abroadPersons.value=1"_s } << u"C-01"_s;
    QTest::newRow("implies") << QStringList { u"SANGONG.abroadGroups.value=1"_s, u"SANGONG.abroadPersons.value=1"_s } << u"C-09"_s;
    QTest::newRow("change") << QStringList { u"OPERATIONS.amount.amount=100"_s, u"PRIOR.operations.amount=50"_s } << u"Y-05"_s;
    QTest::newRow("completion") << QStringList { u"T9.main.b_abroad=10"_s, u"T9.main.a_abroad=5"_s } << u"R-04"_s;
    QTest::newRow("reason") << QStringList { u"T9.main.a_car_run=1"_s, u"T9.main.b_car_run=1"_s } << u"E-11"_s;
    QTest::newRow("departmentSection") << QStringList { u"row:T3.2010701"_s, u"T3.2010701.basic=1"_s } << u"D-02"_s;
}

void TestAudit::shanghaiDefectFound()
{
    QFETCH(QStringList, edits);
    QFETCH(QString, ruleId);
    auto document = TestSupport::emptyDocument(u"shanghai-2024"_s);
    apply(document.get(), edits);
    QString error;
    const auto engine = AuditEngine::forTemplate(document->reportTemplate(), &error);
    QVERIFY2(engine, qPrintable(error));
    const QList<Finding> findings = engine->auditTables(*document);
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.ruleId);
    if (ruleId.isEmpty())
        QCOMPARE(ids, QStringList());
    else
        QVERIFY2(ids.contains(ruleId), qPrintable(ids.join(u' ')));
}

// Checks that the recalculation makes true by construction: no document can break them.
QStringList TestAudit::guaranteedChecks()
{
    return { QStringLiteral("T1-5"), QStringLiteral("T4-3"), QStringLiteral("X-02"), QStringLiteral("X-04"),
             QStringLiteral("X-06"), QStringLiteral("X-07") };
}

void TestAudit::cellOutOfRangeIsOneErrorAtTheCell()
{
    auto document = cleanDocument();
    apply(document.get(), { QStringLiteral("T5.2010601.basic=100000000"), QStringLiteral("T5.2010601.project=1") });
    const CellRef total { QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("total") };
    QVERIFY(document->isOutOfRange(total));
    const QList<Finding> findings = m_engine->auditTables(*document);
    QList<CellRef> reported;
    for (const Finding &finding : findings) {
        if (finding.ruleId != QLatin1String("outOfRange"))
            continue;
        QCOMPARE(finding.severity, Severity::Error);
        QCOMPARE(finding.locations.size(), 1);
        QVERIFY(document->isOutOfRange(finding.locations.constFirst().cell));
        QVERIFY(!reported.contains(finding.locations.constFirst().cell));
        reported.append(finding.locations.constFirst().cell);
    }
    QVERIFY(reported.contains(total));
    QCOMPARE(reported.size(), document->values().outOfRangeCells().size());
    // No rule compares with a figure it could not compute.
    for (const Finding &finding : findings) {
        for (const AuditValue &value : { finding.actual, finding.expected, finding.difference })
            QVERIFY2(qAbs(value.value) <= 2 * Money::LimitFen, qPrintable(finding.ruleId));
    }
}

void TestAudit::sumOfProjectsOutOfRangeIsAnError()
{
    auto document = cleanDocument();
    // Each project within the amount range; together beyond it.
    apply(document.get(), { QStringLiteral("project:+=甲,100000000,100000000"), QStringLiteral("project:+=乙,100000000,100000000") });
    QVERIFY(document->values().outOfRangeCells().isEmpty());
    const QList<Finding> findings = m_engine->auditTables(*document);
    const auto outOfRange = std::count_if(findings.cbegin(), findings.cend(), [](const Finding &finding) {
        return finding.message.contains(QLatin1String("cannot be checked"));
    });
    QVERIFY(outOfRange > 0);
}

void TestAudit::everyRuleIsTested()
{
    QStringList ids;
    for (const Rule &check : TestSupport::sampleDocument()->reportTemplate().checks())
        ids.append(check.id);
    for (const Rule &rule : m_engine->rules().rules())
        ids.append(rule.id);
    QFile self(TestSupport::sourcePath(QStringLiteral("tests/tst_audit.cpp")));
    QVERIFY(self.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(self.readAll());
    for (const QString &id : std::as_const(ids)) {
        if (guaranteedChecks().contains(id))
            continue;
        QVERIFY2(text.contains(QLatin1Char('"') + id + QLatin1Char('"')), qPrintable(id + QStringLiteral(" has no test row")));
    }
}

void TestAudit::tailDifferenceIsWarning()
{
    // T6 items add up to 0.01 万元 more than T5 basic: two rounded figures, within 0.02.
    auto document = cleanDocument();
    apply(document.get(), { QStringLiteral("T6.30101.amount=120.51") });
    QList<Finding> findings = m_engine->auditTables(*document);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().ruleId, QStringLiteral("X-05"));
    QCOMPARE(findings.first().kind, QStringLiteral("tail"));
    QCOMPARE(findings.first().severity, Severity::Warning);
    QCOMPARE(findings.first().difference.text(), QStringLiteral("0.01 万元"));
    QVERIFY(findings.first().message.contains(QStringLiteral("尾数差")));
    apply(document.get(), { QStringLiteral("T6.30101.amount=120.53") });
    findings = m_engine->auditTables(*document);
    QCOMPARE(findings.first().severity, Severity::Error);
    QCOMPARE(tailToleranceFen(1), 0);
    QCOMPARE(tailToleranceFen(2), 20000);
    QCOMPARE(tailToleranceFen(3), 20000);
    QCOMPARE(tailToleranceFen(5), 30000);
}

void TestAudit::explainedWarningBecomesInfo()
{
    auto document = cleanDocument();
    // Moves 5.20 from the pension contribution to another item, so that only the link breaks.
    apply(document.get(), { QStringLiteral("T6.30108.amount=40"), QStringLiteral("T6.30199.amount=58.94") });
    const auto linkFinding = [&] {
        const QList<Finding> findings = m_engine->run(*document);
        const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                     [](const Finding &f) { return f.ruleId == QLatin1String("L-30108"); });
        return it == findings.cend() ? Finding() : *it;
    };
    Finding finding = linkFinding();
    QCOMPARE(finding.ruleId, QStringLiteral("L-30108"));
    QCOMPARE(finding.explainKey, QStringLiteral("explain.L-30108"));
    QCOMPARE(finding.severity, Severity::Warning);
    apply(document.get(), { QStringLiteral("text:explain.L-30108=部分缴费由其他科目列支") });
    finding = linkFinding();
    QCOMPARE(finding.severity, Severity::Info);
    QCOMPARE(finding.explanation, QStringLiteral("部分缴费由其他科目列支"));
}

void TestAudit::exitStatus()
{
    Finding warning;
    warning.severity = Severity::Warning;
    Finding error;
    Finding info;
    info.severity = Severity::Info;
    QCOMPARE(auditExitStatus({}), 0);
    QCOMPARE(auditExitStatus({ info }), 0);
    QCOMPARE(auditExitStatus({ info, warning }), 1);
    QCOMPARE(auditExitStatus({ warning, error }), 2);
}

void TestAudit::commandLine()
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("sample.fadb"));
    QCOMPARE(TestSupport::runApp({ QStringLiteral("sample"), QStringLiteral("-o"), sample }).exitCode, 0);
    const TestSupport::ProcessResult json = TestSupport::runApp(
            { QStringLiteral("audit"), sample, QStringLiteral("--text"),
              TestSupport::sourcePath(QStringLiteral("tests/fixtures/seed-xianning-2024.txt")), QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 2);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    const QJsonArray findings = root.value(QLatin1String("findings")).toArray();
    QVERIFY(findings.size() > 20);
    bool sangong = false;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char *field : { "ruleId", "severity", "kind", "section", "message", "actual", "expected", "difference",
                                   "locations", "explainKey", "explanation" })
            QVERIFY2(finding.contains(QLatin1String(field)), field);
        if (finding.value(QLatin1String("message")).toString().contains(QStringLiteral("“三公”经费决算合计 2.32 万元"))) {
            sangong = true;
            QCOMPARE(finding.value(QLatin1String("expected")).toObject().value(QLatin1String("fen")).toString(),
                     QStringLiteral("2330000"));
            QCOMPARE(finding.value(QLatin1String("difference")).toObject().value(QLatin1String("text")).toString(),
                     QStringLiteral("-0.01 万元"));
        }
    }
    QVERIFY(sangong);
    QCOMPARE(root.value(QLatin1String("exitStatus")).toInt(), 2);

    const TestSupport::ProcessResult text = TestSupport::runApp({ QStringLiteral("audit"), sample });
    QCOMPARE(text.exitCode, 2);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("我中心")));

    const QString empty = dir.filePath(QStringLiteral("empty.fadb"));
    QCOMPARE(TestSupport::runApp({ QStringLiteral("new"), QStringLiteral("--department"), QStringLiteral("测试局"),
                                   QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("-o"), empty })
                     .exitCode,
             0);
    const TestSupport::ProcessResult clean = TestSupport::runApp({ QStringLiteral("audit"), empty });
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(TestSupport::runApp({ QStringLiteral("audit") }).exitCode, 64);
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
