#include "commands/changedepartment.h"
#include "profile/checkrunner.h"
#include "profile/reporttemplate.h"
#include "document/document.h"
#include "evaluation/projectform.h"
#include "evaluation/selfevaluationcheck.h"
#include "evaluation/selfevaluationscore.h"
#include "models/navigationmodel.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The Shanghai 2024 profile and its sample: Part 3 in the 样张's order and wording, nothing
// stated about unknown figures, 机关运行经费 from 行政 and 参公 units only, and the PDF's order.
class TestShanghaiProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTemplateCheckHolds();
    void headingsFollowTheTemplate();
    void sentencesOfTheTemplate_data();
    void sentencesOfTheTemplate();
    void nothingIsStatedAboutUnknownFigures();
    void knowingTheFigureBringsTheComparisonBack();
    void zeroItemsAreLeftOut();
    void unitsAreListedWithTheirKinds();
    void operationsCountOnlyAdministrativeUnits();
    void budgetsOfTheFullYear();
    void formsOfTheSample_data();
    void formsOfTheSample();
    void partTwoNamesTheDepartment();
    void pdfHasTheTemplatesOrder();

private:
    QString narrative(const Document &document) const;

    std::shared_ptr<const NarrativeTemplate> m_wording;
    std::unique_ptr<Document> m_sample;
    QString m_text;
};

QString TestShanghaiProfile::narrative(const Document &document) const
{
    return NarrativeGenerator::generate(*m_wording, document).toPlainText();
}

void TestShanghaiProfile::initTestCase()
{
    QString error;
    m_wording = NarrativeTemplate::forTemplate(*TestSupport::library().find(u"shanghai-2024"_s), &error);
    QVERIFY2(m_wording, qPrintable(error));
    m_sample = TestSupport::sampleDocument(u"shanghai-2024"_s);
    m_text = narrative(*m_sample);
}

void TestShanghaiProfile::everyTemplateCheckHolds()
{
    for (const CheckResult &failure : CheckRunner::failures(*m_sample))
        qWarning("%s: %s", qPrintable(failure.check->id), qPrintable(failure.message));
    QVERIFY(CheckRunner::failures(*m_sample).isEmpty());
    // A crafted defect is found: 外宾 is part of 国内公务接待, so it cannot exceed it.
    auto document = TestSupport::sampleDocument(u"shanghai-2024"_s);
    document->setCellInputs({ { { u"SANGONG"_s, u"foreignAmount"_s, u"value"_s }, 3000000 } }); // 3.00 万元
    const QList<CheckResult> failures = CheckRunner::failures(*document);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.constFirst().check->id, u"S-01b"_s);
}

void TestShanghaiProfile::headingsFollowTheTemplate()
{
    // The 样张's table of contents for Parts 1 to 4, with 十一's three parts.
    const QStringList headings = {
        u"第一部分 上海市城市数字化服务局概况"_s, u"一、主要职能"_s, u"二、部门决算单位构成"_s,
        u"第二部分 上海市城市数字化服务局2024年度部门决算表"_s,
        u"第三部分 上海市城市数字化服务局2024年度部门决算情况说明"_s,
        u"一、收入支出决算总体情况说明"_s, u"二、收入决算情况说明"_s, u"三、支出决算情况说明"_s,
        u"四、财政拨款收入支出决算总体情况说明"_s, u"五、一般公共预算财政拨款支出决算情况说明"_s,
        u"（一）一般公共预算财政拨款支出决算总体情况"_s, u"（二）一般公共预算财政拨款支出决算结构情况"_s,
        u"（三）一般公共预算财政拨款支出决算具体情况"_s, u"六、一般公共预算财政拨款基本支出决算情况说明"_s,
        u"七、财政拨款“三公”经费支出决算情况说明"_s, u"（一）“三公”经费财政拨款支出决算总体情况说明"_s,
        u"（二）“三公”经费财政拨款支出决算具体情况说明"_s, u"八、政府性基金预算财政拨款收入支出决算情况说明"_s,
        u"九、国有资本经营预算财政拨款收入支出决算情况说明"_s, u"十、预算绩效管理情况"_s,
        u"十一、其他重要事项的情况说明"_s, u"（一）机关运行经费支出情况"_s, u"（二）政府采购支出情况"_s,
        u"（三）国有资产占有使用情况说明"_s, u"第四部分 名词解释"_s,
    };
    const QStringList lines = m_text.split(u'\n');
    qsizetype at = 0;
    for (const QString &heading : headings) {
        const qsizetype found = lines.indexOf(heading, at);
        QVERIFY2(found >= 0, qPrintable(heading));
        at = found + 1;
    }
    QVERIFY(!m_text.contains(u"其他需要说明的情况"_s)); // the 样张 has no such part
}

