#include "testsupport.h"

#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "profile/profilelists.h"
#include "profile/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The profile's list parts (vehicles, procurement, glossary, grades): rows taken from them,
// each province's own items, and one item changed by a package without a rebuild.
class TestProfileLists : public QObject
{
    Q_OBJECT

private slots:
    void rowsFromAList();
    void rowsFromAMissingList();
    void vehicleCategoriesOfEachProvince();
    void equipmentRowStatedOnce();
    void procurementFieldsOfEachProvince();
    void glossaryOfTheNationalBase();
    void packageChangesOneItem();
    void badGradeBandsAreRefusedWithTheirFile();

private:
    static QStringList rowLabels(const QString &profile, const QString &sheet);
    // Writes a package `id` extending hubei-2024 into `folder` with the given part files.
    static void writePackage(const QString &folder, const QString &id, const QHash<QString, QByteArray> &parts);
};

QStringList TestProfileLists::rowLabels(const QString &profile, const QString &sheet)
{
    QStringList labels;
    for (const RowDef &row : TestSupport::library().find(profile)->table(sheet)->blocks.constFirst().rows)
        labels.append(row.key + u' ' + row.label);
    return labels;
}

void TestProfileLists::writePackage(const QString &folder, const QString &id, const QHash<QString, QByteArray> &parts)
{
    const QDir dir(QDir(folder).filePath(id));
    QVERIFY(QDir().mkpath(dir.path()));
    QHash<QString, QByteArray> files = parts;
    files.insert(u"profile"_s, R"({"id": ")" + id.toUtf8() + R"(", "title": "测试", "year": 2024, "extends": "hubei-2024"})");
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QFile file(dir.filePath(it.key() + u".json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
}

void TestProfileLists::rowsFromAList()
{
    const QHash<QString, QJsonObject> parts = {
        { u"vehicles"_s, QJsonDocument::fromJson(R"({"categories": [{"id": "a", "label": "甲"}, {"id": "b", "label": "乙", "indent": 2}]})").object() },
    };
    const QJsonArray rows = QJsonDocument::fromJson(R"([
        {"key": "all", "label": "合计", "sumOf": "vehicles"},
        {"from": "vehicles", "type": "count", "indent": 1},
        {"key": "after", "label": "其后"}])").array();
    QString error;
    const std::optional<QJsonArray> expanded = ProfileLists::expandRows(rows, parts, &error);
    QVERIFY2(expanded, qPrintable(error));
    const QJsonArray expected = QJsonDocument::fromJson(R"([
        {"key": "all", "label": "合计", "formula": "a + b"},
        {"key": "a", "label": "甲", "type": "count", "indent": 1},
        {"key": "b", "label": "乙", "type": "count", "indent": 2},
        {"key": "after", "label": "其后"}])").array();
    QCOMPARE(*expanded, expected);
}

void TestProfileLists::rowsFromAMissingList()
{
    QString error;
    const QJsonArray rows = QJsonDocument::fromJson(R"([{"from": "procurement"}])").array();
    QVERIFY(!ProfileLists::expandRows(rows, {}, &error));
    QVERIFY2(error.contains(u"procurement.json"_s), qPrintable(error));
}

void TestProfileLists::vehicleCategoriesOfEachProvince()
{
    QCOMPARE(rowLabels(u"hubei-2024"_s, u"ASSETS"_s),
             QStringList({ u"vehicles 车辆总数"_s, u"v_ministerial 副省级及以上领导干部用车"_s, u"v_leader 主要领导干部用车"_s,
                           u"v_confidential 机要通信用车"_s, u"v_emergency 应急保障用车"_s, u"v_enforcement 执法执勤用车"_s,
                           u"v_special 特种专业技术用车"_s, u"v_other 其他用车"_s, u"equipment 单位价值 100 万元以上专用设备"_s }));
    // Shanghai's own: 部级, 离退休干部用车 before 其他用车, and its 单价 100 万元（含）以上设备.
    QCOMPARE(rowLabels(u"shanghai-2024"_s, u"ASSETS"_s),
             QStringList({ u"vehicles 车辆总数"_s, u"v_ministerial 部级领导干部用车"_s, u"v_leader 主要领导干部用车"_s,
                           u"v_confidential 机要通信用车"_s, u"v_emergency 应急保障用车"_s, u"v_enforcement 执法执勤用车"_s,
                           u"v_special 特种专业技术用车"_s, u"v_retired 离退休干部用车"_s, u"v_other 其他用车"_s,
                           u"equipment 单价 100 万元（含）以上设备（不含车辆）"_s }));
    const RowDef &total = TestSupport::library().find(u"shanghai-2024"_s)->table(u"ASSETS"_s)->blocks.constFirst().rows.constFirst();
    QCOMPARE(total.formula, u"v_ministerial + v_leader + v_confidential + v_emergency + v_enforcement + v_special + v_retired + v_other"_s);
    // 4 = 1 应急保障 + 2 执法执勤 + 1 其他 in the sample.
    const auto sample = TestSupport::sampleDocument(u"shanghai-2024"_s);
    QCOMPARE(sample->value({ u"ASSETS"_s, u"vehicles"_s, u"value"_s }), 4);
}

