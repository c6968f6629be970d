#include "money/ratio.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Shares, change rates and completion rates computed from exact amounts.
class TestRatio : public QObject
{
    Q_OBJECT

private slots:
    void percent_data();
    void percent();
    void truncation();
    void notComparable();
    void hugeRatioIsNotAnOverflow();
};

namespace {
Money wan(const char *text)
{
    return parseMoney(QString::fromLatin1(text), { MoneyUnit::Wanyuan, true, false }).value;
}
} // namespace

void TestRatio::percent_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<QString>("text");

    // The seed's figures that hold (domain §5) and the ones it got wrong.
    QTest::newRow("收入 财政拨款 share") << wan("4116.42").fen() << wan("4117.47").fen() << u"99.97%"_s;
    QTest::newRow("收入 其他 share") << wan("1.05").fen() << wan("4117.47").fen() << u"0.03%"_s;
    QTest::newRow("基本支出 share") << wan("703.97").fen() << wan("4117.47").fen() << u"17.10%"_s;
    QTest::newRow("一般公共服务 share") << wan("3957.12").fen() << wan("4116.42").fen() << u"96.13%"_s;
    QTest::newRow("住房保障 share is 1.54 not 1.57") << wan("63.4").fen() << wan("4116.42").fen() << u"1.54%"_s;
    QTest::newRow("三公 completion") << wan("2.32").fen() << wan("3").fen() << u"77.33%"_s;
    QTest::newRow("decrease rate") << -wan("282.51").fen() << wan("4399.98").fen() << u"-6.42%"_s;
    QTest::newRow("exact half rounds up") << qint64(1) << qint64(8) << u"12.50%"_s;
    QTest::newRow("half at third decimal rounds up") << qint64(1'000'005) << qint64(100'000'000) << u"1.00%"_s;
    QTest::newRow("0.7421875 rounds to 74.22") << wan("0.95").fen() << wan("1.28").fen() << u"74.22%"_s;
    QTest::newRow("over budget") << wan("556.63").fen() << wan("518.12").fen() << u"107.43%"_s;
    QTest::newRow("zero numerator") << qint64(0) << wan("1").fen() << u"0.00%"_s;
    QTest::newRow("negative half away from zero") << qint64(-1) << qint64(8) << u"-12.50%"_s;
}

void TestRatio::percent()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(QString, text);
    QCOMPARE(Ratio(numerator, denominator).toString(2, u"--"_s), text);
}

void TestRatio::truncation()
{
    const Ratio r = Ratio::completion(wan("3400.49"), wan("3717.74"));
    QCOMPARE(*r.percentScaled(2), qint64(9147));
    QCOMPARE(*r.percentTruncated(2), qint64(9146));
    QCOMPARE(*Ratio::share(wan("1"), wan("3")).percentScaled(0), qint64(33));
}

void TestRatio::notComparable()
{
    const Ratio growth = Ratio::changeRate(wan("5"), Money());
    QVERIFY(!growth.isComparable());
    QVERIFY(!growth.percentScaled(2));
    QCOMPARE(growth.toString(2, u"--（基数为0，不可比）"_s), u"--（基数为0，不可比）"_s);
}

void TestRatio::hugeRatioIsNotAnOverflow()
{
    const Ratio r(Money::LimitFen, 1);
    QVERIFY(!r.percentScaled(2));
}

QTEST_APPLESS_MAIN(TestRatio)
#include "tst_ratio.moc"
