// The live narrative of a document: regenerated on every kind of edit, with its missing
// reasons; and the command line that prints it.
#include "testsupport.h"

#include "commands/changeproject.h"
#include "commands/setcellvalue.h"
#include "commands/settext.h"
#include "document/document.h"
#include "narrative/narrative.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

namespace {

CellRef cell(const char *text)
{
    return CellRef::fromString(QString::fromLatin1(text));
}

qint64 wan(const char *amount)
{
    return parseMoney(QString::fromLatin1(amount), { MoneyUnit::Wanyuan, false, false }).value.fen();
}

} // namespace

class TestNarrative : public QObject {
    Q_OBJECT

private slots:
    void followsCellEditsUndoAndRedo();
    void followsTextsAndProjects();
    void missingReasonsShrinkAsReasonsAreTyped();
    void stopsFollowingTheOldDocument();
    void shanghaiWordingFollowsItsOrder();
    void commandLinePrintsPartsInOrder();
};

void TestNarrative::followsCellEditsUndoAndRedo()
{
    const auto document = TestSupport::sampleDocument();
    Narrative narrative;
    narrative.setDocument(document.get());
    QVERIFY(narrative.errorString().isEmpty());
    QVERIFY(narrative.text()
                .sectionText(3, QStringLiteral("二、"))
                .contains(QStringLiteral("其他收入1.05万元，占本年收入0.03%")));

    QSignalSpy changed(&narrative, &Narrative::changed);
    // Other income 1.05 → 2.05: totals 4118.47, fiscal share 4116.42 ÷ 4118.47 = 99.95%.
    document->push(new SetCellValue(document.get(), { cell("T2.2010601.other"), wan("2.05") }));
    QCOMPARE(changed.count(), 1);
    const QString income = narrative.text().sectionText(3, QStringLiteral("二、"));
    QVERIFY2(income.contains(QStringLiteral(
                 "2024年度收入合计4118.47万元，与2023年度相比，收入合计减少281.51万元，下降6.40%。")),
        qPrintable(income));
    QVERIFY(income.contains(QStringLiteral("财政拨款收入4116.42万元，占本年收入99.95%")));
    QVERIFY(income.contains(QStringLiteral("其他收入2.05万元，占本年收入0.05%")));

    document->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QVERIFY(
        narrative.text().sectionText(3, QStringLiteral("二、")).contains(QStringLiteral("其他收入1.05万元")));
    document->undoStack()->redo();
    QCOMPARE(changed.count(), 3);
    QVERIFY(
        narrative.text().sectionText(3, QStringLiteral("二、")).contains(QStringLiteral("其他收入2.05万元")));
}