void TestProfileLists::equipmentRowStatedOnce()
{
    // The row is stated in the national base's assets.json, not in a profile's tables.json.
    for (const QString &profile : { u"hubei-2024"_s, u"shanghai-2024"_s }) {
        QFile tables(TestSupport::sourcePath(u"resources/profiles/"_s + profile + u"/tables.json"_s));
        QVERIFY(tables.open(QIODevice::ReadOnly));
        QVERIFY2(!tables.readAll().contains("100 万元"), qPrintable(profile));
        const RowDef &row = TestSupport::library().find(profile)->table(u"ASSETS"_s)->blocks.constFirst().rows.constLast();
        QCOMPARE(row.key, u"equipment"_s);
        QCOMPARE(row.type, ValueType::Count);
        QCOMPARE(row.countUnit, u"台（套）"_s);
    }
    // A package renames it in its own assets.json; the rest of the row comes from the base.
    QTemporaryDir folder;
    writePackage(folder.path(), u"hunan-2024"_s,
                 { { u"assets"_s, R"({"items": [{"id": "equipment", "label": "单价 50 万元以上设备"}]})" } });
    QString error;
    const auto library = TemplateLibrary::load(TemplateLibrary::standardSources({ folder.path() }), &error);
    QVERIFY2(library && library->issues().isEmpty(), qPrintable(error));
    const RowDef &renamed = library->find(u"hunan-2024"_s)->table(u"ASSETS"_s)->blocks.constFirst().rows.constLast();
    QCOMPARE(renamed.label, u"单价 50 万元以上设备"_s);
    QCOMPARE(renamed.countUnit, u"台（套）"_s);
}

void TestProfileLists::procurementFieldsOfEachProvince()
{
    QCOMPARE(rowLabels(u"hubei-2024"_s, u"PROCUREMENT"_s),
             QStringList({ u"total 政府采购支出总额"_s, u"goods 政府采购货物支出"_s, u"works 政府采购工程支出"_s,
                           u"services 政府采购服务支出"_s, u"sme 授予中小企业合同金额"_s,
                           u"smallMicro 其中：授予小微企业合同金额"_s }));
    QCOMPARE(rowLabels(u"shanghai-2024"_s, u"PROCUREMENT"_s),
             QStringList({ u"total 政府采购金额（以合同签订为准）"_s, u"goods 货物采购金额"_s, u"works 工程采购金额"_s,
                           u"services 服务采购金额"_s, u"reservedSme 面向中小企业预留政府采购项目预算金额"_s,
                           u"reservedSmall 面向小微企业预留政府采购项目预算金额"_s,
                           u"wonSmeReserved 面向中小企业预留项目中由中小企业供应商中标或成交的采购金额"_s,
                           u"wonSmallReserved 面向小微企业预留项目中由小微企业供应商中标或成交的采购金额"_s,
                           u"wonSmeOther 其他政府采购项目中由中小企业供应商中标或成交的采购金额"_s }));
}

