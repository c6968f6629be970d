#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `profile check` on the parts the roll-forward and the PDF import read (rollforward.json,
// codemap.json, pdf.json): a package whose part has the right shape but cannot be used is
// refused, each fault with its file and JSON path; the shipped packages pass.
class TestProfileCheck : public QObject
{
    Q_OBJECT

private slots:
    void shippedPackagesAreSound_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("hubei-2024") << u"resources/profiles/hubei-2024"_s;
        QTest::newRow("shanghai-2024") << u"resources/profiles/shanghai-2024"_s;
    }

    void shippedPackagesAreSound()
    {
        QFETCH(QString, folder);
        QTemporaryDir home;
        const auto result = run({ u"profile"_s, u"check"_s, TestSupport::sourcePath(folder) }, home.path());
        QVERIFY2(result.exitCode == 0, result.out.constData());
    }

    void brokenPartIsRefused_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("value"); // JSON; for codemap the whole file
        QTest::addColumn<QString>("line");     // expected after "FOLDER/": "FILE: PATH: MESSAGE"

        QTest::newRow("rollforward: unknown prior-year row")
                << u"rollforward"_s << u"prior"_s << QByteArray("{\"PRIOR.totl.amount\": \"T1.I_TOT.amount\"}")
                << u"rollforward.json: $.prior[\"PRIOR.totl.amount\"]: the prior-year cell: \"PRIOR.totl.amount\": PRIOR has no row \"totl\""_s;
        QTest::newRow("rollforward: unknown source column")
                << u"rollforward"_s << u"prior"_s << QByteArray("{\"PRIOR.total.amount\": \"T1.I_TOT.amout\"}")
                << u"rollforward.json: $.prior[\"PRIOR.total.amount\"]: the cell it comes from: \"T1.I_TOT.amout\": T1 has no column \"amout\""_s;
        QTest::newRow("rollforward: unknown table")
                << u"rollforward"_s << u"prior"_s << QByteArray("{\"PRIOR.total.amount\": \"T10.I_TOT.amount\"}")
                << u"rollforward.json: $.prior[\"PRIOR.total.amount\"]: the cell it comes from: \"T10.I_TOT.amount\": there is no table or sheet \"T10\""_s;
        QTest::newRow("rollforward: unknown text")
                << u"rollforward"_s << u"keepTexts"_s << QByteArray("[\"duties\", \"organisaton\"]")
                << u"rollforward.json: $.keepTexts[1]: the profile has no text \"organisaton\""_s;
        QTest::newRow("rollforward: not JSON")
                << u"rollforward"_s << QString() << QByteArray("{\"prior\": {\"PRIOR.total.amount\": }")
                << u"rollforward.json: is not valid JSON at character 34"_s;
        QTest::newRow("codemap: code not in the code book")
                << u"codemap"_s << QString() << QByteArray("{\"codes\": {\"2010602\": \"2019998\"}}")
                << u"codemap.json: $.codes[\"2010602\"]: 2019998 is not an item (项) of the profile's code book"_s;
        QTest::newRow("codemap: split into a 款")
                << u"codemap"_s << QString() << QByteArray("{\"codes\": {\"2010602\": [\"2010601\", \"20106\"]}}")
                << u"codemap.json: $.codes[\"2010602\"][1]: 20106 is not an item (项) of the profile's code book"_s;
        QTest::newRow("codemap: wrong shape")
                << u"codemap"_s << QString() << QByteArray("{\"codes\": {\"2010602\": 2010650}}")
                << u"codemap.json: $.codes[\"2010602\"]: "_s;
        QTest::newRow("pdf: pattern that is no regular expression")
                << u"pdf"_s << u"tableEnd"_s << QByteArray("[\"^注[:：]\", \"^(备注\"]")
                << u"pdf.json: $.tableEnd[1]: \"^(备注\" is not a valid pattern: missing closing parenthesis"_s;
        QTest::newRow("pdf: narrative start")
                << u"pdf"_s << u"narrative"_s << QByteArray("{\"start\": \"^第三部分[\", \"end\": \"^第四部分\"}")
                << u"pdf.json: $.narrative.start: \"^第三部分[\" is not a valid pattern: missing terminating ] for character class"_s;
        QTest::newRow("pdf: unknown prior-year source")
                << u"pdf"_s << u"prior"_s << QByteArray("{\"PRIOR.sgTotal.amount\": \"T9.main.a_totl\"}")
                << u"pdf.json: $.prior[\"PRIOR.sgTotal.amount\"]: the cell it comes from: \"T9.main.a_totl\": T9 has no column \"a_totl\""_s;
        QTest::newRow("pdf: unknown rule")
                << u"pdf"_s << u"auditNeedsUnprinted"_s << QByteArray("{\"kinds\": [\"change\"], \"rules\": [\"P-01\", \"P-99\"]}")
                << u"pdf.json: $.auditNeedsUnprinted.rules[1]: the profile has no rule \"P-99\""_s;
        QTest::newRow("pdf: pattern left out")
                << u"pdf"_s << u"department"_s << QByteArray()
                << u"pdf.json: $.department: a pattern is required"_s;
    }

    void brokenPartIsRefused()
    {
        QFETCH(QString, part);
        QFETCH(QString, key);
        QFETCH(QByteArray, value);
        QFETCH(QString, line);
        QTemporaryDir folder;
        const QString package = TestSupport::copyProfile(u"hubei-2024"_s, folder.path(), u"broken-2024"_s,
                                                         [&](const QString &name, QJsonObject *json) {
                                                             if (name != part || key.isEmpty())
                                                                 return;
                                                             if (value.isEmpty())
                                                                 json->remove(key);
                                                             else
                                                                 json->insert(key, QJsonDocument::fromJson("[" + value + "]").array().at(0));
                                                         });
        if (key.isEmpty()) {
            QFile file(QDir(package).filePath(part + u".json"_s));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(value);
        }
        QTemporaryDir home;
        const auto result = run({ u"profile"_s, u"check"_s, package }, home.path());
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().startsWith(QDir(package).filePath(line)), qPrintable(lines.constFirst()));
        QVERIFY(QString::fromUtf8(result.err).contains(u"the package cannot be used"_s));
    }

private:
    static TestSupport::ProcessResult run(const QStringList &arguments, const QString &dataHome)
    {
        return TestSupport::runApp(arguments, { { u"XDG_DATA_HOME"_s, dataHome } });
    }
};

QTEST_GUILESS_MAIN(TestProfileCheck)
#include "tst_profilecheck.moc"