void TestNarrative::followsTextsAndProjects()
{
    const auto document = TestSupport::sampleDocument();
    Narrative narrative;
    narrative.setDocument(document.get());
    QSignalSpy changed(&narrative, &Narrative::changed);

    document->push(
        new SetText(document.get(), QStringLiteral("use.210"), QStringLiteral("用于单位医疗缴费。")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(narrative.text()
                .sectionText(3, QStringLiteral("（二）一般公共"))
                .contains(QStringLiteral("3.卫生健康支出（类）10.30万元，占0.25%。用于单位医疗缴费。\n")));

    Project project = document->data().projects.at(1);
    project.funds.setAmount(FundSource::Appropriation, FundColumn::Executed, Money::fromFen(wan("215.10")));
    document->push(new ChangeProject(document.get(), 1, project));
    QCOMPARE(changed.count(), 2);
    const QString projects = narrative.text().sectionText(3, QStringLiteral("十三、"));
    QVERIFY(projects.contains(QStringLiteral(
        "综合窗口运行费用绩效自评综述：项目全年预算数为215.10万元，执行数为215.10万元，完成预算100.00%。")));
    // 2889.2857 − 200.34 + 215.10 = 2904.0457 万元; ÷ 3413.50 = 85.08%.
    QVERIFY(projects.contains(QStringLiteral("资金2904.05万元，占一般公共预算项目支出总额的85.08%")));
}

void TestNarrative::missingReasonsShrinkAsReasonsAreTyped()
{
    const auto document = TestSupport::sampleDocument();
    Narrative narrative;
    narrative.setDocument(document.get());
    const qsizetype before = narrative.missingReasons().size();
    QCOMPARE(narrative.missingReasons().constFirst().key, QStringLiteral("reason.gpbExecution"));

    document->push(new SetText(
        document.get(), QStringLiteral("reason.gpbExecution"), QStringLiteral("部分项目未达到支付节点。")));
    QCOMPARE(narrative.missingReasons().size(), before - 1);
    QVERIFY(
        narrative.text()
            .sectionText(3, QStringLiteral("（三）一般公共"))
            .contains(QStringLiteral("支出决算数小于年初预算数的主要原因：部分项目未达到支付节点。其中：")));

    // Bringing 2080505 on budget (45.20 → 40.00) removes the need for its reason.
    document->push(new SetCellValue(document.get(), { cell("T5.2080505.budget"), wan("45.20") }));
    QCOMPARE(narrative.missingReasons().size(), before - 2);
    for (const MissingReason &missing : narrative.missingReasons())
        QVERIFY(missing.key != QLatin1String("reason.item.2080505"));
}

void TestNarrative::stopsFollowingTheOldDocument()
{
    const auto first = TestSupport::sampleDocument();
    const auto second = TestSupport::emptyDocument();
    Narrative narrative;
    narrative.setDocument(first.get());
    narrative.setDocument(second.get());
    QSignalSpy changed(&narrative, &Narrative::changed);
    first->push(new SetText(first.get(), QStringLiteral("part4"), QStringLiteral("有")));
    QCOMPARE(changed.count(), 0);
    QVERIFY(narrative.text().toPlainText().contains(QStringLiteral("第一部分 测试局概况")));
    narrative.setDocument(nullptr);
    QVERIFY(narrative.text().blocks.isEmpty());
}

void TestNarrative::shanghaiWordingFollowsItsOrder()
{
    const auto document = TestSupport::emptyDocument(QStringLiteral("shanghai-2024"));
    Narrative narrative;
    narrative.setDocument(document.get());
    QVERIFY2(narrative.errorString().isEmpty(), qPrintable(narrative.errorString()));
    QStringList headings;
    for (const NarrativeBlock &block : narrative.text().blocks) {
        if (block.part == 3 && block.kind == NarrativeBlock::Kind::Heading && block.level == 1)
            headings.append(block.plainText().section(QStringLiteral("、"), 0, 0));
    }
    QCOMPARE(
        headings, QString::fromUtf8("一 二 三 四 五 六 七 八 九 十 十一").split(QLatin1Char(' '))); // the 样张's
    const NarrativeText &text = narrative.text();
    QVERIFY(text.sectionText(3, QStringLiteral("七、")).contains(QStringLiteral("“三公”经费")));
    QVERIFY(text.sectionText(3, QStringLiteral("九、"))
                .contains(QStringLiteral("测试局2024年度无国有资本经营预算财政拨款收入和支出。")));
    QVERIFY(text.sectionText(3, QStringLiteral("十一、")).contains(QStringLiteral("离退休干部用车0辆")));
}

void TestNarrative::commandLinePrintsPartsInOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.fadb"));
    QCOMPARE(TestSupport::runApp({ QStringLiteral("sample"), QStringLiteral("-o"), path }).exitCode, 0);
    const TestSupport::ProcessResult result = TestSupport::runApp({ QStringLiteral("narrative"), path });
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    const qsizetype part1
        = out.indexOf(QStringLiteral("第一部分 咸宁市政务服务和大数据管理局概况\n一、部门主要职责\n"));
    const qsizetype part3
        = out.indexOf(QStringLiteral("\n第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n"));
    const qsizetype part4 = out.indexOf(QStringLiteral("\n第四部分 其他需要说明的情况\n无\n"));
    const qsizetype part5 = out.indexOf(QStringLiteral("\n第五部分 名词解释\n"));
    QCOMPARE(part1, 0);
    // Part 2 is the tables; the narrative has its title only, worded as the seed's.
    const qsizetype part2 = out.indexOf(QStringLiteral("\n第二部分 2024年度部门决算表\n"));
    QVERIFY(part1 < part2 && part2 < part3 && part3 < part4 && part4 < part5);
    QVERIFY(out.contains(QStringLiteral("4.住房保障支出（类）63.40万元，占1.54%。")));

    QCOMPARE(TestSupport::runApp({ QStringLiteral("narrative") }).exitCode, 64);
    QCOMPARE(TestSupport::runApp({ QStringLiteral("narrative"), dir.filePath(QStringLiteral("none.fadb")) })
                 .exitCode,
        1);
}

QTEST_GUILESS_MAIN(TestNarrative)
#include "tst_narrative.moc"