void TestShanghaiProfile::sentencesOfTheTemplate_data()
{
    QTest::addColumn<QString>("sentence");
    const auto row = [](const char *name, const char *sentence) { QTest::newRow(name) << QString::fromUtf8(sentence); };
    // 4794.11 − 4512.30 = 281.81; 281.81 ÷ 4512.30 = 6.245…%
    row("一", "上海市城市数字化服务局2024年度收入支出总计4794.11万元。与2023年度相比，收入支出总计增加281.81万元，增长6.25%。主要原因：");
    // 4652.41 ÷ 4794.11 = 97.04%, 126.50 ÷ 4794.11 = 2.64%, 15.20 ÷ 4794.11 = 0.32%
    row("二", "本年收入合计4794.11万元，其中：财政拨款收入4652.41万元，占97.04%；事业收入126.50万元，占2.64%；其他收入15.20万元，占0.32%。");
    row("三", "本年支出合计4787.61万元，其中：基本支出3514.86万元，占73.42%；项目支出1272.75万元，占26.58%。");
    row("五（一）", "一般公共预算财政拨款支出4652.41万元，占本年支出合计的97.18%。与2023年度相比，一般公共预算财政拨款支出增加262.16万元，增长5.97%。");
    // 4652.41 ÷ 4196.90 = 110.853…%
    row("五（三）", "一般公共预算财政拨款支出年初预算为4196.90万元，支出决算为4652.41万元，完成年初预算的110.85%。决算数大于预算数的主要原因：");
    row("五（三）项 with 年初预算 0", "4、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）其他政府办公厅（室）及相关机构事务支出（项）。主要用于：年中新增的政务云资源租赁项目。年初预算为0.00万元，支出决算为412.30万元。决算数大于预算数的主要原因：");
    row("五（三）持平的不说明原因", "年初预算为210.40万元，支出决算为210.40万元。\n");
    // 27.32 ÷ 39.00 = 70.05%; 12.36 ÷ 20 = 61.80%; 12.80 ÷ 15 = 85.33%; 2.16 ÷ 4 = 54.00%
    row("七（一）", "“三公”经费财政拨款支出年初预算为39.00万元，支出决算为27.32万元，完成预算的70.05%，其中：因公出国（境）费决算为12.36万元，完成预算的61.80%；公务用车购置及运行维护费支出决算为12.80万元，完成预算的85.33%；公务接待费支出决算为2.16万元，完成预算的54.00%。");
    // 12.36 ÷ 27.32 = 45.24%
    row("七（二）", "因公出国（境）费支出决算12.36万元，占45.24%；公务用车购置及运行维护费支出决算12.80万元，占46.85%；公务接待费支出决算2.16万元，占7.91%。");
    row("国内公务接待含外宾", "国内公务接待支出2.16万元（含外宾接待支出0.48万元）。");
    // Five projects, all with targets and evaluated, four tracked; 全年预算 380 + 450 + 120 + 260 + 90
    // = 1300.00, without the untracked 90.00: 1210.00; (96.62 + 94.16 + 93.39 + 80.92 + 66.39) ÷ 5
    // = 431.48 ÷ 5 = 86.296 → 86.30; grades 优 优 优 良 合格.
    row("十", "十、预算绩效管理情况\n上海市城市数字化服务局2024年度预算绩效管理工作开展情况如下：全过程绩效管理实施情况：编报绩效目标的2024年度项目5个，涉及预算金额1300.00万元；绩效跟踪评价的2024年度项目4个，涉及预算金额1210.00万元；绩效自评的2024年度项目5个，涉及预算金额1300.00万元，平均得分86.30分（其中，绩效评级为“优”的项目3个；绩效评级为“良”的项目1个；绩效评级为“合格”的项目1个；绩效评级为“不合格”的项目0个）。\n");
    row("十一（二）预留", "2024年度本部门面向中小企业预留政府采购项目预算金额420.00万元，面向小微企业预留政府采购项目预算金额260.00万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额398.50万元；");
    row("十一（三）", "共有车辆4辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车1辆、执法执勤用车2辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。单价100万元（含）以上设备（不含车辆）2台（套）。");
    row("第四部分", "十一、机关运行经费：指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。");
}

