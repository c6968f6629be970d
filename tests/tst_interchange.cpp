#include "document/document.h"
#include "interchange/interchange.h"
#include "profile/templatelibrary.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The interchange JSON: a faithful round trip, and every error reported with its JSON path.
class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void exportImportExportIsStable();
    void exportCarriesDerivedFigures();
    void errorsNameTheirPath_data();
    void errorsNameTheirPath();
    void notJson();
    void everyErrorIsReported();
    void textAtTheLimitIsAccepted();
};

namespace {

QJsonObject sampleJson()
{
    QFile file(u":/samples/xianning-2024.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no sample");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets `value` at a dotted path such as "cells.T5.2010601.basic" (creating objects on the way).
QJsonObject withValue(QJsonObject root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), value);
        return root;
    }
    root.insert(path.first(), withValue(root.value(path.first()).toObject(), path.mid(1), value));
    return root;
}

} // namespace

void TestInterchange::exportImportExportIsStable()
{
    const auto document = TestSupport::sampleDocument();
    const QByteArray first = Interchange::write(*document);
    const Interchange::ReadResult again = Interchange::read(first, TestSupport::library());
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QString error;
    const auto reread = Document::create(again.reportTemplate, again.data, &error);
    QVERIFY(reread);
    QCOMPARE(Interchange::write(*reread), first);
    // The 公开日期 is carried when known, and absent while unknown.
    QVERIFY(!first.contains("published"));
    const QJsonObject dated = withValue(QJsonDocument::fromJson(first).object(),
                                        { u"department"_s, u"published"_s }, u"2025-09-10"_s);
    const Interchange::ReadResult withDate = Interchange::read(QJsonDocument(dated).toJson(), TestSupport::library());
    QVERIFY2(withDate.ok(), qPrintable(withDate.errors.join(u'\n')));
    QCOMPARE(withDate.data.department.published, QDate(2025, 9, 10));
}

void TestInterchange::exportCarriesDerivedFigures()
{
    const auto document = TestSupport::sampleDocument();
    const QJsonObject root = QJsonDocument::fromJson(Interchange::write(*document)).object();
    const QJsonObject derived = root.value(u"derived"_s).toObject();
    QCOMPARE(derived[u"T1"_s][u"I_TOT"_s][u"amount"_s].toString(), u"4117.47"_s);
    QCOMPARE(derived[u"T5"_s][u"total"_s][u"basic"_s].toString(), u"702.92"_s);
    QCOMPARE(derived[u"T9"_s][u"main"_s][u"a_total"_s].toString(), u"2.33"_s);
    QCOMPARE(derived[u"ASSETS"_s][u"vehicles"_s][u"value"_s].toInt(), 1);
    QVERIFY(!root[u"cells"_s][u"T5"_s].toObject().contains(u"total"_s));
    QCOMPARE(root[u"cells"_s][u"T5"_s][u"2010601"_s][u"basic"_s].toString(), u"556.63"_s);
}

