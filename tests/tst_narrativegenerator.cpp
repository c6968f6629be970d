// The narrative generator with the bundled Hubei wording: the sample's figures against the
// seed, and hand-computed cases for every rule of direction, base, budget and share.
#include "testsupport.h"

#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "profile/templatelibrary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

// A hubei-2024 document with the given inputs: "TABLE.ROW.COLUMN=amount in 万元 (or count)"
// and "text:KEY=text". Classification rows are added for every code named.
std::unique_ptr<Document> documentWith(const QStringList &entries)
{
    DocumentData data;
    data.department.name = QStringLiteral("测试局");
    data.department.year = 2024;
    QStringList cells;
    for (const QString &entry : entries) {
        const QString key = entry.section(QLatin1Char('='), 0, 0);
        const QString value = entry.section(QLatin1Char('='), 1);
        if (key.startsWith(QLatin1String("text:"))) {
            data.texts.insert(key.mid(5), value);
            continue;
        }
        const CellRef ref = CellRef::fromString(key);
        if (ref.row.size() == 7 && !data.classRows[ref.sheet].contains(ref.row))
            data.classRows[ref.sheet].append(ref.row);
        cells.append(entry);
    }
    for (QStringList &codes : data.classRows)
        codes.sort();
    QString error;
    auto document = Document::create(TestSupport::library().find(QStringLiteral("hubei-2024")), data, &error);
    if (!document)
        qFatal("%s", qPrintable(error));
    QList<CellInput> inputs;
    for (const QString &entry : std::as_const(cells)) {
        const CellRef ref = CellRef::fromString(entry.section(QLatin1Char('='), 0, 0));
        const QString value = entry.section(QLatin1Char('='), 1);
        if (document->layout().valueType(ref) == ValueType::Count)
            inputs.append({ ref, value.toLongLong() });
        else
            inputs.append({ ref, parseMoney(value, { MoneyUnit::Wanyuan, false, false }).value.fen() });
    }
    document->setCellInputs(inputs);
    return document;
}

std::shared_ptr<const NarrativeTemplate> hubeiWording()
{
    QString error;
    auto wording = NarrativeTemplate::forTemplate(*TestSupport::library().find(QStringLiteral("hubei-2024")), &error);
    if (!wording)
        qFatal("%s", qPrintable(error));
    return wording;
}

QStringList keys(const QList<MissingReason> &missing)
{
    QStringList result;
    for (const MissingReason &reason : missing)
        result.append(reason.key);
    return result;
}

} // namespace

class TestNarrativeGenerator : public QObject {
    Q_OBJECT

private slots:
    void sampleStatesTheSeedsFigures_data();
    void sampleStatesTheSeedsFigures();
    void sampleDescribesDecreasesOnlyAsDecreases();
    void sampleReportsItsMissingReasons();
    void sampleFiguresExplainThemselves();
    void sampleGlossaryListsTheItemsOfTable5();
    void handComputedCases_data();
    void handComputedCases();
    void badWordingIsRejected_data();
    void badWordingIsRejected();
};

