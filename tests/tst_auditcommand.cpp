#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `final-accounts audit FILE.fadb` when it cannot run: a damaged file, another application's
// database, a text that cannot be read, a profile without rules. Each exits 3 with its reason on
// stderr and prints nothing a script could take for findings; a document it can audit exits with
// what the audit found.
class TestAuditCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(TestSupport::writeSampleFile(path(u"sample.fadb"_s)), QString());
        QFile text(path(u"text.fadb"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a document");
        text.close();
        QCOMPARE(TestSupport::runSql(path(u"foreign.fadb"_s), { u"CREATE TABLE meeting (id INTEGER PRIMARY KEY, topic TEXT)"_s }),
                 QString());
        // The sample's profile with every rule removed (the base's checks and rules too), in a
        // user folder of the test's own, and an empty document of it.
        const QString norules = TestSupport::copyProfile(u"hubei-2024"_s, profiles(), u"norules-2024"_s,
                                                         [](const QString &part, QJsonObject *json) {
                                                             if (part == u"tables"_s)
                                                                 json->insert(u"checks"_s, QJsonValue::Null);
                                                         });
        QFile rules(QDir(norules).filePath(u"rules.json"_s));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(QJsonDocument(QJsonObject { { u"rules"_s, QJsonValue::Null } }).toJson());
        rules.close();
        const auto created = run({ u"new"_s, u"--template"_s, u"norules-2024"_s, u"--department"_s, u"测试局"_s, u"--year"_s,
                                   u"2024"_s, u"-o"_s, path(u"norules.fadb"_s) });
        QVERIFY2(created.exitCode == 0, created.err.constData());
    }

    void cannotRun_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a document") << QStringList { u"@text.fadb"_s } << u"text.fadb"_s;
        QTest::newRow("another application's database") << QStringList { u"@foreign.fadb"_s } << u"foreign.fadb"_s;
        QTest::newRow("a text that cannot be read")
                << QStringList { u"@sample.fadb"_s, u"--text"_s, u"@missing.txt"_s } << u"missing.txt"_s;
        QTest::newRow("a profile without rules")
                << QStringList { u"@norules.fadb"_s } << u"The template \"norules-2024\" has no audit rules: there is nothing to check."_s;
        QTest::newRow("a profile without rules, as JSON")
                << QStringList { u"@norules.fadb"_s, u"--json"_s } << u"has no audit rules"_s;
    }

    void cannotRun()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QStringList command { u"audit"_s };
        for (const QString &argument : std::as_const(arguments))
            command.append(argument.startsWith(u'@') ? path(argument.mid(1)) : argument);
        const auto result = run(command);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void auditThatRunsSaysWhatItFound()
    {
        // The sample states the seed's own contradictions (README, Known limits): errors, exit 2.
        const auto result = run({ u"audit"_s, path(u"sample.fadb"_s) });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.out.isEmpty());
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString profiles() const { return m_dir.filePath(u"home/FinalAccounts/final-accounts/profiles"_s); }
    TestSupport::ProcessResult run(const QStringList &arguments) const
    {
        return TestSupport::runApp(arguments, { { u"XDG_DATA_HOME"_s, m_dir.filePath(u"home"_s) } });
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"
