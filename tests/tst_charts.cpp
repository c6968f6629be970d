#include "testsupport.h"

#include "charts/barvaluelabels.h"
#include "charts/chartfactory.h"
#include "charts/chartpainter.h"
#include "charts/chartspage.h"
#include "commands/addremoveproject.h"
#include "document/document.h"
#include "report/disclosurecharts.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QImage>
#include <QPainter>
#include <QPieSeries>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The charts' figures from the sample, the Qt Charts they become, and the live Charts page.
class TestCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void incomeBySource();
    void expenditureByType();
    void generalBudgetByClass();
    void yearOnYear();
    void projectsWithCompletion();
    void factoryBuildsGreyPie();
    void screenPieLegendWrapsNames();
    void factoryBuildsBars();
    void barAmountsReadLikeTheTables();
    void painterDrawsSomething();
    void chartsPageFollowsTheDocument();

private:
    std::unique_ptr<Document> m_sample;
};

void TestCharts::initTestCase()
{
    m_sample = TestSupport::sampleDocument();
}

void TestCharts::incomeBySource()
{
    const ChartData chart = DisclosureCharts::chart(*m_sample, u"incomeBySource"_s);
    QCOMPARE(chart.kind, ChartData::Kind::Pie);
    // Only the sources with income: slices of nothing would clutter the legend.
    QCOMPARE(chart.categories, QStringList({ u"一般公共预算财政拨款收入"_s, u"其他收入"_s }));
    QCOMPARE(chart.series.constFirst().values, QList<qint64>({ 4116420000, 1050000 }));
    QCOMPARE(chart.annotations, QStringList({ u"99.97%"_s, u"0.03%"_s }));
}

void TestCharts::expenditureByType()
{
    const ChartData chart = DisclosureCharts::chart(*m_sample, u"expenditureByType"_s);
    QCOMPARE(chart.kind, ChartData::Kind::Donut);
    QCOMPARE(chart.categories, QStringList({ u"基本支出"_s, u"项目支出"_s }));
    QCOMPARE(chart.series.constFirst().values, QList<qint64>({ 703970000, 3413500000 }));
    QCOMPARE(chart.annotations, QStringList({ u"17.10%"_s, u"82.90%"_s }));
}

void TestCharts::generalBudgetByClass()
{
    const ChartData chart = DisclosureCharts::chart(*m_sample, u"generalBudgetByClass"_s);
    QCOMPARE(chart.categories.constFirst(), u"201 一般公共服务支出"_s);
    QCOMPARE(chart.series.constFirst().values.constFirst(), 3957120000);
    QCOMPARE(chart.annotations.constFirst(), u"96.13%"_s);
}

void TestCharts::yearOnYear()
{
    const ChartData chart = DisclosureCharts::chart(*m_sample, u"yearOnYear"_s);
    QCOMPARE(chart.series.size(), 2);
    QCOMPARE(chart.series.at(0).name, u"2023年度"_s);
    QCOMPARE(chart.series.at(1).name, u"2024年度"_s);
    QCOMPARE(chart.categories.constFirst(), u"收、支总计"_s);
    QCOMPARE(chart.series.at(1).values.constFirst(), 4117470000);
    QCOMPARE(chart.series.at(0).values.constFirst() - chart.series.at(1).values.constFirst(), 282510000);
    QCOMPARE(chart.annotations.constFirst(), u"增减 -6.42%"_s);
    const ChartData threePublic = DisclosureCharts::chart(*m_sample, u"threePublic"_s);
    QCOMPARE(threePublic.categories.size(), 5);
    QCOMPARE(threePublic.series.at(1).values.constFirst(), 2330000); // 2.33 万元
}

void TestCharts::projectsWithCompletion()
{
    const ChartData chart = DisclosureCharts::chart(*m_sample, u"projects"_s);
    QCOMPARE(chart.categories.size(), m_sample->data().projects.size());
    QCOMPARE(chart.categories.at(1), u"综合窗口运行费用"_s);
    QCOMPARE(chart.annotations.at(1), u"完成率 93.14%"_s);
    QCOMPARE(chart.series.at(0).name, u"预算数"_s);
    QCOMPARE(chart.series.at(1).values.at(1), m_sample->data().projects.at(1).executed()->fen());
}

void TestCharts::factoryBuildsGreyPie()
{
    const auto chart
        = ChartFactory::create(DisclosureCharts::chart(*m_sample, u"incomeBySource"_s), ChartFactory::Medium::Paper);
    QCOMPARE(chart->title(), u"收入决算结构"_s);
    auto *pie = qobject_cast<QPieSeries *>(chart->series().constFirst());
    QVERIFY(pie);
    QCOMPARE(pie->count(), 2);
    QVERIFY(pie->slices().at(0)->label().contains(u"4,116.42万元"_s));
    // Told apart without colour: grey levels or hatching, never two equal fills.
    const QBrush first = pie->slices().at(0)->brush();
    const QBrush second = pie->slices().at(1)->brush();
    QCOMPARE(first.color().red(), first.color().blue());
    QVERIFY(first != second);
}