void TestProfileLists::glossaryOfTheNationalBase()
{
    const QJsonArray entries = ProfileLists::items(
            TestSupport::library().find(u"shanghai-2024"_s)->part(u"glossary"_s), u"glossary"_s);
    QCOMPARE(entries.size(), 11);
    QCOMPARE(entries.at(6).toObject().value(u"label"_s).toString(), u"基本支出"_s);
    // Shanghai's 第四部分 numbers them in words, each with its definition.
    const auto sample = TestSupport::sampleDocument(u"shanghai-2024"_s);
    QString error;
    const auto wording = NarrativeTemplate::forTemplate(sample->reportTemplate(), &error);
    QVERIFY2(wording, qPrintable(error));
    const QString text = NarrativeGenerator::generate(*wording, *sample).toPlainText();
    QVERIFY(text.contains(u"\n第四部分 名词解释\n一、财政拨款收入：指单位本年度从本级财政部门取得的财政拨款，"_s));
    QVERIFY(text.contains(u"\n七、基本支出：指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。\n"_s));
}

void TestProfileLists::packageChangesOneItem()
{
    QTemporaryDir folder;
    // One category renamed, one removed, a procurement field added: nothing else restated.
    writePackage(folder.path(), u"hunan-2024"_s,
                 { { u"vehicles"_s, R"({"categories": [{"id": "v_ministerial", "label": "省级领导干部用车"},
                                                       {"id": "v_special", "delete": true}]})" },
                   { u"procurement"_s, R"({"fields": [{"id": "reservedSme", "label": "面向中小企业预留项目预算金额"}]})" } });
    QString error;
    const auto library = TemplateLibrary::load(TemplateLibrary::standardSources({ folder.path() }), &error);
    QVERIFY2(library && library->issues().isEmpty(), qPrintable(error));
    const auto hunan = library->find(u"hunan-2024"_s);
    QVERIFY(hunan);
    const QList<RowDef> &vehicles = hunan->table(u"ASSETS"_s)->blocks.constFirst().rows;
    QCOMPARE(vehicles.size(), 8);
    QCOMPARE(vehicles.at(1).label, u"省级领导干部用车"_s);
    QCOMPARE(vehicles.at(0).formula, u"v_ministerial + v_leader + v_confidential + v_emergency + v_enforcement + v_other"_s);
    QCOMPARE(hunan->table(u"PROCUREMENT"_s)->blocks.constFirst().rows.constLast().key, u"reservedSme"_s);

    // The narrative lists the package's six categories, each with its count.
    const auto sample = TestSupport::sampleDocument();
    DocumentData data = sample->data();
    data.templateId = u"hunan-2024"_s;
    const auto document = Document::create(hunan, data, &error);
    QVERIFY2(document, qPrintable(error));
    const auto wording = NarrativeTemplate::forTemplate(*hunan, &error);
    QVERIFY2(wording, qPrintable(error));
    const QString text = NarrativeGenerator::generate(*wording, *document).toPlainText();
    const qsizetype at = text.indexOf(u"其中，省级领导干部用车"_s);
    QVERIFY2(at >= 0, qPrintable(text.mid(text.indexOf(u"共有车辆"_s), 160)));
    const QString sentence = text.mid(at, text.indexOf(u'；', at) - at);
    QVERIFY(!sentence.contains(u"特种专业技术用车"_s));
    QCOMPARE(sentence.count(u"辆"_s), 6);
}

void TestProfileLists::badGradeBandsAreRefusedWithTheirFile()
{
    QTemporaryDir folder;
    writePackage(folder.path(), u"bad-2024"_s, { { u"grades"_s, R"({"bands": [{"id": "excellent", "from": 50}]})" } });
    QString error;
    const auto library = TemplateLibrary::load(TemplateLibrary::standardSources({ folder.path() }), &error);
    QVERIFY2(library, qPrintable(error));
    QVERIFY(!library->find(u"bad-2024"_s));
    QCOMPARE(library->issues().size(), 1);
    const ProfileIssue issue = library->issues().constFirst();
    QCOMPARE(issue.file, QDir(folder.path()).filePath(u"bad-2024/grades.json"_s));
    QCOMPARE(issue.path, u"$.bands"_s);
    QVERIFY2(issue.message.contains(u"bands[1]"_s), qPrintable(issue.message)); // 良 now starts above 优
}

QTEST_MAIN(TestProfileLists)
#include "tst_profilelists.moc"
