#include "money/fensum.h"
#include "money/money.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

// Parsing what accountants type and paste, and showing amounts rounded only at display.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void emptyWhereRequired();
    void format_data();
    void format();
    void exactString_data();
    void roundingBeyondTheRangeLeavesTheValue();
    void fenSumStaysInRange_data();
    void fenSumStaysInRange();
    void exactString();
    void counts_data();
    void counts();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wanyuan");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<bool>("empty");

    QTest::newRow("plain 万元") << u"4116.42"_s << true << false << qint64(4'116'420'000) << false;
    QTest::newRow("thousands separators") << u"4,116.42"_s << true << false << qint64(4'116'420'000) << false;
    QTest::newRow("full-width digits and point") << u"４１１６．４２"_s << true << false << qint64(4'116'420'000) << false;
    QTest::newRow("full-width comma") << u"４，１１６．４２"_s << true << false << qint64(4'116'420'000) << false;
    QTest::newRow("trailing and ideographic blanks") << u"\u3000 85.6  "_s << true << false << qint64(85'600'000) << false;
    QTest::newRow("six decimals in 万元 are fen") << u"459.4737"_s << true << false << qint64(459'473'700) << false;
    QTest::newRow("one fen in 万元") << u"0.000001"_s << true << false << qint64(1) << false;
    QTest::newRow("integer") << u"3"_s << true << false << qint64(3'000'000) << false;
    QTest::newRow("leading point") << u".5"_s << true << false << qint64(500'000) << false;
    QTest::newRow("yuan two decimals") << u"1,234.56"_s << false << false << qint64(123'456) << false;
    QTest::newRow("dash is zero") << u"-"_s << true << false << qint64(0) << true;
    QTest::newRow("empty is zero") << u""_s << true << false << qint64(0) << true;
    QTest::newRow("negative where allowed") << u"-12.5"_s << true << true << qint64(-12'500'000) << false;
    QTest::newRow("full-width minus") << u"－12.5"_s << true << true << qint64(-12'500'000) << false;
    QTest::newRow("negative zero is zero") << u"-0"_s << true << false << qint64(0) << false;
    QTest::newRow("limit exactly") << u"100000000"_s << true << false << qint64(100'000'000'000'000) << false;
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, wanyuan);
    QFETCH(bool, allowNegative);
    QFETCH(qint64, fen);
    QFETCH(bool, empty);
    const MoneyParseResult r = parseMoney(text, { wanyuan ? MoneyUnit::Wanyuan : MoneyUnit::Yuan, allowNegative, true });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.value.fen(), fen);
    QCOMPARE(r.empty, empty);
}

void TestMoney::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wanyuan");
    QTest::addColumn<QString>("message");

    QTest::newRow("letters") << u"abc"_s << true << u"is not a number"_s;
    QTest::newRow("unit typed along") << u"12万元"_s << true << u"is not a number"_s;
    QTest::newRow("two points") << u"1.2.3"_s << true << u"is not a number"_s;
    QTest::newRow("percent") << u"12%"_s << true << u"is not a number"_s;
    QTest::newRow("seven decimals in 万元") << u"1.1234567"_s << true << u"at most 6"_s;
    QTest::newRow("three decimals in 元") << u"1.234"_s << false << u"at most 2"_s;
    QTest::newRow("decimal comma") << u"4116,42"_s << true << u"thousands separator"_s;
    QTest::newRow("separator in fraction") << u"1.234,5"_s << true << u"thousands separator"_s;
    QTest::newRow("beyond 10^12 yuan") << u"100000000.000001"_s << true << u"beyond"_s;
    QTest::newRow("far beyond") << u"99999999999999999999"_s << true << u"beyond"_s;
    QTest::newRow("negative forbidden") << u"-5"_s << true << u"negative"_s;
}

void TestMoney::rejects()
{
    QFETCH(QString, text);
    QFETCH(bool, wanyuan);
    QFETCH(QString, message);
    const MoneyParseResult r = parseMoney(text, { wanyuan ? MoneyUnit::Wanyuan : MoneyUnit::Yuan, false, true });
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void TestMoney::emptyWhereRequired()
{
    const MoneyParseResult r = parseMoney(u"  ", { MoneyUnit::Wanyuan, false, false });
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(u"required"_s));
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<bool>("wanyuan");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");

    QTest::newRow("two decimals with separators") << qint64(4'117'470'000) << true << 2 << u"4,117.47"_s;
    QTest::newRow("half rounds up") << qint64(5'000) << true << 2 << u"0.01"_s;
    QTest::newRow("below half rounds down") << qint64(4'999) << true << 2 << u"0.00"_s;
    QTest::newRow("negative half away from zero") << qint64(-5'000) << true << 2 << u"-0.01"_s;
    QTest::newRow("four-decimal amount at two") << qint64(459'473'700) << true << 2 << u"459.47"_s;
    QTest::newRow("carry into integer") << qint64(999'995'000) << true << 2 << u"1,000.00"_s;
    QTest::newRow("yuan") << qint64(123'456'789) << false << 2 << u"1,234,567.89"_s;
    QTest::newRow("no decimals") << qint64(1'500'000) << true << 0 << u"2"_s;
    QTest::newRow("zero") << qint64(0) << true << 2 << u"0.00"_s;
    // Far beyond any amount, yet formatting must neither wrap nor negate the most negative fen.
    QTest::newRow("largest fen") << std::numeric_limits<qint64>::max() << true << 2 << u"9,223,372,036,854.78"_s;
    QTest::newRow("most negative fen") << std::numeric_limits<qint64>::min() << true << 2 << u"-9,223,372,036,854.78"_s;
    QTest::newRow("most negative fen in yuan") << std::numeric_limits<qint64>::min() << false << 0
                                              << u"-92,233,720,368,547,758"_s;
}

void TestMoney::format()
{
    QFETCH(qint64, fen);
    QFETCH(bool, wanyuan);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(Money::fromFen(fen).format(wanyuan ? MoneyUnit::Wanyuan : MoneyUnit::Yuan, decimals), text);
}

void TestMoney::exactString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("two decimals kept") << qint64(2'000'000) << u"2.00"_s;
    QTest::newRow("trailing zeros beyond two dropped") << qint64(459'473'700) << u"459.4737"_s;
    QTest::newRow("all six") << qint64(78'349'850) << u"78.34985"_s;
    QTest::newRow("negative") << qint64(-1) << u"-0.000001"_s;
}

void TestMoney::exactString()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::fromFen(fen).toExactString(MoneyUnit::Wanyuan), text);
    QCOMPARE(parseMoney(text, { MoneyUnit::Wanyuan, true, false }).value.fen(), fen);
}

void TestMoney::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::newRow("plain") << u"36"_s << true << qint64(36);
    QTest::newRow("full-width") << u"３６"_s << true << qint64(36);
    QTest::newRow("empty") << u""_s << true << qint64(0);
    QTest::newRow("decimal") << u"1.5"_s << false << qint64(0);
    QTest::newRow("negative") << u"-1"_s << false << qint64(0);
    QTest::newRow("text") << u"七"_s << false << qint64(0);
}

void TestMoney::counts()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    const CountParseResult r = parseCount(text);
    QCOMPARE(r.ok, ok);
    if (ok)
        QCOMPARE(r.value, value);
    else
        QVERIFY(!r.error.isEmpty());
}

QTEST_APPLESS_MAIN(TestMoney)
void TestMoney::roundingBeyondTheRangeLeavesTheValue()
{
    const qint64 most = std::numeric_limits<qint64>::min();
    QCOMPARE(Money::fromFen(most).rounded(MoneyUnit::Wanyuan, 2).fen(), most);
    QCOMPARE(Money::fromFen(Money::LimitFen - 1).rounded(MoneyUnit::Wanyuan, 0).fen(), Money::LimitFen);
    QCOMPARE(Money::fromFen(-Money::LimitFen + 1).rounded(MoneyUnit::Wanyuan, 0).fen(), -Money::LimitFen);
}

void TestMoney::fenSumStaysInRange_data()
{
    QTest::addColumn<QList<qint64>>("terms");
    QTest::addColumn<QList<int>>("signs");
    QTest::addColumn<bool>("outOfRange");
    QTest::addColumn<qint64>("fen");

    const qint64 limit = Money::LimitFen;
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("exactly the limit") << QList<qint64> { limit - 1, 1 } << QList<int> { 1, 1 } << false << limit;
    QTest::newRow("one fen beyond the limit") << QList<qint64> { limit, 1 } << QList<int> { 1, 1 } << true << qint64(0);
    QTest::newRow("one fen below minus the limit") << QList<qint64> { -limit, 1 } << QList<int> { 1, -1 } << true << qint64(0);
    QTest::newRow("partial sum beyond, total back inside") << QList<qint64> { limit, limit, limit }
                                                         << QList<int> { 1, 1, -1 } << false << limit;
    QTest::newRow("qint64 overflow") << QList<qint64> { max, 1, -2 } << QList<int> { 1, 1, 1 } << true << qint64(0);
    QTest::newRow("negating the most negative") << QList<qint64> { min } << QList<int> { -1 } << true << qint64(0);
    QTest::newRow("difference that overflows") << QList<qint64> { max, min } << QList<int> { 1, -1 } << true << qint64(0);
    QTest::newRow("no terms") << QList<qint64> {} << QList<int> {} << false << qint64(0);
}

void TestMoney::fenSumStaysInRange()
{
    QFETCH(QList<qint64>, terms);
    QFETCH(QList<int>, signs);
    QFETCH(bool, outOfRange);
    QFETCH(qint64, fen);
    FenSum sum;
    for (qsizetype i = 0; i < terms.size(); ++i)
        sum.add(terms.at(i), signs.at(i));
    QCOMPARE(sum.isOutOfRange(), outOfRange);
    QCOMPARE(sum.fen(), fen);
    if (terms.size() == 2 && signs == QList<int> { 1, -1 })
        QCOMPARE(FenSum::difference(terms.at(0), terms.at(1)).isOutOfRange(), outOfRange);
}

#include "tst_money.moc"
