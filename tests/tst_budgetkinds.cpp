#include "testsupport.h"

#include "audit/auditengine.h"
#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "profile/budgetkinds.h"
#include "profile/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Budget kinds (budgets.json): the profile says which budget each sentence and rule compares
// against; a package that switches a kind changes the sentence and the rule without a rebuild,
// a fallback reads the next kind only where the profile states one, and a kind the profile
// does not have is refused with its place.
class TestBudgetKinds : public QObject
{
    Q_OBJECT

private slots:
    void placeholderColumns_data();
    void placeholderColumns();
    void shippedProfilesCompareAsBefore();
    void packageSwitchesTheSentencesKind();
    void packageSwitchesTheRulesKind();
    void fallbackOnlyWhereTheProfileSaysSo();
    void unknownKindIsRefusedWithItsPlace();
    void kindWithoutTheColumnIsRefused();

private:
    // shanghai-2024 copied as `id` into `folder`, `edit` applied to its parts.
    static std::unique_ptr<TemplateLibrary> libraryWith(const QTemporaryDir &folder, const QString &from, const QString &id,
                                                        const std::function<void(const QString &, QJsonObject *)> &edit);
    static QString narrativeOf(const Document &document);
    static const Rule &rule(const ReportTemplate &profile, const QString &id);
};

namespace {

const CellRef fullBudget2010301 { u"T5"_s, u"2010301"_s, u"budgetFull"_s };

// The Shanghai sample's 项 2010301 行政运行: 年初预算 1480.00, 全年预算 1535.00, 决算 1520.36.
RuleExpression::Scope item2010301()
{
    return { u"2010301"_s, -1 };
}

} // namespace

std::unique_ptr<TemplateLibrary> TestBudgetKinds::libraryWith(const QTemporaryDir &folder, const QString &from,
                                                              const QString &id,
                                                              const std::function<void(const QString &, QJsonObject *)> &edit)
{
    TestSupport::copyProfile(from, folder.path(), id, edit);
    QString error;
    auto library = TemplateLibrary::load({ { u":/profiles"_s, u"built-in"_s }, { folder.path(), u"test"_s } }, &error);
    if (!library)
        qFatal("%s", qPrintable(error));
    return library;
}

QString TestBudgetKinds::narrativeOf(const Document &document)
{
    QString error;
    const auto wording = NarrativeTemplate::forTemplate(document.reportTemplate(), &error);
    if (!wording)
        qFatal("%s", qPrintable(error));
    return NarrativeGenerator::generate(*wording, document).toPlainText();
}

const Rule &TestBudgetKinds::rule(const ReportTemplate &profile, const QString &id)
{
    const QList<Rule> &rules = profile.rules();
    const auto found = std::find_if(rules.cbegin(), rules.cend(), [&](const Rule &r) { return r.id == id; });
    if (found == rules.cend())
        qFatal("no rule %s", qPrintable(id));
    return *found;
}

void TestBudgetKinds::placeholderColumns_data()
{
    QTest::addColumn<QString>("placeholder");
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("error");

    QTest::newRow("item budget, initial") << u"{budget}"_s << QStringList { u"initial"_s } << QStringList { u"budget"_s } << QString();
    QTest::newRow("item budget, full") << u"{budget}"_s << QStringList { u"full"_s } << QStringList { u"budgetFull"_s } << QString();
    QTest::newRow("full, else initial") << u"{budget}"_s << QStringList { u"full"_s, u"initial"_s }
                                        << QStringList { u"budgetFull"_s, u"budget"_s } << QString();
    QTest::newRow("named slot") << u"{budget:abroad}"_s << QStringList { u"full"_s } << QStringList { u"b_abroad"_s } << QString();
    QTest::newRow("no kind chosen") << u"{budget}"_s << QStringList() << QStringList() << u"needs a budget kind"_s;
    QTest::newRow("unknown kind") << u"{budget}"_s << QStringList { u"adjusted"_s } << QStringList()
                                  << u"there is no budget kind \"adjusted\""_s;
    QTest::newRow("slot the kind lacks") << u"{budget:abroad}"_s << QStringList { u"initial"_s } << QStringList()
                                         << u"has no column \"abroad\""_s;
    QTest::newRow("not a placeholder") << u"{budgets}"_s << QStringList { u"initial"_s } << QStringList()
                                       << u"no budget placeholder"_s;
}

void TestBudgetKinds::placeholderColumns()
{
    QFETCH(QString, placeholder);
    QFETCH(QStringList, chosen);
    QFETCH(QStringList, columns);
    QFETCH(QString, error);
    // The national base's kinds.
    const BudgetKinds &kinds = *TestSupport::library().find(u"hubei-2024"_s)->budgetChoice(u"rules"_s).kinds;
    QString why;
    QCOMPARE(kinds.columns(placeholder, chosen, &why), columns);
    QVERIFY2(error.isEmpty() ? why.isEmpty() : why.contains(error), qPrintable(why));
}