void TestNarrativeGenerator::sampleStatesTheSeedsFigures_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *heading, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(heading) << QString::fromUtf8(expected);
    };
    row("一 total and its decrease", "一、",
        "收、支总计均为4117.47万元。与2023年度相比，收、支总计各减少282.51万元，下降6.42%");
    row("二 fiscal share 99.97%", "二、", "财政拨款收入4116.42万元，占本年收入99.97%");
    row("二 other share 0.03%", "二、", "其他收入1.05万元，占本年收入0.03%");
    row("三 basic 17.10%", "三、", "基本支出703.97万元，占本年支出17.10%");
    row("三 project 82.90%", "三、", "项目支出3413.50万元，占本年支出82.90%");
    row("四 fiscal total", "四、", "财政拨款收、支总计各减少282.51万元，下降6.42%");
    row("四 zero change reads 持平", "四、", "政府性基金预算财政拨款收入0.00万元，与2023年度决算数持平。");
    row("五(一) decrease", "（一）一般公共预算财政拨款支出决算总体情况",
        "一般公共预算财政拨款支出减少282.51万元，下降6.42%");
    row("五(二) 一般公共服务 96.13%", "（二）一般公共预算财政拨款支出决算结构情况",
        "1.一般公共服务支出（类）3957.12万元，占96.13%。");
    row("五(二) 社会保障和就业 2.08%", "（二）一般公共预算财政拨款支出决算结构情况",
        "2.社会保障和就业支出（类）85.60万元，占2.08%。");
    row("五(二) 卫生健康 0.25%", "（二）一般公共预算财政拨款支出决算结构情况",
        "3.卫生健康支出（类）10.30万元，占0.25%。");
    // The seed printed 1.57%, plugged so that its list summed to exactly 100.
    row("五(二) 住房保障 1.54%", "（二）一般公共预算财政拨款支出决算结构情况",
        "4.住房保障支出（类）63.40万元，占1.54%。");
    // 决算 ÷ 年初预算, not the seed's inverted figures.
    row("五(三) total completion", "（三）一般公共预算财政拨款支出决算具体情况",
        "年初预算为4382.96万元，支出决算为4116.42万元，完成年初预算的93.92%，支出决算数小于年初预算数");
    row("五(三) 行政运行 over budget", "（三）一般公共预算财政拨款支出决算具体情况",
        "1.一般公共服务支出（类）财政事务（款）行政运行（项）。年初预算为518.12万元，支出决算为556.63万元，"
        "完成年初预算的107.43%，支出决算数大于年初预算数的主要原因：新增 2 名公务员。");
    // The seed truncated 91.4665…% to 91.46%.
    row("五(三) 一般行政管理事务 rounded", "（三）一般公共预算财政拨款支出决算具体情况",
        "完成年初预算的91.47%，支出决算数小于年初预算数的主要原因：部分项目未达到支付节点。");
    row("五(三) on budget has no reason", "（三）一般公共预算财政拨款支出决算具体情况",
        "事业单位离退休（项）。年初预算为12.00万元，支出决算为12.00万元，完成年初预算的100.00%。\n");
    row("六 personnel", "六、", "人员经费612.03万元，主要包括：基本工资、津贴补贴、");
    row("六 public", "六、", "公用经费90.89万元，主要包括：办公费、水费、");
    row("七 empty", "七、", "本单位当年无政府性基金预算财政拨款收入支出。");
    row("八 empty", "八、", "本单位当年无国有资本经营预算财政拨款支出。");
    // The sample's T9 holds 0 + 2.00 + 0.33 = 2.33 (the seed's 2.32 does not add up), so
    // 2.33 ÷ 3 = 77.67%; the seed's 77.33% is 2.32 ÷ 3.
    row("九 三公 completion", "（一）“三公”经费财政拨款支出决算总体情况说明",
        "全年预算为3.00万元，支出决算为2.33万元，完成预算的77.67%");
    row("九 公车 100%", "（二）“三公”经费财政拨款支出决算具体情况说明",
        "支出决算为2.00万元，完成预算的100.00%。较上年减少2.00万元，下降50.00%");
    row("九 接待 33%", "（二）“三公”经费财政拨款支出决算具体情况说明",
        "支出决算为0.33万元，完成预算的33.00%");
    // 0.95 ÷ 1.28 = 74.21875%: the seed truncated it to 74.21%.
    row("九 接待 change", "（二）“三公”经费财政拨款支出决算具体情况说明", "较上年减少0.95万元，下降74.22%");
    row("九 保有量", "（二）“三公”经费财政拨款支出决算具体情况说明", "开支财政拨款的公务用车保有量1辆。");
    row("十一 procurement", "十一、",
        "政府采购支出总额6.28万元，其中：政府采购货物支出6.28万元。授予中小企业合同金额6."
        "28万元，占政府采购支出总额的100.00%");
    row("十二 vehicles", "十二、",
        "共有车辆1辆，其中，副省级及以上领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车1"
        "辆");
    row("十三 projects", "（一）预算绩效管理工作开展情况",
        "共涉及项目11个，资金2889.29万元，占一般公共预算项目支出总额的84.64%。");
    row("十三 市民之家", "（二）部门决算中项目绩效自评结果", "执行数为2052.00万元，完成预算98.32%。");
    row("十三 互联网+监管", "（二）部门决算中项目绩效自评结果", "完成预算71.74%。");
    row("十三 事项主线", "（二）部门决算中项目绩效自评结果", "完成预算90.35%。");
    row("十三 数据安全", "（二）部门决算中项目绩效自评结果", "完成预算19.20%。");
    row("十三 信息系统运维", "（二）部门决算中项目绩效自评结果", "完成预算50.59%。");
    row("十三 outputs listed", "（二）部门决算中项目绩效自评结果",
        "主要产出和效益：一是整合部门热线42个；二是全年接收市民诉求41.91万。发现的问题及原因：无。");
}