void TestShanghaiProfile::sentencesOfTheTemplate()
{
    QFETCH(QString, sentence);
    QVERIFY2(m_text.contains(sentence), qPrintable(sentence));
}

void TestShanghaiProfile::nothingIsStatedAboutUnknownFigures()
{
    // The sample leaves 2023's 因公出国（境）费 and 机关运行经费 unknown.
    QVERIFY(!m_sample->isKnown({ u"PRIOR"_s, u"sgAbroad"_s, u"amount"_s }));
    QVERIFY(!m_sample->isKnown({ u"PRIOR"_s, u"operations"_s, u"amount"_s }));
    QVERIFY(!m_text.contains(u"因公出国（境）费支出决算比"_s));
    QVERIFY(!m_text.contains(u"因公出国（境）费支出决算与"_s));
    QVERIFY(!m_text.contains(u"“三公”经费财政拨款支出决算数比"_s)); // the total needs every item
    QVERIFY(!m_text.contains(u"“三公”经费财政拨款支出决算数与"_s));
    QVERIFY(m_text.contains(u"\n公务用车购置及运行维护费支出决算比2023年度减少1.40万元，下降9.86%；公务接待费支出决算比2023年度减少0.89万元，下降29.18%。"_s));
    QVERIFY(m_text.contains(u"\n机关运行经费支出415.38万元。\n"_s));
    QVERIFY(!m_text.contains(u"100%"_s));
    QVERIFY(!m_text.contains(u"不可比"_s));
}

void TestShanghaiProfile::knowingTheFigureBringsTheComparisonBack()
{
    auto document = TestSupport::sampleDocument(u"shanghai-2024"_s);
    document->setCellInputs({ { { u"PRIOR"_s, u"sgAbroad"_s, u"amount"_s }, 15000000 },    // 15.00 万元
                              { { u"PRIOR"_s, u"operations"_s, u"amount"_s }, 400000000 } }); // 400.00 万元
    const QString text = narrative(*document);
    // 27.32 − (15.00 + 0 + 14.20 + 3.05) = −4.93; 4.93 ÷ 32.25 = 15.29%
    QVERIFY(text.contains(u"2024年度“三公”经费财政拨款支出决算数比2023年度减少4.93万元，下降15.29%，其中：因公出国（境）费支出决算比2023年度减少2.64万元，下降17.60%；"_s));
    QVERIFY(text.contains(u"机关运行经费支出415.38万元，比2023年度增加15.38万元，增长3.85%。主要原因是"_s));
}

void TestShanghaiProfile::zeroItemsAreLeftOut()
{
    // 不涉及的不列: no 上级补助, 经营 or 附属单位上缴 income, no 上缴上级, 经营 or 补助 spending.
    for (const QString &item : { u"上级补助收入"_s, u"经营收入"_s, u"附属单位上缴收入"_s, u"上缴上级支出"_s,
                                 u"经营支出"_s, u"对附属单位补助支出"_s }) {
        QVERIFY2(!m_text.section(u"六、"_s, 0, 0).contains(item + u"0.00"_s), qPrintable(item));
    }
    QVERIFY(!m_text.contains(u"占0.00%"_s));
}

void TestShanghaiProfile::unitsAreListedWithTheirKinds()
{
    const QList<BudgetUnit> &units = m_sample->data().department.units;
    QCOMPARE(units.size(), 3);
    QCOMPARE(units.at(0).kind, UnitKind::Administrative);
    QCOMPARE(units.at(1).kind, UnitKind::Institution);
    QVERIFY(units.at(2).merged);
    QVERIFY(m_text.contains(u"1. 上海市城市数字化服务局（本级）（行政单位）\n"_s
                            u"2. 上海市城市数字化服务中心（事业单位）\n"
                            u"3. 上海市城市数字化研究所（事业单位，预算不单列，并入本级）\n"_s));
}

