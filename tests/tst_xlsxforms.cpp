#include "document/document.h"
#include "exchange/formsheetreader.h"
#include "exchange/workbookimport.h"
#include "exchange/xlsxexport.h"
#include "exchange/xlsxformsheet.h"
#include "exchange/xlsxreader.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

PerformanceIndicator indicator(IndicatorCategory category, const QString &name, Comparison comparison, const QString &target,
                               const QString &unit, const QString &actual, std::optional<qint64> weight,
                               std::optional<qint64> score, const QString &deviation = QString())
{
    PerformanceIndicator in;
    in.category = category;
    in.name = name;
    in.comparison = comparison;
    in.target = target;
    in.unit = unit;
    in.actual = actual;
    if (weight)
        in.weight = Points::fromHundredths(*weight);
    if (score)
        in.score = Points::fromHundredths(*score);
    in.deviation = deviation;
    return in;
}

// A form with every part filled: three sources × three budgets (one left unknown), goals,
// indicators at all three levels, weights adding to 90, scores, a deviation and the free texts.
Project completeForm()
{
    Project p;
    p.name = u"市12345公共服务热线二期升级项目"_s;
    p.supervisor = u"咸宁市政务服务和大数据管理局"_s;
    p.implementer = u"市政务服务中心"_s;
    const auto set = [&](FundSource source, FundColumn column, qint64 fen) { p.funds.setAmount(source, column, Money::fromFen(fen)); };
    set(FundSource::Appropriation, FundColumn::InitialBudget, 150'000'000);
    set(FundSource::Appropriation, FundColumn::FullBudget, 191'800'000);
    set(FundSource::Appropriation, FundColumn::Executed, 180'000'000);
    set(FundSource::Carryover, FundColumn::FullBudget, 10'000'000);
    set(FundSource::Carryover, FundColumn::Executed, 10'000'000);
    set(FundSource::Other, FundColumn::InitialBudget, 0);
    set(FundSource::Other, FundColumn::FullBudget, 1'234'567);
    set(FundSource::Other, FundColumn::Executed, 1); // 0.000001 万元: one fen
    p.goalPlanned = u"整合热线，提升诉求办理效率。"_s;
    p.goalAchieved = u"已整合42条部门热线。"_s;
    p.indicators = {
        indicator(IndicatorCategory::Quantity, u"整合部门热线"_s, Comparison::AtLeast, u"40"_s, u"个"_s, u"42"_s, 2000, 2000),
        indicator(IndicatorCategory::Quantity, u"全年接收市民诉求"_s, Comparison::None, QString(), u"万件"_s, u"41.91"_s, 1000, 950),
        indicator(IndicatorCategory::Quality, u"诉求办结率"_s, Comparison::AtLeast, u"95"_s, u"%"_s, u"93.5"_s, 1000, 850,
                  u"部分诉求涉及多部门，协调时间长；下一步建立联办机制。"_s),
        indicator(IndicatorCategory::Timeliness, u"完成时间"_s, Comparison::None, u"按时完成"_s, QString(), u"已完成"_s, 1000, 1000),
        indicator(IndicatorCategory::Social, u"群众诉求响应"_s, Comparison::None, u"明显提升"_s, QString(), u"提升"_s, 3000, 2875),
        indicator(IndicatorCategory::Satisfaction, u"市民满意度"_s, Comparison::AtLeast, u"90"_s, u"%"_s, u"95"_s, 1000, 1000),
    };
    p.tracked = true;
    p.problems = u"个别部门响应不及时。"_s;
    p.measures = u"纳入年度考核。"_s;
    return p;
}

// A form of which nothing is known yet but its name.
Project emptyForm()
{
    Project p;
    p.name = u"政务服务“好差评”系统运维"_s;
    return p;
}

QList<Project> withoutIds(QList<Project> projects)
{
    for (Project &project : projects)
        project.id = 0;
    return projects;
}

int rowOf(const SheetGrid &sheet, const QString &text, int from = 0)
{
    for (int r = from; r < sheet.rowCount(); ++r) {
        for (int c = 0; c < sheet.columnCount(); ++c) {
            if (sheet.text(r, c) == text)
                return r;
        }
    }
    return -1;
}

} // namespace