void TestNarrativeGenerator::sampleStatesTheSeedsFigures()
{
    QFETCH(QString, heading);
    QFETCH(QString, expected);
    const auto document = TestSupport::sampleDocument();
    const NarrativeText text = NarrativeGenerator::generate(*hubeiWording(), *document);
    const QString section = text.sectionText(3, heading);
    QVERIFY2(section.contains(expected), qPrintable(section));
}

void TestNarrativeGenerator::sampleDescribesDecreasesOnlyAsDecreases()
{
    const auto document = TestSupport::sampleDocument();
    const NarrativeText text = NarrativeGenerator::generate(*hubeiWording(), *document);
    for (const char *heading :
        { "一、", "二、", "三、", "四、", "（一）一般公共预算财政拨款支出决算总体情况" }) {
        const QString section = text.sectionText(3, QString::fromUtf8(heading));
        QVERIFY(!section.isEmpty());
        QVERIFY2(!section.contains(QStringLiteral("增加")) && !section.contains(QStringLiteral("增长")),
            qPrintable(section));
    }
    QVERIFY(!text.toPlainText().contains(QStringLiteral("增加（减少）")));
}

void TestNarrativeGenerator::sampleReportsItsMissingReasons()
{
    const auto document = TestSupport::sampleDocument();
    const NarrativeText text = NarrativeGenerator::generate(*hubeiWording(), *document);
    const QStringList expected = {
        QStringLiteral("reason.gpbExecution"),
        QStringLiteral("reason.item.2080505"),
        QStringLiteral("reason.item.2080506"),
        QStringLiteral("reason.item.2089901"),
        QStringLiteral("reason.item.2101102"),
        QStringLiteral("reason.item.2210201"),
        QStringLiteral("reason.sangongChange"),
        QStringLiteral("reason.abroadChange"),
        QStringLiteral("reason.carChange"),
        QStringLiteral("reason.receptionChange"),
        // 2023's 机关运行经费 is unknown: no change is stated, so no reason is asked for.
    };
    QCOMPARE(keys(text.missingReasons), expected);
    const MissingReason &first = text.missingReasons.constFirst();
    QCOMPARE(first.section,
        QStringLiteral(
            "五、一般公共预算财政拨款支出决算情况说明 / （三）一般公共预算财政拨款支出决算具体情况"));
    QVERIFY(first.context.endsWith(QStringLiteral("支出决算数小于年初预算数的主要原因：")));
    QVERIFY(text.sectionText(3, QStringLiteral("（三）一般公共"))
                .contains(QStringLiteral("主要原因：（待说明）。")));
}