void TestShanghaiProfile::operationsCountOnlyAdministrativeUnits()
{
    auto document = TestSupport::sampleDocument(u"shanghai-2024"_s);
    // Only the 行政 unit's 公用经费 counts; the 事业 units' does not.
    QCOMPARE(document->money({ u"OPERATIONS"_s, u"amount"_s, u"amount"_s }).format(MoneyUnit::Wanyuan, 2), u"415.38"_s);
    DepartmentInfo department = document->data().department;
    department.setKind(UnitKind::Institution);
    document->push(new ChangeDepartment(document.get(), department));
    QVERIFY(!document->data().department.hasOperationsUnits());
    QVERIFY(narrative(*document).contains(u"上海市城市数字化服务局2024年度无机关运行经费支出。"_s));
    document->undoStack()->undo();
    QVERIFY(narrative(*document).contains(u"\n机关运行经费支出415.38万元。"_s));
    department.setKind(UnitKind::CivilServiceManaged);
    document->push(new ChangeDepartment(document.get(), department));
    QVERIFY(narrative(*document).contains(u"\n机关运行经费支出415.38万元。"_s));
}

void TestShanghaiProfile::budgetsOfTheFullYear()
{
    const auto money = [&](const char *cell) {
        return m_sample->money(CellRef::fromString(QString::fromLatin1(cell))).format(MoneyUnit::Wanyuan, 2);
    };
    QCOMPARE(money("T5.total.budget"), u"4,196.90"_s);
    QCOMPARE(money("T5.total.budgetFull"), u"4,739.20"_s);
    QCOMPARE(money("T5.2010399.budget"), u"0.00"_s);
    QCOMPARE(money("T9.main.b_total"), u"39.00"_s);
    QCOMPARE(money("T9.main.f_total"), u"37.00"_s);
    // A department set up during the year: 年初预算 0, so the rate is against 全年预算.
    auto document = TestSupport::sampleDocument(u"shanghai-2024"_s);
    QList<CellInput> zero;
    for (const QString &code : document->data().classRows.value(u"T5"_s))
        zero.append({ { u"T5"_s, code, u"budget"_s }, 0 });
    document->setCellInputs(zero);
    // 4652.41 ÷ 4739.20 = 98.168…%
    QVERIFY(narrative(*document).contains(u"一般公共预算财政拨款支出年初预算为0.00万元，全年预算为4739.20万元，支出决算为4652.41万元，完成全年预算的98.17%。"_s));
}

void TestShanghaiProfile::formsOfTheSample_data()
{
    QTest::addColumn<int>("project");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("executionScore");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("grade");
    // 执行率 = 全年执行 ÷ 全年预算, its score × 10 to hundredths; 总分 = that + the indicators' scores.
    // 365.40 ÷ 380 = 96.157…%; 20 + 15 + 15 + 18 + 10 + 9 = 87
    QTest::newRow("城市运行数字体征平台") << 0 << u"96.16%"_s << u"9.62"_s << u"96.62"_s << u"优"_s;
    // 412.30 ÷ 450 = 91.622…% (年初预算 0); 20 + 12 + 15 + 15 + 15 + 8 = 85
    QTest::newRow("政务云资源租赁") << 1 << u"91.62%"_s << u"9.16"_s << u"94.16"_s << u"优"_s;
    // 118.65 ÷ 120 = 98.875%; 25 + 15 + 10 + 16 + 8 + 9.5 = 83.5
    QTest::newRow("数据资源目录") << 2 << u"98.88%"_s << u"9.89"_s << u"93.39"_s << u"优"_s;
    // 231.80 ÷ 260 = 89.153…%; 16 + 12 + 6 + 17 + 12 + 9 = 72
    QTest::newRow("公共数据开放平台") << 3 << u"89.15%"_s << u"8.92"_s << u"80.92"_s << u"良"_s;
    // 84.50 ÷ 90 = 93.888…%; 15 + 15 + 5 + 10 + 12 = 57
    QTest::newRow("数字化转型标准研究") << 4 << u"93.89%"_s << u"9.39"_s << u"66.39"_s << u"合格"_s;
}

