#include "document/document.h"
#include "rollforward/rollforward.h"
#include "rollforward/rollforwardrules.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QTest>

namespace {

bool mentions(const QStringList &lines, const QString &text)
{
    for (const QString &line : lines) {
        if (line.contains(text))
            return true;
    }
    return false;
}

} // namespace

// Next year from this year: prior-year figures equal this year's 决算, codes carried or mapped,
// retired and unknown codes reported, texts kept and flagged, projects carried empty.
class TestRollForward : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_sample = TestSupport::sampleDocument();
        QString error;
        auto rules = RollForwardRules::forTemplate(m_sample->reportTemplate(), &error);
        QVERIFY2(rules, qPrintable(error));
        QVERIFY(rules->codes.isEmpty()); // no code changes are known for the bundled profile
        QVERIFY(rules->readCodeMap(R"({ "codes": { "2010602": "2010650", "2080505": ["2080506", "2080599"], "2101102": null } })",
                                   &error));
        m_result = RollForward::run(*m_sample, m_sample->reportTemplate(), 2025, *rules);
        QVERIFY2(Document::create(TestSupport::library().find(QStringLiteral("hubei-2024")), m_result.data, &error),
                 qPrintable(error));
    }

    void priorYearFiguresAreThisYearsFinalFigures_data()
    {
        QTest::addColumn<QString>("prior");
        QTest::addColumn<QString>("source");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("收、支总计") << "PRIOR.total.amount" << "T1.I_TOT.amount" << qint64(4'117'470'000);
        QTest::newRow("本年收入合计") << "PRIOR.income.amount" << "T1.I_SUM.amount" << qint64(4'117'470'000);
        QTest::newRow("财政拨款收、支总计") << "PRIOR.fiscal.amount" << "T4.I_TOT.amount" << qint64(4'116'420'000);
        QTest::newRow("一般公共预算财政拨款支出") << "PRIOR.gpbExpenditure.amount" << "T5.total.total" << qint64(4'116'420'000);
        QTest::newRow("公务用车运行费") << "PRIOR.sgCarRun.amount" << "T9.main.a_car_run" << qint64(2'000'000);
        QTest::newRow("公务接待费") << "PRIOR.sgRecv.amount" << "T9.main.a_recv" << qint64(330'000);
        QTest::newRow("机关运行经费") << "PRIOR.operations.amount" << "OPERATIONS.amount.amount" << qint64(90'890'000);
    }

    void priorYearFiguresAreThisYearsFinalFigures()
    {
        QFETCH(QString, prior);
        QFETCH(QString, source);
        QFETCH(qint64, fen);
        QCOMPARE(m_sample->value(CellRef::fromString(source)), fen);
        QCOMPARE(m_result.data.cells.value(CellRef::fromString(prior), -1), fen);
        // Each carried figure says where it came from.
        QVERIFY(mentions(m_result.data.notes, Money::fromFen(fen).format(MoneyUnit::Wanyuan, 2)));
    }

    void onlyPriorYearFiguresAreCarried()
    {
        for (auto it = m_result.data.cells.cbegin(); it != m_result.data.cells.cend(); ++it)
            QCOMPARE(it.key().sheet, QStringLiteral("PRIOR"));
    }

    void departmentAndTexts()
    {
        QCOMPARE(m_result.data.department.year, 2025);
        QCOMPARE(m_result.data.department.name, m_sample->data().department.name);
        QCOMPARE(m_result.data.department.units, m_sample->data().department.units);
        QCOMPARE(m_result.data.texts.keys(), (QStringList { QStringLiteral("duties"), QStringLiteral("glossary"), QStringLiteral("organisation") }));
        QCOMPARE(m_result.data.texts.value(QStringLiteral("duties")), m_sample->data().texts.value(QStringLiteral("duties")));
        QVERIFY(mentions(m_result.review, QStringLiteral("机构设置情况"))); // it states "12345"
        QVERIFY(mentions(m_result.left, QStringLiteral("start empty")));
    }

    void projectsCarriedWithoutFigures()
    {
        QCOMPARE(m_result.data.projects.size(), m_sample->data().projects.size());
        const Project &project = m_result.data.projects.constFirst();
        QCOMPARE(project.name, m_sample->data().projects.constFirst().name);
        QVERIFY(!project.budget() && !project.executed());
        QCOMPARE(project.outputs().constFirst().name, m_sample->data().projects.constFirst().outputs().constFirst().name);
        QVERIFY(project.outputs().constFirst().actual.isEmpty());
    }

    void codesCarriedMappedAndReported()
    {
        const QStringList t5 = m_result.data.classRows.value(QStringLiteral("T5"));
        QVERIFY(t5.contains(QStringLiteral("2010601")));   // carried as it was
        QVERIFY(!t5.contains(QStringLiteral("2010602")));  // renamed …
        QVERIFY(t5.contains(QStringLiteral("2010650")));   // … to this
        QVERIFY(t5.contains(QStringLiteral("2080506")) && t5.contains(QStringLiteral("2080599"))); // split
        QVERIFY(!t5.contains(QStringLiteral("2101102")));  // retired
        // The mapped code says where it came from and what it carried: 3400.49 万元 in T5.
        QVERIFY(mentions(m_result.mapped, QStringLiteral("T5 2010602")));
        QVERIFY(mentions(m_result.mapped, QStringLiteral("→ 2010650 (last year 3,400.49 万元)")));
        QVERIFY(mentions(m_result.data.notes, QStringLiteral("2010650")));
        QVERIFY(mentions(m_result.left, QStringLiteral("2101102")));            // never dropped silently
        QVERIFY(mentions(m_result.left, QStringLiteral("was split into 2080506, 2080599")));
        const QString summary = m_result.summary();
        QVERIFY(summary.contains(QStringLiteral("Mapped to new codes:")));
        QVERIFY(summary.contains(QStringLiteral("2101102")));
    }

    void codeMissingFromTheNewBook()
    {
        // A mapping into a code the new book does not have is reported, and the row stays out.
        QString error;
        auto rules = RollForwardRules::forTemplate(m_sample->reportTemplate(), &error);
        QVERIFY(rules->readCodeMap(R"({ "codes": { "2010601": "2019998" } })", &error));
        const RollForward::Result result = RollForward::run(*m_sample, m_sample->reportTemplate(), 2025, *rules);
        QVERIFY(mentions(result.left, QStringLiteral("2019998")));
        QVERIFY(!result.data.classRows.value(QStringLiteral("T5")).contains(QStringLiteral("2019998")));
    }

    void badCodeMaps_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{ codes: ");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("number target") << QByteArray(R"({ "codes": { "2010601": 2010650 } })");
    }

    void badCodeMaps()
    {
        QFETCH(QByteArray, json);
        RollForwardRules rules;
        QString error;
        QVERIFY(!rules.readCodeMap(json, &error));
        QVERIFY(!error.isEmpty());
    }

private:
    std::unique_ptr<Document> m_sample;
    RollForward::Result m_result;
};

QTEST_GUILESS_MAIN(TestRollForward)
#include "tst_rollforward.moc"