void TestNarrativeGenerator::sampleFiguresExplainThemselves()
{
    const auto document = TestSupport::sampleDocument();
    const NarrativeText text = NarrativeGenerator::generate(*hubeiWording(), *document);
    int shares = 0;
    for (const NarrativeBlock &block : text.blocks) {
        for (const NarrativeRun &run : block.runs) {
            if (run.kind != NarrativeRun::Kind::Figure)
                continue;
            const NarrativeFigure &figure = text.figures.at(run.figure);
            // Amounts, counts and percentages end their explanation; a change explains its parts.
            QVERIFY2(figure.explanation.contains(run.text) || figure.explanation.contains(QLatin1Char('\n')),
                qPrintable(figure.explanation));
            QVERIFY2(!figure.cells.isEmpty() || figure.project >= 0
                    || figure.explanation.contains(QStringLiteral("project")),
                qPrintable(figure.explanation));
            if (run.text == QStringLiteral("99.97%") && shares++ == 0) {
                QCOMPARE(figure.explanation,
                    QStringLiteral("财政拨款收入 ÷ 本年收入合计 × 100 = 4116.42 ÷ 4117.47 × 100 = 99.97%"));
                QCOMPARE(figure.cells.constFirst(), CellRef::fromString(QStringLiteral("T1.I1.amount")));
                QCOMPARE(figure.cells.constLast(), CellRef::fromString(QStringLiteral("T1.I_SUM.amount")));
            }
        }
    }
    QCOMPARE(shares, 2); // 二 and 五(一)
}

void TestNarrativeGenerator::sampleGlossaryListsTheItemsOfTable5()
{
    const auto document = TestSupport::sampleDocument();
    const QString part5 = NarrativeGenerator::generate(*hubeiWording(), *document).toPlainText({ 5 });
    QVERIFY(part5.contains(QStringLiteral(
        "(十)本部门使用的支出功能分类科目\n1.一般公共服务支出（类）财政事务（款）行政运行（项）。\n")));
    QVERIFY(part5.contains(
        QStringLiteral("9.住房保障支出（类）住房改革支出（款）住房公积金（项）。\n(十一)结余分配")));
    QVERIFY(!part5.contains(QStringLiteral("10.")));
}