void TestShanghaiProfile::formsOfTheSample()
{
    QFETCH(int, project);
    QFETCH(QString, rate);
    QFETCH(QString, executionScore);
    QFETCH(QString, total);
    QFETCH(QString, grade);
    QCOMPARE(m_sample->data().projects.size(), 5);
    const Project &form = m_sample->data().projects.at(project);
    QVERIFY(SelfEvaluationCheck::check(form).isEmpty());
    const SelfEvaluationScore score(form, m_sample->reportTemplate().gradeBands());
    QCOMPARE(score.weightTotal(), Points::whole(100));
    QCOMPARE(score.executionRate().toString(2, u"--"_s), rate);
    QCOMPARE(score.executionScore()->toString(), executionScore);
    QCOMPARE(score.total()->toString(), total);
    QCOMPARE(score.grade(), grade);
}

void TestShanghaiProfile::partTwoNamesTheDepartment()
{
    // As in the 样张 ("第二部分 上海市 XX 局 2024 年度部门决算表"), in the outline too, and it
    // follows a renamed department.
    auto document = TestSupport::sampleDocument(u"shanghai-2024"_s);
    NavigationModel outline;
    outline.setDocument(document.get());
    const QModelIndex part2 = outline.index(3, 0);
    QCOMPARE(part2.data().toString(), u"第二部分 上海市城市数字化服务局2024年度部门决算表"_s);
    QCOMPARE(outline.rowCount(part2), 9);
    DepartmentInfo renamed = document->data().department;
    renamed.name = u"上海市数据局"_s;
    document->undoStack()->push(new ChangeDepartment(document.get(), renamed));
    QCOMPARE(part2.data().toString(), u"第二部分 上海市数据局2024年度部门决算表"_s);
    const QString text = narrative(*document);
    QVERIFY2(text.contains(u"\n第二部分 上海市数据局2024年度部门决算表\n"_s), qPrintable(text.left(600)));
}

void TestShanghaiProfile::pdfHasTheTemplatesOrder()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    const QString fadb = dir.filePath(u"shanghai.fadb"_s);
    const QString pdf = dir.filePath(u"shanghai.pdf"_s);
    QCOMPARE(TestSupport::runApp({ u"sample"_s, u"--template"_s, u"shanghai-2024"_s, u"-o"_s, fadb }).exitCode, 0);
    const TestSupport::ProcessResult printed = TestSupport::runApp({ u"pdf"_s, fadb, u"-o"_s, pdf });
    QVERIFY2(printed.exitCode == 0, printed.err.constData());
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { pdf, u"-"_s });
    QVERIFY(pdftotext.waitForFinished(60000));
    QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    text.remove(QRegularExpression(u"\\s"_s));
    // Parts, the 样张's table order (三公 is 七) and the sections of Part 3, each after the one before.
    const QStringList order = {
        u"第一部分"_s, u"二、部门决算单位构成"_s, u"第二部分上海市城市数字化服务局2024年度部门决算表"_s,
        u"收入支出决算总表"_s, u"收入决算表"_s,
        u"支出决算表"_s, u"财政拨款收入支出决算总表"_s, u"一般公共预算财政拨款支出决算表"_s,
        u"一般公共预算财政拨款基本支出决算表"_s, u"财政拨款“三公”经费支出决算表"_s,
        u"政府性基金预算财政拨款收入支出决算表"_s, u"国有资本经营预算财政拨款收入支出决算表"_s, u"第三部分"_s,
        u"一、收入支出决算总体情况说明"_s, u"七、财政拨款“三公”经费支出决算情况说明"_s,
        u"十、预算绩效管理情况"_s, u"十一、其他重要事项的情况说明"_s, u"（一）机关运行经费支出情况"_s,
        u"（二）政府采购支出情况"_s, u"（三）国有资产占有使用情况说明"_s, u"第四部分名词解释"_s,
    };
    // Past the cover and the contents, which name the parts too.
    qsizetype at = text.indexOf(u"第一部分"_s, text.indexOf(u"第四部分名词解释"_s) + 1);
    QVERIFY(at >= 0);
    for (const QString &words : order) {
        const qsizetype found = text.indexOf(words, at);
        QVERIFY2(found >= 0, qPrintable(words));
        at = found + words.size();
    }
}

QTEST_MAIN(TestShanghaiProfile)
#include "tst_shanghaiprofile.moc"
