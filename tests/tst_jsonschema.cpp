#include "testsupport.h"

#include "profile/jsonschema.h"
#include "profile/profileschemas.h"
#include "profile/templatelibrary.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The JSON Schema validator: each keyword against a small hand-written schema, every fault
// with its path; schemas it cannot honour are refused; the built-in packages validate clean.
class TestJsonSchema : public QObject
{
    Q_OBJECT

private slots:
    void keywords_data();
    void keywords();
    void unsupportedSchemaIsRefused_data();
    void unsupportedSchemaIsRefused();
    void pathsQuoteKeysThatAreNotNames();
    void builtInPackagesValidateClean();
    void validateBuiltInPackages();

private:
    static QJsonValue json(const QByteArray &text);
};

QJsonValue TestJsonSchema::json(const QByteArray &text)
{
    // Wrapped, so that a bare value ("x", 3) parses too.
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

void TestJsonSchema::keywords_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QStringList>("faults");
    QTest::newRow("type") << R"({"type": "string"})"_ba << "3"_ba << QStringList { u"$: must be a text, not a number"_s };
    QTest::newRow("type holds") << R"({"type": "string"})"_ba << R"("x")"_ba << QStringList();
    QTest::newRow("integer is a whole number") << R"({"type": "integer"})"_ba << "2.5"_ba
                                               << QStringList { u"$: must be a whole number, not a number"_s };
    QTest::newRow("integer holds") << R"({"type": "integer"})"_ba << "2"_ba << QStringList();
    QTest::newRow("one of several types") << R"({"type": ["string", "null"]})"_ba << "true"_ba
                                          << QStringList { u"$: must be a text or null, not true or false"_s };
    QTest::newRow("required and properties, every fault")
            << R"({"type": "object", "required": ["a", "b"], "properties": {"a": {"type": "string"}}})"_ba
            << R"({"a": 1})"_ba
            << QStringList { u"$: the key \"b\" is missing"_s, u"$.a: must be a text, not a number"_s };
    QTest::newRow("misspelt key") << R"({"additionalProperties": false, "properties": {"key": {}, "title": {}}})"_ba
                                  << R"({"kye": "T1"})"_ba << QStringList { u"$.kye: unknown key \"kye\"; did you mean \"key\"?"_s };
    QTest::newRow("unknown key") << R"({"additionalProperties": false, "properties": {"key": {}, "title": {}}})"_ba
                                 << R"({"zzz": 1})"_ba << QStringList { u"$.zzz: unknown key \"zzz\" (known keys: key, title)"_s };
    QTest::newRow("additionalProperties as a schema") << R"({"additionalProperties": {"type": "integer"}})"_ba
                                                      << R"({"a": 1, "b": "x"})"_ba
                                                      << QStringList { u"$.b: must be a whole number, not a text"_s };
    QTest::newRow("items, deep path")
            << R"({"properties": {"l": {"items": {"properties": {"v": {"type": "integer"}}}}}})"_ba
            << R"({"l": [{"v": 1}, {"v": "x"}]})"_ba << QStringList { u"$.l[1].v: must be a whole number, not a text"_s };
    QTest::newRow("enum") << R"({"enum": ["=", "<="]})"_ba << R"("=>")"_ba
                          << QStringList { u"$: \"=>\" is not one of \"=\", \"<=\""_s };
    QTest::newRow("const") << R"({"const": "compare"})"_ba << R"("change")"_ba << QStringList { u"$: must be \"compare\""_s };
    QTest::newRow("pattern") << R"({"pattern": "^[0-9]{3}$"})"_ba << R"("20a")"_ba
                             << QStringList { u"$: \"20a\" does not have the expected form ^[0-9]{3}$"_s };
    QTest::newRow("pattern is searched, not anchored") << R"({"pattern": "[0-9]"})"_ba << R"("T5")"_ba << QStringList();
    QTest::newRow("minimum") << R"({"minimum": 1, "maximum": 3})"_ba << "0"_ba
                             << QStringList { u"$: 0 is less than the minimum 1"_s };
    QTest::newRow("maximum") << R"({"minimum": 1, "maximum": 3})"_ba << "3.5"_ba
                             << QStringList { u"$: 3.5 is more than the maximum 3"_s };
    QTest::newRow("bounds are inclusive") << R"({"minimum": 1, "maximum": 3})"_ba << "3"_ba << QStringList();
    QTest::newRow("minLength 1") << R"({"minLength": 1})"_ba << R"("")"_ba << QStringList { u"$: must not be empty"_s };
    QTest::newRow("minLength counts characters") << R"({"minLength": 3})"_ba << R"("预算")"_ba
                                                 << QStringList { u"$: must have at least 3 character(s)"_s };
    QTest::newRow("minItems") << R"({"minItems": 1})"_ba << "[]"_ba << QStringList { u"$: needs at least 1 item(s)"_s };
    QTest::newRow("uniqueItems") << R"({"uniqueItems": true})"_ba << R"(["gpb", "fund", "gpb"])"_ba
                                 << QStringList { u"$[2]: \"gpb\" repeats item 0"_s };
    QTest::newRow("$ref") << R"({"$defs": {"n": {"type": "integer"}}, "properties": {"x": {"$ref": "#/$defs/n"}}})"_ba
                          << R"({"x": "1"})"_ba << QStringList { u"$.x: must be a whole number, not a text"_s };
    QTest::newRow("recursive $ref")
            << R"({"$defs": {"s": {"properties": {"sections": {"items": {"$ref": "#/$defs/s"}}, "t": {"type": "string"}}}},
                  "$ref": "#/$defs/s"})"_ba
            << R"({"sections": [{"sections": [{"t": 1}]}]})"_ba
            << QStringList { u"$.sections[0].sections[0].t: must be a text, not a number"_s };
    const QByteArray textOrObject
            = R"({"anyOf": [{"type": "string"}, {"type": "object", "additionalProperties": false, "properties": {"text": {}}}]})"_ba;
    QTest::newRow("anyOf holds") << textOrObject << R"("a")"_ba << QStringList();
    QTest::newRow("anyOf reports the alternative of the value's type")
            << textOrObject << R"({"txt": "a"})"_ba << QStringList { u"$.txt: unknown key \"txt\"; did you mean \"text\"?"_s };
    QTest::newRow("anyOf of no alternative's type") << textOrObject << "3"_ba
                                                    << QStringList { u"$: must be a text or an object, not a number"_s };
    QTest::newRow("oneOf holding twice") << R"({"oneOf": [{"type": "number"}, {"type": "integer"}]})"_ba << "2"_ba
                                         << QStringList { u"$: fits more than one of the forms it may take"_s };
    QTest::newRow("oneOf holding once") << R"({"oneOf": [{"type": "number"}, {"type": "integer"}]})"_ba << "2.5"_ba
                                        << QStringList();
    QTest::newRow("allOf") << R"({"allOf": [{"minimum": 1}, {"maximum": 0}]})"_ba << "0.5"_ba
                           << QStringList { u"$: 0.5 is less than the minimum 1"_s, u"$: 0.5 is more than the maximum 0"_s };
}