void TestNarrativeGenerator::handComputedCases_data()
{
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QStringList>("missing");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result.append(QString::fromUtf8(item));
        return result;
    };

    QTest::newRow("zero base: not comparable")
        << list({ "T4.I_GPB.amount=100", "PRIOR.total.amount=0" }) << QStringLiteral("一、")
        << list({ "收、支总计均为100.00万元。与2023年度相比，收、支总计各增加100.00万元，增长率--"
                  "（基数为0，不可比），主要原因是（待说明）。" })
        << list({ "100.00%" }) << list({ "reason.totalChange" });
    QTest::newRow("zero change: 持平 and no reason")
        << list({ "T4.I_GPB.amount=100", "PRIOR.total.amount=100" }) << QStringLiteral("一、")
        << list({ "与2023年度相比，收、支总计持平。" }) << list({ "主要原因", "增加", "减少" })
        << QStringList();
    QTest::newRow("negative change: 减少 and 下降 only")
        << list({ "T4.I_GPB.amount=90", "PRIOR.total.amount=120", "text:reason.totalChange=项目完成。" })
        << QStringLiteral("一、") << list({ "各减少30.00万元，下降25.00%，主要原因是项目完成。" })
        << list({ "增加", "增长", "。。" }) << QStringList();
    QTest::newRow("over budget")
        << list({ "T5.2010101.basic=110", "T5.2010101.budget=100" }) << QStringLiteral("（三）一般公共")
        << list({ "年初预算为100.00万元，支出决算为110.00万元，完成年初预算的110.00%"
                  "，支出决算数大于年初预算数的主要原因：（待说明）。其中：",
               "1.一般公共服务支出（类）人大事务（款）行政运行（项）。年初预算为100.00万元，支出决算为110."
               "00万元，完成年初预算的110.00%，支出决算数大于年初预算数的主要原因：（待说明）。" })
        << list({ "小于" }) << list({ "reason.gpbExecution", "reason.item.2010101" });
    QTest::newRow("under budget with its reason")
        << list({ "T5.2010101.basic=80", "T5.2010101.budget=96", "text:reason.item.2010101=人员减少",
               "text:reason.gpbExecution=人员减少。" })
        << QStringLiteral("（三）一般公共")
        << list({ "支出决算为80.00万元，完成年初预算的83.33%"
                  "，支出决算数小于年初预算数的主要原因：人员减少。" })
        << list({ "大于", "（待说明）" }) << QStringList();
    QTest::newRow("budget zero")
        << list({ "T5.2010101.basic=50", "T5.2010101.budget=0" }) << QStringLiteral("（三）一般公共")
        << list({ "1.一般公共服务支出（类）人大事务（款）行政运行（项）。年初预算为0.00万元，支出决算为50."
                  "00万元，完成年初预算的--"
                  "（基数为0，不可比），支出决算数大于年初预算数的主要原因：（待说明）。" })
        << list({ "100.00%" }) << list({ "reason.gpbExecution", "reason.item.2010101" });
    QTest::newRow("empty T7") << QStringList() << QStringLiteral("七、")
                              << list({ "本单位当年无政府性基金预算财政拨款收入支出。" }) << list({ "万元" })
                              << QStringList();
    QTest::newRow("empty T8") << QStringList() << QStringLiteral("八、")
                              << list({ "本单位当年无国有资本经营预算财政拨款支出。" }) << list({ "万元" })
                              << QStringList();
    QTest::newRow("T7 with a fund")
        << list({ "T7.2120801.income=50", "T7.2120801.project=30", "PRIOR.fundIncome.amount=0" })
        << QStringLiteral("七、")
        << list({ "年初结转和结余0.00万元，本年收入50.00万元，本年支出30.00万元，年末结转和结余20.00万元。",
               "1.城乡社区支出（类）国有土地使用权出让收入安排的支出（款）征地和拆迁补偿支出（项）支出30."
               "00万元，（待说明）。" })
        << list({ "本单位当年无" }) << list({ "reason.fundIncomeChange", "use.fund.2120801" });
    QTest::newRow("三公 with 因公出国 and vehicle purchases")
        << list({ "T9.main.b_abroad=10", "T9.main.a_abroad=8.5", "SANGONG.abroadGroups.value=2",
               "SANGONG.abroadPersons.value=6", "PRIOR.sgAbroad.amount=5", "T9.main.b_car_buy=30",
               "T9.main.a_car_buy=28.8", "SANGONG.carsBought.value=1", "T9.main.b_car_run=5",
               "T9.main.a_car_run=4", "PRIOR.sgCarRun.amount=4", "SANGONG.carsHeld.value=3",
               "text:reason.carBuy=更新超过使用年限的执法车辆",
               "text:use.carRun=主要用于车辆燃油、维修和保险", "PRIOR.sgCarBuy.amount=0",
               "PRIOR.sgRecv.amount=0", "T9.main.b_recv=0" })
        << QStringLiteral("九、")
        << list({ "全年预算为45.00万元，支出决算为41.30万元，完成预算的91.78%"
                  "，决算数小于全年预算数的主要原因：（待说明）。较上年增加32.30万元，增长358.89%"
                  "，主要原因：（待说明）。",
               "1.因公出国（境）费全年预算为10.00万元，支出决算为8.50万元，完成预算的85.00%"
               "，决算数小于全年预算数的主要原因：（待说明）。较上年增加3.50万元，增长70.00%"
               "，主要原因：（待说明）。全年安排因公出国（境）团组2个，累计6人次。",
               "2.公务用车购置及运行费全年预算为35.00万元，支出决算为32.80万元，完成预算的93.71%",
               "较上年增加28.80万元，增长720.00%",
               "（1）公务用车购置费支出28."
               "80万元，主要原因是更新超过使用年限的执法车辆。本年度购置（更新）公务用车1辆。",
               "（2）公务用车运行费支出4."
               "00万元，主要用于车辆燃油、维修和保险。截至2024年12月31日，开支财政拨款的公务用车保有量3辆。",
               "3.本单位当年无公务接待费预算财政拨款支出。" })
        << list({ "本单位当年无因公出国", "减少", "下降" })
        << list({ "reason.sangongExecution", "reason.sangongChange", "reason.abroadExecution",
               "reason.abroadChange", "reason.carExecution", "reason.carChange" });
    // 1 ÷ 3 = 33.333…%: each share rounds to 33.33 and the list sums to 99.99, as it is.
    QTest::newRow("shares summing to 99.99")
        << list({ "T4.I_GPB.amount=1", "T2.2010101.superior=1", "T2.2010101.other=1" })
        << QStringLiteral("二、")
        << list({ "财政拨款收入1.00万元，占本年收入33.33%；上级补助收入1.00万元，占本年收入33.33%；",
               "其他收入1.00万元，占本年收入33.33%。" })
        << list({ "33.34%" }) << QStringList();
    // 1 ÷ 6 = 16.666…% rounds up twice: 16.67 + 16.67 + 66.67 = 100.01, never forced to 100.
    QTest::newRow("shares summing to 100.01")
        << list({ "T4.I_GPB.amount=1", "T2.2010101.superior=1", "T2.2010101.other=4" })
        << QStringLiteral("二、")
        << list({ "财政拨款收入1.00万元，占本年收入16.67%；上级补助收入1.00万元，占本年收入16.67%；",
               "其他收入4.00万元，占本年收入66.67%。" })
        << list({ "16.66%", "66.66%" }) << QStringList();
    QTest::newRow("no income: shares not comparable")
        << list({ "PRIOR.income.amount=0" }) << QStringLiteral("二、")
        << list({ "收入合计0.00万元，与2023年度持平。其中：财政拨款收入0.00万元，占本年收入--"
                  "（基数为0，不可比）；" })
        << list({ "0.00%" }) << QStringList();
}

