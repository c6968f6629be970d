#include "profile/jsonschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The context lupdate sees for this file's messages.
struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchema)
};

const QStringList &keywords()
{
    static const QStringList names = { u"type"_s,    u"properties"_s, u"required"_s,    u"additionalProperties"_s,
                                       u"items"_s,   u"enum"_s,       u"const"_s,       u"pattern"_s,
                                       u"minimum"_s, u"maximum"_s,    u"minLength"_s,   u"minItems"_s,
                                       u"uniqueItems"_s, u"$ref"_s,   u"oneOf"_s,       u"anyOf"_s,
                                       u"allOf"_s };
    return names;
}

// Keywords that say something to a reader or an editor (VS Code shows them) and check nothing.
const QStringList &annotations()
{
    static const QStringList names = { u"$schema"_s, u"$id"_s,          u"$defs"_s,   u"$comment"_s, u"title"_s,
                                       u"description"_s, u"markdownDescription"_s, u"default"_s, u"examples"_s };
    return names;
}

const QStringList &typeNames()
{
    static const QStringList names = { u"object"_s, u"array"_s,   u"string"_s, u"number"_s,
                                       u"integer"_s, u"boolean"_s, u"null"_s };
    return names;
}

QString typeInWords(const QString &type)
{
    if (type == u"object")
        return SchemaText::tr("an object");
    if (type == u"array")
        return SchemaText::tr("a list");
    if (type == u"string")
        return SchemaText::tr("a text");
    if (type == u"integer")
        return SchemaText::tr("a whole number");
    if (type == u"boolean")
        return SchemaText::tr("true or false");
    if (type == u"null")
        return SchemaText::tr("null");
    return SchemaText::tr("a number");
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    default:
        return u"null"_s;
    }
}

bool isInteger(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::isfinite(number) && std::floor(number) == number;
}

QStringList typesOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(u"type");
    if (type.isString())
        return { type.toString() };
    QStringList types;
    for (const QJsonValue &name : type.toArray())
        types.append(name.toString());
    return types;
}

bool hasType(const QJsonValue &value, const QStringList &types)
{
    const QString actual = typeOf(value);
    return types.isEmpty() || types.contains(actual) || (actual == u"number" && types.contains(u"integer"_s) && isInteger(value));
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s) : u"null"_s;
}

qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

// A misspelt key is the commonest fault of a hand-written file: name the key it was meant to be.
QString unknownKey(const QString &key, const QStringList &known)
{
    QString nearest;
    qsizetype best = 3;
    for (const QString &candidate : known) {
        const qsizetype distance = editDistance(key, candidate);
        if (distance < best && distance < candidate.size()) {
            best = distance;
            nearest = candidate;
        }
    }
    if (!nearest.isEmpty())
        return SchemaText::tr("unknown key \"%1\"; did you mean \"%2\"?").arg(key, nearest);
    if (known.isEmpty())
        return SchemaText::tr("unknown key \"%1\"; this object takes no keys").arg(key);
    return SchemaText::tr("unknown key \"%1\" (known keys: %2)").arg(key, known.join(u", "));
}

// Checks that `node` is a schema this class implements in full; compiles its patterns.
bool vet(const QJsonValue &node, const QJsonObject &root, QHash<QString, QRegularExpression> *patterns, QString *error)
{
    if (node.isBool())
        return true;
    if (!node.isObject()) {
        *error = SchemaText::tr("a schema must be an object or true/false, not %1").arg(shown(node));
        return false;
    }
    const QJsonObject schema = node.toObject();
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        if (!keywords().contains(it.key()) && !annotations().contains(it.key())) {
            *error = SchemaText::tr("the schema keyword \"%1\" is not supported").arg(it.key());
            return false;
        }
    }
    for (const QString &type : typesOf(schema)) {
        if (!typeNames().contains(type)) {
            *error = SchemaText::tr("\"%1\" is not a JSON type").arg(type);
            return false;
        }
    }
    if (schema.contains(u"pattern")) {
        const QRegularExpression pattern(schema.value(u"pattern").toString());
        if (!pattern.isValid()) {
            *error = SchemaText::tr("the pattern %1 is invalid: %2").arg(shown(schema.value(u"pattern")), pattern.errorString());
            return false;
        }
        patterns->insert(pattern.pattern(), pattern);
    }
    if (schema.contains(u"$ref")) {
        const QString ref = schema.value(u"$ref").toString();
        if (!ref.startsWith(u"#/$defs/") || !root.value(u"$defs").toObject().contains(ref.mid(8))) {
            *error = SchemaText::tr("\"$ref\": %1 is not a definition of this schema (#/$defs/NAME)").arg(shown(schema.value(u"$ref")));
            return false;
        }
    }
    QJsonArray subschemas;
    for (const char *key : { "properties", "$defs" }) {
        const QJsonObject named = schema.value(QLatin1String(key)).toObject();
        for (auto it = named.constBegin(); it != named.constEnd(); ++it)
            subschemas.append(it.value());
    }
    for (const char *key : { "additionalProperties", "items" }) {
        if (schema.contains(QLatin1String(key)))
            subschemas.append(schema.value(QLatin1String(key)));
    }
    for (const char *key : { "oneOf", "anyOf", "allOf" }) {
        for (const QJsonValue &branch : schema.value(QLatin1String(key)).toArray())
            subschemas.append(branch);
    }
    return std::all_of(subschemas.begin(), subschemas.end(),
                       [&](const QJsonValue &sub) { return vet(sub, root, patterns, error); });
}

} // namespace