void TestCharts::screenPieLegendWrapsNames()
{
    // On screen the legend stands beside the pie; a long name wraps onto lines instead of "…".
    auto chart = ChartFactory::create(DisclosureCharts::chart(*m_sample, u"incomeBySource"_s), ChartFactory::Medium::Screen);
    auto *pie = qobject_cast<QPieSeries *>(chart->series().constFirst());
    QVERIFY(pie);
    QCOMPARE(pie->slices().at(0)->label(), u"一般公共预算<br>财政拨款收入<br>4,116.42万元 占99.97%"_s);
    QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
    QVERIFY(chart->legend()->showToolTips());
    QChartView view(chart.release());
    view.resize(1308, 340);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QStringList shown;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            shown.append(text->toPlainText());
    }
    QVERIFY2(shown.contains(u"一般公共预算\n财政拨款收入\n4,116.42万元 占99.97%"_s) || shown.contains(u"一般公共预算\u2028财政拨款收入\u20284,116.42万元 占99.97%"_s),
             qPrintable(shown.join(u" | "_s)));
    for (const QString &text : std::as_const(shown))
        QVERIFY2(!text.contains(u"…"_s) && !text.contains(u"..."_s), qPrintable(text));
}

void TestCharts::factoryBuildsBars()
{
    const auto chart
        = ChartFactory::create(DisclosureCharts::chart(*m_sample, u"projects"_s), ChartFactory::Medium::Screen);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    // The first project reads at the top: the axis counts from the bottom.
    const int projects = int(m_sample->data().projects.size());
    QCOMPARE(bars->barSets().at(0)->at(projects - 1), 19.18);
    // Qt Charts' own labels would print 19.18 as "19.18" but 2087 as "2087": ours are the tables'.
    QVERIFY(!bars->isLabelsVisible());
    QVERIFY(chart->findChild<BarValueLabels *>());
    QVERIFY(chart->localizeNumbers());
}

void TestCharts::barAmountsReadLikeTheTables()
{
    ChartData data;
    data.kind = ChartData::Kind::Bars;
    data.title = u"项目预算与执行"_s;
    data.categories = { u"数字政府基础设施运行维护及网络安全保障项目"_s, u"短名"_s };
    data.series = { { u"全年预算数"_s, { 2'087'005'000, 1'234'564'999 } }, { u"全年执行数"_s, { 0, 123'450'000 } } };
    const auto chart = ChartFactory::create(data, ChartFactory::Medium::Screen);
    const auto *labels = chart->findChild<BarValueLabels *>();
    QVERIFY(labels);
    // Set by set, the categories bottom up (the first category reads at the top): half up from fen.
    QCOMPARE(labels->texts(), QStringList({ u"1,234.56"_s, u"2,087.01"_s, u"123.45"_s, u"0.00"_s }));
    // On screen a long name wraps onto lines instead of being cut to "…".
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).constFirst());
    QVERIFY(axis);
    QCOMPARE(axis->categories().constLast(), u"数字政府基础设<br>施运行维护及网<br>络安全保障项目"_s);
    QCOMPARE(axis->categories().constFirst(), u"短名"_s);
    QVERIFY(ChartFactory::screenHeight(data) >= 340);
    data.categories += QStringList(12, u"数字政府基础设施运行维护及网络安全保障项目"_s);
    for (ChartSeriesData &series : data.series)
        series.values += QList<qint64>(12, 100'000'000);
    QVERIFY(ChartFactory::screenHeight(data) > 14 * 3 * 17);
    // Shown at that height, no two amounts overlap.
    QChartView view(ChartFactory::create(data, ChartFactory::Medium::Screen).release());
    view.resize(560, ChartFactory::screenHeight(data));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto items = view.chart()->findChild<BarValueLabels *>()->items();
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (qsizetype j = i + 1; j < items.size(); ++j)
            QVERIFY(!items.at(i)->sceneBoundingRect().intersects(items.at(j)->sceneBoundingRect()));
    }
}

void TestCharts::painterDrawsSomething()
{
    QImage image(600, 340, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        ChartPainter::paint(DisclosureCharts::chart(*m_sample, u"expenditureByType"_s), &painter, QRectF(image.rect()));
    }
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128;
    }
    QVERIFY2(dark > 1000, qPrintable(QString::number(dark)));
}

void TestCharts::chartsPageFollowsTheDocument()
{
    auto document = TestSupport::sampleDocument();
    ChartsPage page;
    page.setDocument(document.get());
    QCOMPARE(page.chartCount(), 6);
    const auto projectBars = [&] {
        return qobject_cast<QAbstractBarSeries *>(page.chartView(5)->chart()->series().constFirst())
            ->barSets()
            .at(0)
            ->count();
    };
    const int before = projectBars();
    Project project;
    project.name = u"新项目"_s;
    project.funds.setAmount(FundSource::Appropriation, FundColumn::FullBudget, Money::fromFen(5000000));
    document->undoStack()->push(new AddProject(document.get(), 0, project));
    QTRY_COMPARE(projectBars(), before + 1);
    document->undoStack()->undo();
    QTRY_COMPARE(projectBars(), before);
    page.setDocument(nullptr);
    QCOMPARE(page.chartCount(), 0);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