void TestNarrativeGenerator::handComputedCases()
{
    QFETCH(QStringList, inputs);
    QFETCH(QString, heading);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QFETCH(QStringList, missing);
    const auto document = documentWith(inputs);
    const NarrativeText text = NarrativeGenerator::generate(*hubeiWording(), *document);
    const QString section = text.sectionText(3, heading);
    for (const QString &phrase : std::as_const(expected))
        QVERIFY2(section.contains(phrase),
            qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(phrase, section)));
    for (const QString &phrase : std::as_const(absent))
        QVERIFY2(!section.contains(phrase),
            qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(phrase, section)));
    const QStringList reported = keys(text.missingReasons);
    for (const QString &key : std::as_const(missing))
        QVERIFY2(reported.contains(key), qPrintable(key));
    if (missing.isEmpty())
        QVERIFY(!section.contains(QStringLiteral("（待说明）")));
}

void TestNarrativeGenerator::badWordingIsRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray head = R"({"template":"t","phrases":{"change":{"up":"+","down":"-","flat":"="}},)";
    QTest::newRow("unknown figure in text")
        << head + R"("figures":{},"parts":[{"part":3,"title":"{total}"}]})" << QStringLiteral("\"total\"");
    QTest::newRow("unknown figure in condition") << head
            + R"("figures":{},"parts":[{"part":3,"title":"x","paragraphs":[{"when":"a > 0","text":"y"}]}]})"
                                                 << QStringLiteral("\"a\"");
    QTest::newRow("unbalanced brace")
        << head + R"("figures":{},"parts":[{"part":3,"title":"{year"}]})" << QStringLiteral("'{'");
    QTest::newRow("share of an unknown figure")
        << head + R"("figures":{"s":{"share":"a","of":"b"}},"parts":[{"part":3,"title":"x"}]})"
        << QStringLiteral("\"a\"");
    QTest::newRow("unknown phrase") << head
            + R"("figures":{"a":{"amount":"T1.I1.amount"},"c":{"change":"a","from":"a","phrase":"nope"}},"parts":[{"part":3,"title":"x"}]})"
                                    << QStringLiteral("\"nope\"");
    QTest::newRow("bad cell") << head + R"("figures":{"a":{"amount":"I1"}},"parts":[{"part":3,"title":"x"}]})"
                              << QStringLiteral("\"I1\"");
}

void TestNarrativeGenerator::badWordingIsRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!NarrativeTemplate::fromJson(QJsonDocument::fromJson(json).object(), {}, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestNarrativeGenerator)
#include "tst_narrativegenerator.moc"
