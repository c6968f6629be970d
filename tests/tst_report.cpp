#include "testsupport.h"

#include "document/document.h"
#include "report/printtable.h"
#include "report/reportcontent.h"
#include "document/sheetlayout.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The printed form of the tables and the order of the published document, before any painting.
class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void headerSpans_data();
    void headerSpans();
    void unprintedColumnsLeftOut();
    void twoSidedRowsFaceEachOther();
    void classListOrdinals();
    void emptyTablePrintsItsNote();
    void columnGroupsRepeatKeyColumns();
    void documentOrder();
    void tablesInTemplateOrder();
    void chartsPlacedInPartThree();
    void draftUntilFinal();

private:
    PrintTable table(const QString &id) const;
    std::unique_ptr<Document> m_sample;
};

void TestReport::initTestCase()
{
    m_sample = TestSupport::sampleDocument();
}

PrintTable TestReport::table(const QString &id) const
{
    return PrintTable::build(*m_sample, *m_sample->layout().table(id));
}

void TestReport::headerSpans_data()
{
    QTest::addColumn<QString>("tableId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("rowSpan");
    QTest::addColumn<int>("columnSpan");
    QTest::newRow("T9 budget block over six columns") << u"T9"_s << u"预算数"_s << 0 << 1 << 1 << 6;
    QTest::newRow("T9 vehicles over three columns")
        << u"T9"_s << u"公务用车购置及运行费"_s << 1 << 3 << 1 << 3;
    QTest::newRow("T9 item column down three lines") << u"T9"_s << u"项目"_s << 0 << 0 << 3 << 1;
    QTest::newRow("T9 lanci of the last column") << u"T9"_s << u"12"_s << 3 << 12 << 1 << 1;
    QTest::newRow("T5 本年支出 over three columns") << u"T5"_s << u"本年支出"_s << 0 << 2 << 1 << 3;
    QTest::newRow("T5 项目 over code and name") << u"T5"_s << u"项目"_s << 0 << 0 << 1 << 2;
    QTest::newRow("T1 收入 block") << u"T1"_s << u"收入"_s << 0 << 0 << 1 << 2;
    QTest::newRow("T1 支出 block") << u"T1"_s << u"支出"_s << 0 << 2 << 1 << 2;
    QTest::newRow("T2 single-title column down two lines")
        << u"T2"_s << u"本年收入合计"_s << 0 << 2 << 2 << 1;
}

void TestReport::headerSpans()
{
    QFETCH(QString, tableId);
    QFETCH(QString, text);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, rowSpan);
    QFETCH(int, columnSpan);
    const PrintTable print = table(tableId);
    for (const PrintTable::HeaderCell &cell : print.header()) {
        if (cell.text == text && cell.row == row && cell.column == column) {
            QCOMPARE(cell.rowSpan, rowSpan);
            QCOMPARE(cell.columnSpan, columnSpan);
            return;
        }
    }
    QFAIL(qPrintable(u"no header cell %1 at (%2, %3)"_s.arg(text).arg(row).arg(column)));
}

void TestReport::unprintedColumnsLeftOut()
{
    const PrintTable print = table(u"T5"_s);
    QCOMPARE(print.columnCount(), 5); // code, name, 合计, 基本支出, 项目支出: no 年初预算数
    for (const PrintTable::HeaderCell &cell : print.header())
        QVERIFY(cell.text != u"年初预算数"_s);
    QCOMPARE(print.rows().constFirst().at(1).text, u"合计"_s);
    QCOMPARE(print.rows().constFirst().at(3).text, u"702.92"_s);
    QCOMPARE(print.number, u"公开05表"_s);
    QCOMPARE(print.department, u"编制单位：咸宁市政务服务和大数据管理局"_s);
    QCOMPARE(print.unit, u"单位：万元"_s);
}