void TestInterchange::errorsNameTheirPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("amount with letters") << u"cells.T5.2010601.basic"_s << QJsonValue(u"55x"_s)
                                         << u"$.cells.T5[\"2010601\"].basic: \"55x\" is not a plain decimal"_s;
    QTest::newRow("amount as a number") << u"cells.T5.2010601.basic"_s << QJsonValue(556.63)
                                        << u"$.cells.T5[\"2010601\"].basic: an amount must be a decimal string"_s;
    QTest::newRow("seven decimals") << u"cells.T6.30201.amount"_s << QJsonValue(u"1.1234567"_s)
                                    << u"$.cells.T6[\"30201\"].amount: Too many decimal places"_s;
    QTest::newRow("negative") << u"cells.T6.30201.amount"_s << QJsonValue(u"-1"_s)
                              << u"$.cells.T6[\"30201\"].amount: A negative amount"_s;
    QTest::newRow("computed cell") << u"cells.T5.total.total"_s << QJsonValue(u"1"_s)
                                   << u"$.cells.T5.total.total: this cell is computed"_s;
    QTest::newRow("unknown table") << u"cells.T10.x.y"_s << QJsonValue(u"1"_s) << u"$.cells.T10: no such table"_s;
    QTest::newRow("code not in rows") << u"cells.T5.2010301.basic"_s << QJsonValue(u"1"_s)
                                      << u"$.cells.T5[\"2010301\"]: no such row"_s;
    QTest::newRow("count as text") << u"cells.ASSETS.v_other.value"_s << QJsonValue(u"1"_s)
                                   << u"$.cells.ASSETS.v_other.value: a count must be a whole number"_s;
    QTest::newRow("count of 1e300") << u"cells.ASSETS.v_other.value"_s << QJsonValue(1e300)
                                    << u"$.cells.ASSETS.v_other.value: a count must be a whole number"_s;
    QTest::newRow("count of -1e300") << u"cells.ASSETS.v_other.value"_s << QJsonValue(-1e300)
                                     << u"$.cells.ASSETS.v_other.value: a count must be a whole number"_s;
    QTest::newRow("fractional count") << u"cells.ASSETS.v_other.value"_s << QJsonValue(2.5)
                                      << u"$.cells.ASSETS.v_other.value: a count must be a whole number"_s;
    QTest::newRow("count beyond a billion") << u"cells.ASSETS.v_other.value"_s << QJsonValue(1e9 + 1)
                                            << u"$.cells.ASSETS.v_other.value: a count must be a whole number"_s;
    QTest::newRow("amount beyond 10^12 yuan") << u"cells.T6.30201.amount"_s << QJsonValue(u"100000001"_s)
                                             << u"$.cells.T6[\"30201\"].amount: "_s;
    QTest::newRow("amount of 400 digits") << u"cells.T6.30201.amount"_s << QJsonValue(QString(400, u'9'))
                                          << u"$.cells.T6[\"30201\"].amount: "_s;
    QTest::newRow("text beyond the limit") << u"texts.part4"_s << QJsonValue(QString(200'001, u'字'))
                                           << u"$.texts.part4: longer than 200000 characters"_s;
    QTest::newRow("name beyond the limit") << u"department.name"_s << QJsonValue(QString(200'001, u'局'))
                                           << u"$.department.name: longer than 200000 characters"_s;
    QTest::newRow("format version 1e300") << u"formatVersion"_s << QJsonValue(1e300) << u"$.formatVersion: "_s;
    QTest::newRow("year 1e300") << u"department.year"_s << QJsonValue(1e300) << u"$.department.year: must be a year"_s;
    QTest::newRow("missing department name") << u"department.name"_s << QJsonValue(QJsonValue::Undefined)
                                             << u"$.department.name: missing"_s;
    QTest::newRow("bad kind") << u"department.kind"_s << QJsonValue(u"企业"_s) << u"$.department.kind: must be"_s;
    QTest::newRow("publication date in Chinese") << u"department.published"_s << QJsonValue(u"2025年9月10日"_s)
                                                 << u"$.department.published: must be a date"_s;
    QTest::newRow("publication date that does not exist") << u"department.published"_s << QJsonValue(u"2025-02-30"_s)
                                                          << u"$.department.published: must be a date"_s;
    QTest::newRow("bad year") << u"department.year"_s << QJsonValue(u"2024"_s) << u"$.department.year: must be a year"_s;
    QTest::newRow("unknown template") << u"template"_s << QJsonValue(u"beijing-2024"_s)
                                      << u"$.template: unknown template \"beijing-2024\""_s;
    QTest::newRow("newer format") << u"formatVersion"_s << QJsonValue(2) << u"$.formatVersion: version 2"_s;
    QTest::newRow("unknown text") << u"texts.foo"_s << QJsonValue(u"x"_s) << u"$.texts.foo: template hubei-2024 has no text"_s;
    QTest::newRow("unknown key") << u"colour"_s << QJsonValue(u"red"_s) << u"$.colour: unknown key"_s;
    QTest::newRow("missing cells are fine but rows must be codes") << u"rows.T5"_s
                                                                  << QJsonValue(QJsonArray { u"20106"_s })
                                                                  << u"$.rows.T5[0]: \"20106\" is not a 项 code"_s;
}

void TestInterchange::errorsNameTheirPath()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    const QJsonObject json = withValue(sampleJson(), path.split(u'.'), value);
    const Interchange::ReadResult result = Interchange::read(QJsonDocument(json).toJson(), TestSupport::library());
    QVERIFY(!result.ok());
    bool found = false;
    for (const QString &e : result.errors)
        found = found || e.startsWith(error);
    QVERIFY2(found, qPrintable(result.errors.join(u'\n')));
}

void TestInterchange::notJson()
{
    const Interchange::ReadResult result = Interchange::read("{\"format\": ", TestSupport::library());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().startsWith(u"$: not valid JSON"_s));
}

void TestInterchange::everyErrorIsReported()
{
    QJsonObject json = withValue(sampleJson(), { u"cells"_s, u"T6"_s, u"30201"_s, u"amount"_s }, u"x"_s);
    json = withValue(json, { u"cells"_s, u"T6"_s, u"30202"_s, u"amount"_s }, u"y"_s);
    json = withValue(json, { u"department"_s, u"year"_s }, 1800);
    const Interchange::ReadResult result = Interchange::read(QJsonDocument(json).toJson(), TestSupport::library());
    QCOMPARE(result.errors.size(), 3);
}

void TestInterchange::textAtTheLimitIsAccepted()
{
    const QString text(200'000, u'字');
    const QJsonObject json = withValue(sampleJson(), { u"texts"_s, u"part4"_s }, text);
    const Interchange::ReadResult result = Interchange::read(QJsonDocument(json).toJson(), TestSupport::library());
    QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
    QCOMPARE(result.data.texts.value(u"part4"_s), text);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