JsonPath JsonPath::key(const QString &key) const
{
    JsonPath path = *this;
    path.m_steps.append({ key, -1 });
    return path;
}

JsonPath JsonPath::index(qsizetype index) const
{
    JsonPath path = *this;
    path.m_steps.append({ QString(), index });
    return path;
}

QString JsonPath::toString() const
{
    static const QRegularExpression plain(u"^[^\\s.\\[\\]\"'\\\\0-9][^\\s.\\[\\]\"'\\\\]*$"_s);
    QString text = u"$"_s;
    for (const Step &step : m_steps) {
        if (step.isIndex())
            text += u'[' + QString::number(step.index) + u']';
        else if (plain.match(step.key).hasMatch())
            text += u'.' + step.key;
        else
            text += u'[' + shown(step.key) + u']';
    }
    return text;
}

std::optional<JsonSchema> JsonSchema::fromJson(const QJsonObject &schema, QString *error)
{
    JsonSchema result;
    result.m_root = schema;
    if (!vet(schema, schema, &result.m_patterns, error))
        return std::nullopt;
    return result;
}

QList<JsonSchema::Fault> JsonSchema::validate(const QJsonValue &value) const
{
    QList<Fault> faults;
    check(m_root, value, JsonPath(), &faults);
    return faults;
}

QJsonObject JsonSchema::resolve(const QString &ref) const
{
    return m_root.value(u"$defs").toObject().value(ref.mid(8)).toObject();
}

void JsonSchema::check(const QJsonObject &schema, const QJsonValue &value, const JsonPath &path,
                       QList<Fault> *faults) const
{
    if (schema.contains(u"$ref"))
        check(resolve(schema.value(u"$ref").toString()), value, path, faults);
    const QStringList types = typesOf(schema);
    if (!hasType(value, types)) {
        QStringList expected;
        for (const QString &type : types)
            expected.append(typeInWords(type));
        faults->append({ path, SchemaText::tr("must be %1, not %2")
                                       .arg(expected.join(SchemaText::tr(" or ")), typeInWords(typeOf(value))) });
        return; // the other keywords would only repeat that the value is of the wrong kind
    }
    if (schema.contains(u"const") && value != schema.value(u"const"))
        faults->append({ path, SchemaText::tr("must be %1").arg(shown(schema.value(u"const"))) });
    if (schema.contains(u"enum")) {
        const QJsonArray allowed = schema.value(u"enum").toArray();
        if (!allowed.contains(value)) {
            QStringList names;
            for (const QJsonValue &name : allowed)
                names.append(shown(name));
            faults->append({ path, SchemaText::tr("%1 is not one of %2").arg(shown(value), names.join(u", ")) });
        }
    }
    if (value.isString()) {
        const QString text = value.toString();
        const qsizetype minLength = schema.value(u"minLength").toInteger(0);
        if (text.toUcs4().size() < minLength)
            faults->append({ path, minLength == 1 ? SchemaText::tr("must not be empty")
                                                  : SchemaText::tr("must have at least %n character(s)", nullptr, int(minLength)) });
        const QString pattern = schema.value(u"pattern").toString();
        if (schema.contains(u"pattern") && !m_patterns.value(pattern).match(text).hasMatch())
            faults->append({ path, SchemaText::tr("%1 does not have the expected form %2").arg(shown(value), pattern) });
    }
    if (value.isDouble()) {
        if (schema.contains(u"minimum") && value.toDouble() < schema.value(u"minimum").toDouble())
            faults->append({ path, SchemaText::tr("%1 is less than the minimum %2").arg(shown(value), shown(schema.value(u"minimum"))) });
        if (schema.contains(u"maximum") && value.toDouble() > schema.value(u"maximum").toDouble())
            faults->append({ path, SchemaText::tr("%1 is more than the maximum %2").arg(shown(value), shown(schema.value(u"maximum"))) });
    }
    if (value.isObject())
        checkObject(schema, value.toObject(), path, faults);
    if (value.isArray())
        checkArray(schema, value.toArray(), path, faults);
    checkAlternatives(schema, value, path, faults);
}