void TestReport::twoSidedRowsFaceEachOther()
{
    const PrintTable print = table(u"T1"_s);
    QCOMPARE(print.columnCount(), 4);
    bool found = false;
    for (const QList<PrintTable::Cell> &row : print.rows()) {
        if (row.at(0).text == u"本年收入合计"_s) {
            QCOMPARE(row.at(2).text, u"本年支出合计"_s);
            QCOMPARE(row.at(1).text, u"4,117.47"_s);
            QCOMPARE(row.at(3).text, u"4,117.47"_s);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(print.rows().constLast().at(0).text, u"总计"_s);
    QCOMPARE(print.rows().constLast().at(2).text, u"总计"_s);
}

void TestReport::classListOrdinals()
{
    const PrintTable print = table(u"T1"_s);
    QCOMPARE(print.rows().at(0).at(2).text, u"一、一般公共服务支出"_s);
    QCOMPARE(print.rows().at(25).at(2).text, u"二十六、抗疫特别国债安排的支出"_s);
    QCOMPARE(PrintTable::chineseOrdinal(10), u"十"_s);
    QCOMPARE(PrintTable::chineseOrdinal(20), u"二十"_s);
}

void TestReport::emptyTablePrintsItsNote()
{
    const PrintTable print = table(u"T7"_s);
    QVERIFY(print.isEmpty());
    QCOMPARE(print.emptyNote, m_sample->reportTemplate().table(u"T7"_s)->emptyNote);
    QVERIFY(print.rows().isEmpty());
    QVERIFY(!print.header().isEmpty());
    QVERIFY(!table(u"T5"_s).isEmpty());
}

void TestReport::columnGroupsRepeatKeyColumns()
{
    const PrintTable print = table(u"T3"_s);
    QCOMPARE(print.keyColumnCount(), 2);
    const PrintTable part = print.withColumns({ 0, 1, 5, 6 });
    QCOMPARE(part.columnCount(), 4);
    QCOMPARE(part.keyColumnCount(), 2);
    QCOMPARE(part.rows().constFirst().at(1).text, u"合计"_s);
    QCOMPARE(part.columns().at(2).path, print.columns().at(5).path);
    // The lanci line follows the columns kept.
    QCOMPARE(part.header().constLast().text, print.columns().at(6).lanci);
}

void TestReport::documentOrder()
{
    const ReportContent content = ReportContent::build(*m_sample);
    QCOMPARE(content.title, u"咸宁市政务服务和大数据管理局2024年度部门决算"_s);
    QList<int> parts;
    for (const ReportBlock &block : content.blocks) {
        if (block.kind == ReportBlock::Kind::PartTitle)
            parts.append(block.level);
    }
    // Then the attachment of the 11 projects' self-evaluation forms.
    QCOMPARE(parts, QList<int>({ 1, 2, 3, 4, 5, 6 }));
    QCOMPARE(content.tables.size(), size_t(9 + 11));
    QCOMPARE(content.blocks.constLast().kind, ReportBlock::Kind::Attachment);
    // Part 5 lists the functional codes the department used, from the narrative.
    bool codeList = false;
    for (const ReportBlock &block : content.blocks)
        codeList = codeList || block.text.contains(u"行政运行（项）"_s);
    QVERIFY(codeList);
}

void TestReport::tablesInTemplateOrder()
{
    const auto shanghai = TestSupport::emptyDocument(u"shanghai-2024"_s);
    const ReportContent content = ReportContent::build(*shanghai);
    QStringList titles;
    for (const PrintTable &print : content.tables)
        titles.append(print.title);
    QStringList expected;
    for (const TableDef &def : shanghai->reportTemplate().tables()) {
        if (def.statutory)
            expected.append(def.title);
    }
    QCOMPARE(titles, expected);
    QCOMPARE(titles.at(6), u"财政拨款“三公”经费支出决算表"_s); // Shanghai prints 三公 seventh
}

void TestReport::chartsPlacedInPartThree()
{
    const ReportContent content = ReportContent::build(*m_sample);
    int part = 0;
    QString heading;
    QStringList placed;
    for (const ReportBlock &block : content.blocks) {
        if (block.kind == ReportBlock::Kind::PartTitle)
            part = block.level;
        if (block.kind == ReportBlock::Kind::Heading)
            heading = block.text;
        if (block.kind == ReportBlock::Kind::Chart) {
            QCOMPARE(part, 3);
            placed.append(content.charts.at(block.index).id + u'@' + heading);
        }
    }
    // The income pie would be a solid disc (99.97% against 0.03%): the profile has it stated in words.
    QCOMPARE(placed.size(), 5);
    QCOMPARE(placed.at(0), u"yearOnYear@一、收入支出决算总体情况说明"_s);
    QCOMPARE(placed.at(1), u"expenditureByType@三、支出决算情况说明"_s);
    QVERIFY(placed.at(4).startsWith(u"projects@（二）部门决算中项目绩效自评结果"_s));
}

void TestReport::draftUntilFinal()
{
    ReportContent content = ReportContent::build(*m_sample);
    // The sample's Part 3 states 3401.54 万元 of self-evaluated projects; the data says 2889.29.
    QVERIFY(!content.auditErrors.isEmpty());
    QVERIFY(content.isDraft());
    content.final = true;
    QVERIFY(!content.isDraft());
}

QTEST_APPLESS_MAIN(TestReport)
#include "tst_report.moc"