void TestBudgetKinds::shippedProfilesCompareAsBefore()
{
    // Hubei: 五(三) against 年初预算, 三公 against its one 预算数 column, which is the 全年预算.
    const auto hubei = TestSupport::library().find(u"hubei-2024"_s);
    QCOMPARE(rule(*hubei, u"R-01"_s).rhs.cells(item2010301()), QList<CellRef>({ { u"T5"_s, u"2010301"_s, u"budget"_s } }));
    QCOMPARE(rule(*hubei, u"R-03"_s).rhs.cells({}), QList<CellRef>({ { u"T9"_s, u"main"_s, u"b_total"_s } }));
    // Shanghai's 样张 states both against 年初预算; its 全年预算 has columns of its own.
    const auto shanghai = TestSupport::library().find(u"shanghai-2024"_s);
    QCOMPARE(rule(*shanghai, u"R-01"_s).rhs.cells(item2010301()), QList<CellRef>({ { u"T5"_s, u"2010301"_s, u"budget"_s } }));
    QCOMPARE(rule(*shanghai, u"R-03"_s).rhs.cells({}), QList<CellRef>({ { u"T9"_s, u"main"_s, u"b_total"_s } }));
    const QString text = narrativeOf(*TestSupport::sampleDocument(u"shanghai-2024"_s));
    QVERIFY(text.contains(u"年初预算为1480.00万元，支出决算为1520.36万元。"_s));
}

void TestBudgetKinds::packageSwitchesTheSentencesKind()
{
    // The copy's 五(三) per-项 figure reads the 全年预算: its sentence states 1535.00, not 1480.00,
    // and 2080506 (全年预算 105.20 = 决算) needs no reason any more.
    QTemporaryDir folder;
    const auto library = libraryWith(folder, u"shanghai-2024"_s, u"shanghai-full"_s, [](const QString &part, QJsonObject *json) {
        if (part != u"narrative")
            return;
        QByteArray text = QJsonDocument(*json).toJson(QJsonDocument::Compact);
        QVERIFY(text.count(R"("amount":"T5.{code}.{budget}")") == 1);
        text.replace(R"("amount":"T5.{code}.{budget}")", R"("amount":"T5.{code}.{budget}","budget":"full")");
        *json = QJsonDocument::fromJson(text).object();
    });
    QString error;
    const auto document = Document::create(library->find(u"shanghai-full"_s),
                                           TestSupport::sampleDocument(u"shanghai-2024"_s)->data(), &error);
    QVERIFY2(document, qPrintable(error));
    const QString text = narrativeOf(*document);
    QVERIFY(text.contains(u"年初预算为1535.00万元，支出决算为1520.36万元。"_s));
    QVERIFY(!text.contains(u"年初预算为1480.00万元"_s));
    QVERIFY(text.contains(u"年初预算为105.20万元，支出决算为105.20万元。"_s));
    // The total's sentence keeps its own kind: only the figure that was switched changed.
    const QString builtIn = narrativeOf(*TestSupport::sampleDocument(u"shanghai-2024"_s));
    const auto totalSentence = [](const QString &all) { return all.mid(all.indexOf(u"一般公共预算财政拨款支出年初预算为"_s), 60); };
    QCOMPARE(totalSentence(text), totalSentence(builtIn));
}

void TestBudgetKinds::packageSwitchesTheRulesKind()
{
    QTemporaryDir folder;
    const auto library = libraryWith(folder, u"shanghai-2024"_s, u"shanghai-full"_s, [](const QString &part, QJsonObject *json) {
        if (part == u"rules")
            json->insert(u"rules"_s, QJsonArray { QJsonObject { { u"id"_s, u"R-01"_s }, { u"budget"_s, u"full"_s } } });
    });
    const auto sample = TestSupport::sampleDocument(u"shanghai-2024"_s);
    const Rule &full = rule(*library->find(u"shanghai-full"_s), u"R-01"_s);
    const Rule &initial = rule(*TestSupport::library().find(u"shanghai-2024"_s), u"R-01"_s);
    QCOMPARE(full.rhs.evaluate(*sample, item2010301()), 1535000000);
    QCOMPARE(initial.rhs.evaluate(*sample, item2010301()), 1480000000);
    // R-02 was not switched: the rules file's setting still applies to it.
    QCOMPARE(rule(*library->find(u"shanghai-full"_s), u"R-02"_s).rhs.cells({}),
             QList<CellRef>({ { u"T5"_s, u"total"_s, u"budget"_s } }));
}