void JsonSchema::checkObject(const QJsonObject &schema, const QJsonObject &value, const JsonPath &path,
                             QList<Fault> *faults) const
{
    for (const QJsonValue &required : schema.value(u"required").toArray()) {
        if (!value.contains(required.toString()))
            faults->append({ path, SchemaText::tr("the key \"%1\" is missing").arg(required.toString()) });
    }
    const QJsonObject properties = schema.value(u"properties").toObject();
    const QJsonValue additional = schema.value(u"additionalProperties");
    for (auto it = value.constBegin(); it != value.constEnd(); ++it) {
        if (properties.contains(it.key()))
            check(properties.value(it.key()).toObject(), it.value(), path.key(it.key()), faults);
        else if (additional.isObject())
            check(additional.toObject(), it.value(), path.key(it.key()), faults);
        else if (additional == QJsonValue(false))
            faults->append({ path.key(it.key()), unknownKey(it.key(), properties.keys()) });
    }
}

void JsonSchema::checkArray(const QJsonObject &schema, const QJsonArray &value, const JsonPath &path,
                            QList<Fault> *faults) const
{
    const qsizetype minItems = schema.value(u"minItems").toInteger(0);
    if (value.size() < minItems)
        faults->append({ path, SchemaText::tr("needs at least %n item(s)", nullptr, int(minItems)) });
    const QJsonValue items = schema.value(u"items");
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (items.isObject())
            check(items.toObject(), value.at(i), path.index(i), faults);
        if (!schema.value(u"uniqueItems").toBool())
            continue;
        for (qsizetype earlier = 0; earlier < i; ++earlier) {
            if (value.at(earlier) == value.at(i)) {
                faults->append({ path.index(i), SchemaText::tr("%1 repeats item %2").arg(shown(value.at(i))).arg(earlier) });
                break;
            }
        }
    }
}

// allOf must all hold; anyOf at least one, oneOf exactly one. When none holds, the faults of
// the alternative of the value's own type that comes closest are reported: they say what to
// change, where "matches no alternative" would not.
void JsonSchema::checkAlternatives(const QJsonObject &schema, const QJsonValue &value, const JsonPath &path,
                                   QList<Fault> *faults) const
{
    for (const QJsonValue &branch : schema.value(u"allOf").toArray())
        check(branch.toObject(), value, path, faults);
    for (const char *key : { "anyOf", "oneOf" }) {
        const QJsonArray branches = schema.value(QLatin1String(key)).toArray();
        if (branches.isEmpty())
            continue;
        QList<QList<Fault>> results;
        qsizetype holding = 0;
        std::optional<qsizetype> closest;
        QStringList expected;
        for (const QJsonValue &branch : branches) {
            results.append(QList<Fault>());
            check(branch.toObject(), value, path, &results.last());
            holding += results.constLast().isEmpty() ? 1 : 0;
            QJsonObject own = branch.toObject();
            if (own.contains(u"$ref"))
                own = resolve(own.value(u"$ref").toString());
            for (const QString &type : typesOf(own))
                expected.append(typeInWords(type));
            if (hasType(value, typesOf(own)) && (!closest || results.constLast().size() < results.at(*closest).size()))
                closest = results.size() - 1;
        }
        if (holding > 1 && qstrcmp(key, "oneOf") == 0)
            faults->append({ path, SchemaText::tr("fits more than one of the forms it may take") });
        if (holding > 0)
            continue;
        if (closest) {
            faults->append(results.at(*closest));
        } else {
            expected.removeDuplicates();
            faults->append({ path, SchemaText::tr("must be %1, not %2")
                                           .arg(expected.join(SchemaText::tr(" or ")), typeInWords(typeOf(value))) });
        }
    }
}
