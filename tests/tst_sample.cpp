#include "profile/checkrunner.h"
#include "document/document.h"
#include "profile/reporttemplate.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The bundled sample: the seed department's 2024 figures, with every identity of the domain
// reference (§1–2) holding inside and between its tables.
class TestSample : public QObject
{
    Q_OBJECT

private slots:
    void statedTotals_data();
    void statedTotals();
    void everyTemplateRuleHolds();
    void rulesFireWhenBroken();
    void projectsAndTexts();
};

void TestSample::statedTotals_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("amount");
    // Figures the seed states (domain README §5, "table figures implied by the narrative").
    QTest::newRow("收支总计 income side") << u"T1.I_TOT.amount"_s << u"4,117.47"_s;
    QTest::newRow("收支总计 expenditure side") << u"T1.E_TOT.amount"_s << u"4,117.47"_s;
    QTest::newRow("一般公共预算财政拨款收入") << u"T1.I1.amount"_s << u"4,116.42"_s;
    QTest::newRow("其他收入") << u"T1.I8.amount"_s << u"1.05"_s;
    QTest::newRow("年初结转和结余") << u"T1.I_BOY.amount"_s << u"0.00"_s;
    QTest::newRow("年末结转和结余") << u"T1.E_EOY.amount"_s << u"0.00"_s;
    QTest::newRow("财政拨款收支总计") << u"T4.I_TOT.amount"_s << u"4,116.42"_s;
    QTest::newRow("财政拨款支出总计") << u"T4.E_TOT.total"_s << u"4,116.42"_s;
    QTest::newRow("GPB 201") << u"T4.201.gpb"_s << u"3,957.12"_s;
    QTest::newRow("GPB 208") << u"T4.208.gpb"_s << u"85.60"_s;
    QTest::newRow("GPB 210") << u"T4.210.gpb"_s << u"10.30"_s;
    QTest::newRow("GPB 221") << u"T4.221.gpb"_s << u"63.40"_s;
    QTest::newRow("T5 合计") << u"T5.total.total"_s << u"4,116.42"_s;
    QTest::newRow("T5 基本支出") << u"T5.total.basic"_s << u"702.92"_s;
    QTest::newRow("T5 项目支出") << u"T5.total.project"_s << u"3,413.50"_s;
    QTest::newRow("行政运行") << u"T5.2010601.total"_s << u"556.63"_s;
    QTest::newRow("行政运行 年初预算") << u"T5.2010601.budget"_s << u"518.12"_s;
    QTest::newRow("一般行政管理事务") << u"T5.2010602.total"_s << u"3,400.49"_s;
    QTest::newRow("一般行政管理事务 年初预算") << u"T5.2010602.budget"_s << u"3,717.74"_s;
    QTest::newRow("人员经费") << u"T6.P_TOTAL.amount"_s << u"612.03"_s;
    QTest::newRow("公用经费") << u"T6.C_TOTAL.amount"_s << u"90.89"_s;
    QTest::newRow("三公 预算") << u"T9.main.b_total"_s << u"3.00"_s;
    QTest::newRow("三公 公车 预算") << u"T9.main.b_car"_s << u"2.00"_s;
    QTest::newRow("三公 决算 (the seed says 2.32)") << u"T9.main.a_total"_s << u"2.33"_s;
    QTest::newRow("T7 empty") << u"T7.total.spend"_s << u"0.00"_s;
    QTest::newRow("T8 empty") << u"T8.total.total"_s << u"0.00"_s;
    QTest::newRow("政府采购") << u"PROCUREMENT.total.amount"_s << u"6.28"_s;
}

void TestSample::statedTotals()
{
    QFETCH(QString, cell);
    QFETCH(QString, amount);
    const auto document = TestSupport::sampleDocument();
    const CellRef ref = CellRef::fromString(cell);
    QVERIFY(document->layout().contains(ref));
    QCOMPARE(document->money(ref).format(MoneyUnit::Wanyuan, 2), amount);
}

void TestSample::everyTemplateRuleHolds()
{
    const auto document = TestSupport::sampleDocument();
    const QList<CheckResult> results = CheckRunner::run(*document);
    QVERIFY(results.size() > 40); // the per-code rules run over every T5 row
    QStringList failed;
    for (const CheckResult &r : results) {
        if (!r.holds)
            failed.append(r.check->id + u": "_s + r.message);
    }
    QVERIFY2(failed.isEmpty(), qPrintable(failed.join(u'\n')));
    QCOMPARE(document->value({ u"ASSETS"_s, u"vehicles"_s, u"value"_s }), qint64(1));
}

void TestSample::rulesFireWhenBroken()
{
    const auto document = TestSupport::sampleDocument();
    QString error;
    // 公务接待费 in basic expenditure above the 三公 reception figure (X-10b), and more
    // vehicles kept than owned (S-04).
    QVERIFY(document->enterCell({ u"T6"_s, u"30217"_s, u"amount"_s }, u"0.5"_s, MoneyUnit::Wanyuan, &error));
    QVERIFY(document->enterCell({ u"SANGONG"_s, u"carsHeld"_s, u"value"_s }, u"2"_s, MoneyUnit::Wanyuan, &error));
    QStringList ids;
    QString message;
    for (const CheckResult &r : CheckRunner::failures(*document)) {
        ids.append(r.check->id);
        if (r.check->id == u"X-10b"_s)
            message = r.message;
    }
    QVERIFY(ids.contains(u"X-10b"_s));
    QVERIFY(ids.contains(u"S-04"_s));
    QVERIFY(ids.contains(u"X-05"_s)); // T6 no longer equals T5 basic
    QCOMPARE(message, u"基本支出中公务接待费 0.50 万元，大于“三公”经费公务接待费决算 0.33 万元。"_s);
}

void TestSample::projectsAndTexts()
{
    const auto document = TestSupport::sampleDocument();
    const DocumentData &data = document->data();
    QCOMPARE(data.projects.size(), 11);
    Money executed;
    for (const Project &p : data.projects)
        executed += p.executed().value_or(Money());
    QCOMPARE(executed.toExactString(MoneyUnit::Wanyuan), u"2889.2857"_s);
    QVERIFY(data.texts.value(u"duties"_s).contains(u"（十六）职能转变"_s));
    QCOMPARE(data.texts.value(u"reason.item.2010601"_s), u"新增 2 名公务员。"_s);
    QVERIFY(!data.notes.isEmpty());
}

QTEST_GUILESS_MAIN(TestSample)
#include "tst_sample.moc"