void TestBudgetKinds::fallbackOnlyWhereTheProfileSaysSo()
{
    QTemporaryDir folder;
    const auto library = libraryWith(folder, u"shanghai-2024"_s, u"shanghai-fallback"_s, [](const QString &part, QJsonObject *json) {
        if (part == u"rules")
            json->insert(u"rules"_s, QJsonArray { QJsonObject { { u"id"_s, u"R-01"_s }, { u"budget"_s, QJsonArray { u"full"_s, u"initial"_s } } },
                                                 QJsonObject { { u"id"_s, u"E-07"_s }, { u"budget"_s, u"full"_s } } });
    });
    QString error;
    const auto profile = library->find(u"shanghai-fallback"_s);
    auto document = Document::create(profile, TestSupport::sampleDocument(u"shanghai-2024"_s)->data(), &error);
    QVERIFY2(document, qPrintable(error));
    const Rule &fallsBack = rule(*profile, u"R-01"_s);
    const Rule &fullOnly = rule(*profile, u"E-07"_s);
    QCOMPARE(fallsBack.rhs.evaluate(*document, item2010301()), 1535000000);

    document->setCellInputs({ { fullBudget2010301, std::nullopt } });
    QVERIFY(!document->isKnown(fullBudget2010301));
    // R-01 says "全年预算, else 年初预算": it reads 1480.00 and asks for nothing.
    QCOMPARE(fallsBack.rhs.evaluate(*document, item2010301()), 1480000000);
    QCOMPARE(fallsBack.rhs.cells(item2010301(), document.get()), QList<CellRef>({ { u"T5"_s, u"2010301"_s, u"budget"_s } }));
    // E-07 says only 全年预算: the audit asks for it instead of comparing with 0.
    QCOMPARE(fullOnly.rhs.cells(item2010301(), document.get()), QList<CellRef>({ fullBudget2010301 }));
    const auto engine = AuditEngine::forTemplate(*profile, &error);
    QVERIFY2(engine, qPrintable(error));
    const auto asksFor = [&](const QString &ruleId) {
        for (const Finding &finding : engine->auditTables(*document)) {
            if (finding.ruleId == ruleId && finding.kind == u"missingFigure"
                && finding.locations.constFirst().cell == fullBudget2010301)
                return true;
        }
        return false;
    };
    QVERIFY(asksFor(u"E-07"_s));
    QVERIFY(!asksFor(u"R-01"_s));
}

void TestBudgetKinds::unknownKindIsRefusedWithItsPlace()
{
    QTemporaryDir folder;
    const auto library = libraryWith(folder, u"shanghai-2024"_s, u"shanghai-bad"_s, [](const QString &part, QJsonObject *json) {
        if (part == u"rules")
            json->insert(u"rules"_s, QJsonArray { QJsonObject { { u"id"_s, u"R-01"_s }, { u"budget"_s, u"adjusted"_s } } });
    });
    QVERIFY(!library->find(u"shanghai-bad"_s));
    const auto issue = std::find_if(library->issues().cbegin(), library->issues().cend(),
                                    [](const ProfileIssue &i) { return i.file.endsWith(u"shanghai-bad/rules.json"_s); });
    QVERIFY(issue != library->issues().cend());
    QCOMPARE(issue->path, u"$.rules[0].budget"_s);
    QVERIFY2(issue->message.contains(u"there is no budget kind \"adjusted\""_s), qPrintable(issue->message));
}

void TestBudgetKinds::kindWithoutTheColumnIsRefused()
{
    // Hubei's T5 has no 全年预算 column: rules switched to it cannot be read.
    QTemporaryDir folder;
    const QString package = TestSupport::copyProfile(u"hubei-2024"_s, folder.path(), u"hubei-full"_s);
    QFile rules(QDir(package).filePath(u"rules.json"_s));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"({ "settings": { "budget": "full" } })");
    rules.close();
    QString error;
    const auto library = TemplateLibrary::load({ { u":/profiles"_s, u"built-in"_s }, { folder.path(), u"test"_s } }, &error);
    QVERIFY2(library, qPrintable(error));
    QVERIFY(!library->find(u"hubei-full"_s));
    const auto issue = std::find_if(library->issues().cbegin(), library->issues().cend(), [](const ProfileIssue &i) {
        return i.message.contains(u"T5 has no column \"budgetFull\""_s);
    });
    QVERIFY(issue != library->issues().cend());
    // R-01 is the national base's rule: the fault is reported where it is written.
    QVERIFY2(issue->file.endsWith(u"national/rules.json"_s) && issue->path.startsWith(u"$.rules["_s), qPrintable(issue->text()));
}

QTEST_GUILESS_MAIN(TestBudgetKinds)
#include "tst_budgetkinds.moc"