// The self-evaluation forms in Excel: the official layout with formulas, complete forms read back
// identically, and forms laid out by someone else read by their titles and headers.
class TestXlsxForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DocumentData data = TestSupport::emptyDocument()->data();
        for (Project project : { completeForm(), emptyForm() }) {
            project.id = data.nextProjectId();
            data.projects.append(project);
        }
        QString error;
        m_document = Document::create(TestSupport::library().find(u"hubei-2024"_s), data, &error);
        QVERIFY2(m_document, qPrintable(error));
        const QString path = m_dir.filePath(u"forms.xlsx"_s);
        QVERIFY2(XlsxExport::write(*m_document, path, &error), qPrintable(error));
        auto workbook = XlsxReader::read(path, &error);
        QVERIFY2(workbook, qPrintable(error));
        m_workbook = *workbook;
    }

    void officialLayout()
    {
        const SheetGrid *sheet = m_workbook.sheet(XlsxFormSheet::title());
        QVERIFY(sheet);
        QCOMPARE(sheet->text(0, 0), u"项目支出绩效自评表"_s);
        QCOMPARE(sheet->text(0, 7), u"项目支出绩效自评表"_s); // merged over the form's width
        QCOMPARE(sheet->text(1, 0), u"（2024年度）"_s);
        QCOMPARE(sheet->text(2, 7), u"单位：万元"_s);
        QCOMPARE(sheet->text(3, 0), u"项目名称"_s);
        QCOMPARE(sheet->text(3, 2), u"市12345公共服务热线二期升级项目"_s);
        QCOMPARE(sheet->text(4, 4), u"实施单位"_s);
        QCOMPARE(sheet->text(4, 6), u"市政务服务中心"_s);
        const QStringList funds { u"项目资金（万元）"_s, u"项目资金（万元）"_s, u"年初预算数"_s, u"全年预算数"_s,
                                  u"全年执行数"_s, u"分值"_s, u"执行率"_s, u"得分"_s };
        for (int c = 0; c < 8; ++c)
            QCOMPARE(sheet->text(5, c), funds.at(c));
        QCOMPARE(sheet->text(7, 0), u"其中：本年财政拨款"_s);
        QCOMPARE(sheet->text(7, 2), u"150"_s);
        QVERIFY(sheet->text(8, 2).isEmpty()); // 上年结转's 年初预算数 is unknown, not 0
        QCOMPARE(sheet->text(9, 2), u"0"_s);
        QCOMPARE(sheet->text(9, 4), u"1E-06"_s); // one fen, stored exactly as 万元
        const int header = rowOf(*sheet, u"三级指标"_s);
        QCOMPARE(header, 12);
        QCOMPARE(sheet->text(header, 7), u"偏差原因分析及改进措施"_s);
        // 一级 and 二级 merged over their rows.
        QCOMPARE(sheet->text(13, 0), u"产出指标"_s);
        QCOMPARE(sheet->text(16, 0), u"产出指标"_s);
        QCOMPARE(sheet->text(14, 1), u"数量指标"_s);
        QCOMPARE(sheet->text(13, 3), u"≥40个"_s);
        QCOMPARE(sheet->text(13, 4), u"42个"_s);
        QCOMPARE(sheet->text(17, 0), u"效益指标"_s);
        QCOMPARE(sheet->text(17, 1), u"社会效益指标"_s);
        QCOMPARE(sheet->text(18, 1), u"服务对象满意度指标"_s);
        QCOMPARE(sheet->text(19, 0), u"总分"_s);
        QCOMPARE(sheet->text(20, 0), u"绩效跟踪"_s);
        QCOMPARE(sheet->text(20, 2), u"是"_s);
        QCOMPARE(sheet->text(21, 2), u"个别部门响应不及时。"_s);
        QCOMPARE(sheet->text(22, 2), u"纳入年度考核。"_s);
        // The second form starts after a blank row, on a page of its own.
        QCOMPARE(rowOf(*sheet, u"项目支出绩效自评表"_s, 1), 24);
    }

    void derivedCellsAreFormulasWithTheFormsValues()
    {
        const SheetGrid *sheet = m_workbook.sheet(XlsxFormSheet::title());
        // 年度资金总额: 150 + 0 (the unknown is left out) = 150; 191.8 + 10 + 1.234567 = 203.034567;
        // 180 + 10 + 0.000001 = 190.000001.
        QCOMPARE(sheet->cell(6, 2).formula, u"SUM(C8:C10)"_s);
        QCOMPARE(sheet->text(6, 2), u"150"_s);
        QCOMPARE(sheet->text(6, 3), u"203.034567"_s);
        QCOMPARE(sheet->text(6, 4), u"190.000001"_s);
        QCOMPARE(sheet->text(6, 5), u"10"_s);
        // 执行率 = 190.000001 / 203.034567 = 93.58012…%, cached to four decimals of a percent;
        // 得分 = 93.58012…% × 10 = 9.358… → 9.36.
        QCOMPARE(sheet->cell(6, 6).formula, u"E7/D7"_s);
        QCOMPARE(sheet->text(6, 6), u"0.935801"_s);
        QCOMPARE(sheet->cell(6, 7).formula, u"MIN(ROUND(G7*F7,2),F7)"_s);
        QCOMPARE(sheet->text(6, 7).toDouble(), 9.36); // the double nearest 9.36 has 16 digits
        // 总分: 分值 10 + 90 = 100; 得分 9.36 + 20 + 9.5 + 8.5 + 10 + 28.75 + 10 = 96.11, 优.
        QCOMPARE(sheet->cell(19, 5).formula, u"F7+SUM(F14:F19)"_s);
        QCOMPARE(sheet->text(19, 5), u"100"_s);
        QCOMPARE(sheet->cell(19, 6).formula, u"H7+SUM(G14:G19)"_s);
        QCOMPARE(sheet->text(19, 6).toDouble(), 96.11);
        QCOMPARE(sheet->text(19, 7), u"自评等级：优"_s);
        // The empty form: no budget, so no rate, no score and no total; its 分值 is the 10 alone.
        const int second = rowOf(*sheet, u"总分"_s, 20);
        QVERIFY(second > 24);
        QCOMPARE(sheet->text(second, 5), u"10"_s);
        QVERIFY(sheet->text(second, 6).isEmpty());
        QCOMPARE(sheet->text(second, 7), u"自评等级："_s);
    }

    void completeFormsReadBackIdentically()
    {
        QString error;
        const auto created = WorkbookImport::createDocument(m_workbook, TestSupport::library(), QString(), &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(withoutIds(created->data.projects), withoutIds(m_document->data().projects));
        QCOMPARE(created->plan.forms.size(), 2);
        QCOMPARE(created->plan.newForms(), 2);
        QVERIFY(created->plan.forms.at(0).problems.isEmpty() && created->plan.forms.at(1).problems.isEmpty());
        QVERIFY(created->plan.unnamedForms.isEmpty());
        QCOMPARE(created->plan.forms.at(1).place, u"项目支出绩效自评表 A25"_s);
        QVERIFY(created->plan.summary().contains(u"项目支出绩效自评表: 2 form(s) read"_s));
    }

    void formsIntoAnOpenDocument()
    {
        // The document has the complete form as it stood before the workbook was finished
        // (appropriation executed 170 万元, 诉求办结率 scored 8.00, 市民满意度 not yet added, no
        // tracking) and a project of its own; the workbook has the finished form and the empty one.
        DocumentData data = TestSupport::emptyDocument()->data();
        Project earlier = completeForm();
        earlier.funds.setAmount(FundSource::Appropriation, FundColumn::Executed, Money::fromFen(170'000'000));
        earlier.indicators[2].score = Points::fromHundredths(800);
        earlier.indicators.removeLast();
        earlier.tracked = false;
        Project own;
        own.name = u"档案数字化"_s;
        own.funds.setAmount(FundSource::Other, FundColumn::Executed, Money::fromFen(5'000'000));
        for (Project project : { earlier, own }) {
            project.id = data.nextProjectId();
            data.projects.append(project);
        }
        QString error;
        const auto document = Document::create(TestSupport::library().find(u"hubei-2024"_s), data, &error);
        QVERIFY2(document, qPrintable(error));

        const ImportPlan plan = WorkbookImport::plan(m_workbook, *document);
        QCOMPARE(plan.forms.size(), 2);
        const ImportPlan::FormReport &finished = plan.forms.at(0);
        QCOMPARE(finished.replaces, 0);
        QCOMPARE(finished.place, u"项目支出绩效自评表 A1"_s);
        const QStringList differences = [&] {
            QStringList lines;
            for (const FormDifference &d : finished.differences)
                lines.append(d.what + u" | "_s + d.before + u" | "_s + d.after);
            return lines;
        }();
        const QString reason = u"; 部分诉求涉及多部门，协调时间长；下一步建立联办机制。"_s;
        QCOMPARE(differences, QStringList({
                u"Funds: Fiscal appropriation of the year, Executed in the year | 170.00 | 180.00"_s,
                u"Indicator 诉求办结率 | Quality; target ≥95%, actual 93.5%, weight 10.00, score 8.00"_s + reason
                        + u" | Quality; target ≥95%, actual 93.5%, weight 10.00, score 8.50"_s + reason,
                u"Indicator 市民满意度 |  | Satisfaction of those served; target ≥90%, actual 95%, weight 10.00, score 10.00"_s,
                u"Performance tracking | no | yes"_s }));
        QVERIFY(plan.forms.at(1).isNew());
        QCOMPARE(plan.forms.at(1).place, u"项目支出绩效自评表 A25"_s);
        QCOMPARE(plan.newForms(), 1);
        QCOMPARE(plan.replacedForms(), 1);
        QVERIFY(plan.changesDocument());
        const QString summary = plan.summary();
        QVERIFY2(summary.contains(u"  ≠ replaces the project of the same name: 市12345公共服务热线二期升级项目 (项目支出绩效自评表 A1)\n"_s
                                  u"      Funds: Fiscal appropriation of the year, Executed in the year: 170.00 in the document, 180.00 in the workbook\n"_s),
                 qPrintable(summary));
        QVERIFY(summary.contains(u"  + new project 政务服务“好差评”系统运维 (项目支出绩效自评表 A25)"_s));

        // Nothing has changed yet; then one step replaces the form, adds the new one and keeps
        // the document's own project, and one undo restores every form.
        QCOMPARE(document->data().projects, data.projects);
        QVERIFY(WorkbookImport::apply(document.get(), plan));
        QCOMPARE(document->undoStack()->count(), 1);
        const QList<Project> &projects = document->data().projects;
        QCOMPARE(projects.size(), 3);
        QCOMPARE(projects.at(0).id, data.projects.at(0).id);
        QCOMPARE(projects.at(0).funds.amount(FundSource::Appropriation, FundColumn::Executed), Money::fromFen(180'000'000));
        QCOMPARE(projects.at(0).funds.total(FundColumn::Executed), Money::fromFen(190'000'001));
        QCOMPARE(projects.at(0).indicators.size(), 6);
        QCOMPARE(projects.at(0).indicators.at(2).score, Points::fromHundredths(850));
        QVERIFY(projects.at(0).tracked);
        QCOMPARE(projects.at(1), data.projects.at(1));
        QCOMPARE(projects.at(2).name, emptyForm().name);
        QCOMPARE(projects.at(2).id, 3);
        QCOMPARE(withoutIds(projects), withoutIds({ completeForm(), own, emptyForm() }));
        document->undoStack()->undo();
        QCOMPARE(document->data().projects, data.projects);
        document->undoStack()->redo();
        QCOMPARE(withoutIds(document->data().projects), withoutIds({ completeForm(), own, emptyForm() }));

        // Read again, the workbook changes nothing more.
        const ImportPlan again = WorkbookImport::plan(m_workbook, *document);
        QVERIFY(!again.forms.at(0).changesDocument() && !again.forms.at(1).changesDocument());
        QVERIFY(!again.changesDocument());
        QVERIFY(again.summary().contains(u"  = 政务服务“好差评”系统运维 (项目支出绩效自评表 A25): as in the document"_s));
    }

    void roundTripThroughOpenDocuments()
    {
        // xlsx → document → xlsx → document through File › 导入 Excel… into fresh documents: the
        // inputs, the 项 rows and the complete forms come back as the sample has them.
        const auto sample = TestSupport::sampleDocument();
        const auto importInto = [&](const QString &path) {
            QString error;
            const auto workbook = XlsxReader::read(path, &error);
            DocumentData data;
            data.department = sample->data().department;
            auto document = Document::create(TestSupport::library().find(u"hubei-2024"_s), data, &error);
            if (workbook && document)
                WorkbookImport::apply(document.get(), WorkbookImport::plan(*workbook, *document));
            return document;
        };
        QString error;
        const QString first = m_dir.filePath(u"first.xlsx"_s);
        QVERIFY2(XlsxExport::write(*sample, first, &error), qPrintable(error));
        const auto once = importInto(first);
        QVERIFY(once);
        const QString second = m_dir.filePath(u"second.xlsx"_s);
        QVERIFY2(XlsxExport::write(*once, second, &error), qPrintable(error));
        const auto twice = importInto(second);
        QVERIFY(twice);
        QCOMPARE(sample->data().projects.size(), 11);
        for (const Document *document : { once.get(), twice.get() }) {
            QCOMPARE(withoutIds(document->data().projects), withoutIds(sample->data().projects));
            QCOMPARE(document->data().cells, sample->data().cells);
            QCOMPARE(document->data().classRows, sample->data().classRows);
        }
    }

    void formsLaidOutElsewhereAreFound()
    {
        // A form as another program might lay it out: a sheet of another name, the year before the
        // title, amounts in 元, labels one column further right, the indicator columns in another
        // order without 一级指标, a blank row among the indicators, and one score that is no number.
        const QString path = m_dir.filePath(u"foreign.xlsx"_s);
        lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *ws = workbook_add_worksheet(workbook, "Sheet1");
        const auto put = [&](int row, int column, const char *text) { worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(column), text, nullptr); };
        const auto number = [&](int row, int column, double value) { worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(column), value, nullptr); };
        put(1, 1, "2024年度项目支出绩效自评表");
        put(2, 6, "单位：元");
        put(3, 1, "项目名称");
        put(3, 3, "智慧政务平台运维");
        put(4, 1, "主管部门");
        put(4, 2, "咸宁市政务服务和大数据管理局");
        put(4, 4, "实施单位");
        put(5, 1, "项目资金");
        put(5, 2, "全年预算数");
        put(5, 3, "全年执行数");
        put(5, 4, "年初预算数");
        put(6, 1, "年度资金总额");
        number(6, 2, 999); // computed on the form, never read
        put(7, 1, "其中：本年财政拨款");
        number(7, 2, 120000);
        number(7, 3, 118000.5);
        number(7, 4, 100000);
        put(8, 1, "其他资金");
        number(8, 3, 2000);
        put(10, 1, "三级指标");
        put(10, 2, "二级指标");
        put(10, 3, "分值");
        put(10, 4, "得分");
        put(10, 5, "年度指标值");
        put(10, 6, "实际完成值");
        put(10, 7, "偏差原因分析及改进措施");
        put(11, 1, "平台可用率");
        put(11, 2, "质量");
        number(11, 3, 40);
        number(11, 4, 38.5);
        put(11, 5, "≥99.5%");
        put(11, 6, "99.2%");
        put(11, 7, "一次停电");
        put(13, 1, "服务对象满意度");
        put(13, 2, "服务对象满意度指标");
        number(13, 3, 10);
        put(13, 4, "九分");
        put(14, 1, "总分");
        workbook_close(workbook);

        QString error;
        const auto read = XlsxReader::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        const FormSheetReader::Result result = FormSheetReader::read(*read);
        QCOMPARE(result.forms.size(), 1);
        QCOMPARE(result.forms.constFirst().place, u"Sheet1 B2"_s);
        const Project &p = result.forms.constFirst().project;
        QCOMPARE(p.name, u"智慧政务平台运维"_s);
        QCOMPARE(p.supervisor, u"咸宁市政务服务和大数据管理局"_s);
        QVERIFY(p.implementer.isEmpty());
        QCOMPARE(p.funds.amount(FundSource::Appropriation, FundColumn::FullBudget)->fen(), 12'000'000);
        QCOMPARE(p.funds.amount(FundSource::Appropriation, FundColumn::Executed), Money::fromFen(11'800'050));
        QCOMPARE(p.funds.amount(FundSource::Appropriation, FundColumn::InitialBudget), Money::fromFen(10'000'000));
        QCOMPARE(p.funds.amount(FundSource::Other, FundColumn::Executed), Money::fromFen(200'000));
        QVERIFY(!p.funds.amount(FundSource::Other, FundColumn::FullBudget));
        QVERIFY(!p.funds.amount(FundSource::Carryover, FundColumn::Executed));
        QCOMPARE(p.indicators.size(), 2);
        const PerformanceIndicator &quality = p.indicators.at(0);
        QCOMPARE(quality.category, IndicatorCategory::Quality);
        QCOMPARE(quality.comparison, Comparison::AtLeast);
        QCOMPARE(quality.target, u"99.5"_s);
        QCOMPARE(quality.unit, u"%"_s);
        QCOMPARE(quality.actual, u"99.2"_s);
        QCOMPARE(quality.weight, Points::fromHundredths(4000));
        QCOMPARE(quality.score, Points::fromHundredths(3850));
        QCOMPARE(quality.deviation, u"一次停电"_s);
        const PerformanceIndicator &satisfaction = p.indicators.at(1);
        QCOMPARE(satisfaction.category, IndicatorCategory::Satisfaction);
        QVERIFY(!satisfaction.score);
        QCOMPARE(result.problems().size(), 1);
        QCOMPARE(result.forms.constFirst().problems, result.problems());
        QVERIFY2(result.problems().constFirst().contains(u"Sheet1 E14"_s) && result.problems().constFirst().contains(u"九分"_s),
                 qPrintable(result.problems().constFirst()));
    }

    void printedIndicatorTextsSplitBack_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<int>("comparison");
        QTest::addColumn<QString>("expectedTarget");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expectedActual");
        QTest::newRow("number and unit") << u"≥42个"_s << u"45个"_s << int(Comparison::AtLeast) << u"42"_s << u"个"_s << u"45"_s;
        QTest::newRow("ASCII comparison") << u"<=5%"_s << u"3%"_s << int(Comparison::AtMost) << u"5"_s << u"%"_s << u"3"_s;
        QTest::newRow("full-width comparison") << u"＞0"_s << u"2"_s << int(Comparison::Above) << u"0"_s << QString() << u"2"_s;
        QTest::newRow("unit only in the actual value") << QString() << u"41.91万件"_s << int(Comparison::None) << QString() << u"万件"_s << u"41.91"_s;
        QTest::newRow("qualitative") << u"按时完成"_s << u"已完成"_s << int(Comparison::None) << u"按时完成"_s << QString() << u"已完成"_s;
        QTest::newRow("actual without the unit") << u"=100%"_s << u"未完成"_s << int(Comparison::Equal) << u"100"_s << u"%"_s << u"未完成"_s;
        QTest::newRow("empty") << QString() << QString() << int(Comparison::None) << QString() << QString() << QString();
    }

    void printedIndicatorTextsSplitBack()
    {
        QFETCH(QString, target);
        QFETCH(QString, actual);
        QFETCH(int, comparison);
        QFETCH(QString, expectedTarget);
        QFETCH(QString, unit);
        QFETCH(QString, expectedActual);
        const PerformanceIndicator in = FormSheetReader::splitIndicator(target, actual);
        QCOMPARE(int(in.comparison), comparison);
        QCOMPARE(in.target, expectedTarget);
        QCOMPARE(in.unit, unit);
        QCOMPARE(in.actual, expectedActual);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_document;
    Workbook m_workbook;
};

QTEST_GUILESS_MAIN(TestXlsxForms)
#include "tst_xlsxforms.moc"