void TestJsonSchema::keywords()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QStringList, faults);
    QString error;
    const std::optional<JsonSchema> parsed = JsonSchema::fromJson(QJsonDocument::fromJson(schema).object(), &error);
    QVERIFY2(parsed, qPrintable(error));
    QStringList found;
    for (const JsonSchema::Fault &fault : parsed->validate(json(value)))
        found.append(fault.path.toString() + u": "_s + fault.message);
    QCOMPARE(found, faults);
}

void TestJsonSchema::unsupportedSchemaIsRefused_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown keyword") << R"({"properties": {"a": {"format": "date"}}})"_ba << u"\"format\""_s;
    QTest::newRow("$ref to a missing definition") << R"({"$ref": "#/$defs/nope"})"_ba << u"#/$defs/NAME"_s;
    QTest::newRow("$ref to another file") << R"({"$ref": "rules.json#/$defs/rule"})"_ba << u"#/$defs/NAME"_s;
    QTest::newRow("invalid pattern") << R"({"pattern": "(["})"_ba << u"pattern"_s;
    QTest::newRow("unknown type") << R"({"items": {"type": "text"}})"_ba << u"\"text\""_s;
    QTest::newRow("schema of the wrong kind") << R"({"anyOf": [3]})"_ba << u"3"_s;
}

void TestJsonSchema::unsupportedSchemaIsRefused()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!JsonSchema::fromJson(QJsonDocument::fromJson(schema).object(), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestJsonSchema::pathsQuoteKeysThatAreNotNames()
{
    const JsonPath path = JsonPath().key(u"prior"_s).key(u"PRIOR.total.amount"_s).key(u"个"_s).index(2);
    QCOMPARE(path.toString(), u"$.prior[\"PRIOR.total.amount\"].个[2]"_s);
    QCOMPARE(JsonPath().toString(), u"$"_s);
}

void TestJsonSchema::builtInPackagesValidateClean()
{
    const TemplateLibrary &library = TestSupport::library();
    QVERIFY(library.issues().isEmpty());
    QCOMPARE(library.packages().size(), 3);
    for (const ProfilePackage &package : library.packages()) {
        QStringList faults;
        // From the source tree too: what the program was built from is what it validates at start.
        const QString folder = TestSupport::sourcePath(u"resources/profiles/"_s + package.id);
        for (const ProfileIssue &issue : library.check(folder))
            faults.append(issue.text());
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }
    // The same schemas from the source tree, as an editor such as VS Code would read them.
    QString error;
    QVERIFY2(ProfileSchemas::load(TestSupport::sourcePath(u"resources/schema"_s), &error), qPrintable(error));
}

void TestJsonSchema::validateBuiltInPackages()
{
    // What the schemas cost at start-up: every built-in package's files merged with its bases
    // and validated, the reading of the files and the typed readers left out.
    const TemplateLibrary &library = TestSupport::library();
    QString error;
    const std::optional<ProfileSchemas> schemas = ProfileSchemas::load(u":/schema"_s, &error);
    QVERIFY2(schemas, qPrintable(error));
    QList<ProfileChain> chains;
    for (const ProfilePackage &package : library.packages()) {
        QList<const ProfilePackage *> chain { &package };
        for (const ProfilePackage &base : library.packages()) {
            if (base.id == chain.constLast()->extends)
                chain.append(&base);
        }
        chains.append(ProfileChain(chain));
    }
    QBENCHMARK {
        for (const ProfileChain &chain : std::as_const(chains)) {
            QVERIFY(schemas->checkProfileFile(chain.profile().filePath(u"profile"_s), {
                { u"id"_s, chain.profile().id }, { u"title"_s, chain.profile().title }, { u"year"_s, chain.profile().year } }).isEmpty());
            QVERIFY(schemas->check(chain).isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
