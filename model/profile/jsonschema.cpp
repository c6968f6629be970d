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

} // namespace

// One schema object, its keywords typed; subschemas are indexes into the schema's nodes.
struct JsonSchema::Node
{
    int ref = -1; // the $defs node checked first
    QStringList types; // empty: any type
    std::optional<QJsonValue> constant;
    std::optional<QJsonArray> allowed; // enum
    QString patternText;
    std::optional<QRegularExpression> pattern;
    std::optional<double> minimum;
    std::optional<double> maximum;
    qsizetype minLength = 0;
    qsizetype minItems = 0;
    bool uniqueItems = false;
    QStringList required;
    QHash<QString, int> properties;
    QStringList propertyNames; // in the schema's order, for "did you mean"
    enum class Additional { Allowed, Forbidden, Checked } additional = Additional::Allowed;
    int additionalNode = -1;
    int items = -1;
    QList<int> allOf;
    QList<int> anyOf;
    QList<int> oneOf;
};

// Turns a schema's JSON into nodes, refusing what JsonSchema does not implement.
class JsonSchema::Compiler
{
public:
    explicit Compiler(const QJsonObject &root) : m_defs(root.value(u"$defs").toObject()) { }

    // The node of `json`; -1 with `error` when it cannot be compiled.
    int compile(const QJsonValue &json, QString *error);
    // Points each $ref at its definition, compiled once however often it is referred to.
    bool resolveReferences(QString *error);
    std::vector<Node> takeNodes() { return std::move(m_nodes); }

private:
    std::vector<Node> m_nodes;
    QList<std::pair<int, QString>> m_references; // node → definition name
    QJsonObject m_defs;
    QHash<QString, int> m_compiledDefs;
};

int JsonSchema::Compiler::compile(const QJsonValue &json, QString *error)
{
    Node node;
    if (json.isBool()) {
        m_nodes.push_back(node); // true (and false, as before) places no condition
        return int(m_nodes.size() - 1);
    }
    if (!json.isObject()) {
        *error = SchemaText::tr("a schema must be an object or true/false, not %1").arg(shown(json));
        return -1;
    }
    const QJsonObject schema = json.toObject();
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        if (!keywords().contains(it.key()) && !annotations().contains(it.key())) {
            *error = SchemaText::tr("the schema keyword \"%1\" is not supported").arg(it.key());
            return -1;
        }
    }
    node.types = typesOf(schema);
    for (const QString &type : std::as_const(node.types)) {
        if (!typeNames().contains(type)) {
            *error = SchemaText::tr("\"%1\" is not a JSON type").arg(type);
            return -1;
        }
    }
    if (schema.contains(u"pattern")) {
        node.patternText = schema.value(u"pattern").toString();
        QRegularExpression pattern(node.patternText);
        if (!pattern.isValid()) {
            *error = SchemaText::tr("the pattern %1 is invalid: %2").arg(shown(schema.value(u"pattern")), pattern.errorString());
            return -1;
        }
        pattern.optimize(); // compiled now, not lazily by the first thread that matches
        node.pattern = pattern;
    }
    const QString ref = schema.value(u"$ref").toString();
    if (schema.contains(u"$ref") && (!ref.startsWith(u"#/$defs/") || !m_defs.contains(ref.mid(8)))) {
        *error = SchemaText::tr("\"$ref\": %1 is not a definition of this schema (#/$defs/NAME)").arg(shown(schema.value(u"$ref")));
        return -1;
    }
    if (schema.contains(u"const"))
        node.constant = schema.value(u"const");
    if (schema.contains(u"enum"))
        node.allowed = schema.value(u"enum").toArray();
    if (schema.contains(u"minimum"))
        node.minimum = schema.value(u"minimum").toDouble();
    if (schema.contains(u"maximum"))
        node.maximum = schema.value(u"maximum").toDouble();
    node.minLength = schema.value(u"minLength").toInteger(0);
    node.minItems = schema.value(u"minItems").toInteger(0);
    node.uniqueItems = schema.value(u"uniqueItems").toBool();
    for (const QJsonValue &name : schema.value(u"required").toArray())
        node.required.append(name.toString());

    const auto sub = [&](const QJsonValue &value) { return compile(value, error); };
    const QJsonObject properties = schema.value(u"properties").toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const int index = sub(it.value());
        if (index < 0)
            return -1;
        node.properties.insert(it.key(), index);
        node.propertyNames.append(it.key());
    }
    const QJsonValue additional = schema.value(u"additionalProperties");
    if (additional.isObject()) {
        node.additional = Node::Additional::Checked;
        if ((node.additionalNode = sub(additional)) < 0)
            return -1;
    } else if (additional == QJsonValue(false)) {
        node.additional = Node::Additional::Forbidden;
    } else if (schema.contains(u"additionalProperties") && sub(additional) < 0) {
        return -1;
    }
    if (schema.contains(u"items")) {
        const int items = sub(schema.value(u"items"));
        if (items < 0)
            return -1;
        if (schema.value(u"items").isObject())
            node.items = items;
    }
    for (const auto &[key, into] : { std::pair { u"allOf", &node.allOf }, std::pair { u"anyOf", &node.anyOf },
                                     std::pair { u"oneOf", &node.oneOf } }) {
        for (const QJsonValue &branch : schema.value(key).toArray()) {
            const int index = sub(branch);
            if (index < 0)
                return -1;
            into->append(index);
        }
    }
    m_nodes.push_back(std::move(node));
    const int index = int(m_nodes.size() - 1);
    if (schema.contains(u"$ref"))
        m_references.append({ index, ref.mid(8) });
    return index;
}

bool JsonSchema::Compiler::resolveReferences(QString *error)
{
    // Definitions are compiled when first referred to; they may refer to further ones.
    for (qsizetype i = 0; i < m_references.size(); ++i) {
        const auto [node, name] = m_references.at(i);
        if (!m_compiledDefs.contains(name)) {
            const int def = compile(m_defs.value(name), error);
            if (def < 0)
                return false;
            m_compiledDefs.insert(name, def);
        }
        m_nodes[size_t(node)].ref = m_compiledDefs.value(name);
    }
    // A definition nobody refers to is still checked: the schema must be sound throughout.
    for (auto it = m_defs.constBegin(); it != m_defs.constEnd(); ++it) {
        if (!m_compiledDefs.contains(it.key()) && compile(it.value(), error) < 0)
            return false;
    }
    return true;
}

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
    Compiler compiler(schema);
    const int root = compiler.compile(schema, error);
    if (root < 0 || !compiler.resolveReferences(error))
        return std::nullopt;
    JsonSchema result;
    result.m_root = root;
    result.m_nodes = std::make_shared<const std::vector<Node>>(compiler.takeNodes());
    return result;
}

QList<JsonSchema::Fault> JsonSchema::validate(const QJsonValue &value) const
{
    QList<Fault> faults;
    if (m_nodes)
        check(m_root, value, JsonPath(), &faults);
    return faults;
}

void JsonSchema::check(int index, const QJsonValue &value, const JsonPath &path, QList<Fault> *faults) const
{
    const Node &node = m_nodes->at(size_t(index));
    if (node.ref >= 0)
        check(node.ref, value, path, faults);
    if (!hasType(value, node.types)) {
        QStringList expected;
        for (const QString &type : node.types)
            expected.append(typeInWords(type));
        faults->append({ path, SchemaText::tr("must be %1, not %2")
                                       .arg(expected.join(SchemaText::tr(" or ")), typeInWords(typeOf(value))) });
        return; // the other keywords would only repeat that the value is of the wrong kind
    }
    if (node.constant && value != *node.constant)
        faults->append({ path, SchemaText::tr("must be %1").arg(shown(*node.constant)) });
    if (node.allowed && !node.allowed->contains(value)) {
        QStringList names;
        for (const QJsonValue &name : *node.allowed)
            names.append(shown(name));
        faults->append({ path, SchemaText::tr("%1 is not one of %2").arg(shown(value), names.join(u", ")) });
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.toUcs4().size() < node.minLength)
            faults->append({ path, node.minLength == 1 ? SchemaText::tr("must not be empty")
                                                       : SchemaText::tr("must have at least %n character(s)", nullptr, int(node.minLength)) });
        if (node.pattern && !node.pattern->match(text).hasMatch())
            faults->append({ path, SchemaText::tr("%1 does not have the expected form %2").arg(shown(value), node.patternText) });
    }
    if (value.isDouble()) {
        if (node.minimum && value.toDouble() < *node.minimum)
            faults->append({ path, SchemaText::tr("%1 is less than the minimum %2").arg(shown(value), shown(*node.minimum)) });
        if (node.maximum && value.toDouble() > *node.maximum)
            faults->append({ path, SchemaText::tr("%1 is more than the maximum %2").arg(shown(value), shown(*node.maximum)) });
    }
    if (value.isObject())
        checkObject(node, value.toObject(), path, faults);
    if (value.isArray())
        checkArray(node, value.toArray(), path, faults);
    checkAlternatives(node, value, path, faults);
}

void JsonSchema::checkObject(const Node &node, const QJsonObject &value, const JsonPath &path, QList<Fault> *faults) const
{
    for (const QString &required : node.required) {
        if (!value.contains(required))
            faults->append({ path, SchemaText::tr("the key \"%1\" is missing").arg(required) });
    }
    for (auto it = value.constBegin(); it != value.constEnd(); ++it) {
        const auto property = node.properties.constFind(it.key());
        if (property != node.properties.constEnd())
            check(*property, it.value(), path.key(it.key()), faults);
        else if (node.additional == Node::Additional::Checked)
            check(node.additionalNode, it.value(), path.key(it.key()), faults);
        else if (node.additional == Node::Additional::Forbidden)
            faults->append({ path.key(it.key()), unknownKey(it.key(), node.propertyNames) });
    }
}

void JsonSchema::checkArray(const Node &node, const QJsonArray &value, const JsonPath &path, QList<Fault> *faults) const
{
    if (value.size() < node.minItems)
        faults->append({ path, SchemaText::tr("needs at least %n item(s)", nullptr, int(node.minItems)) });
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (node.items >= 0)
            check(node.items, value.at(i), path.index(i), faults);
        if (!node.uniqueItems)
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
void JsonSchema::checkAlternatives(const Node &node, const QJsonValue &value, const JsonPath &path,
                                   QList<Fault> *faults) const
{
    for (const int branch : node.allOf)
        check(branch, value, path, faults);
    for (const auto &[branches, exactlyOne] : { std::pair { &node.anyOf, false }, std::pair { &node.oneOf, true } }) {
        if (branches->isEmpty())
            continue;
        QList<QList<Fault>> results;
        qsizetype holding = 0;
        std::optional<qsizetype> closest;
        QStringList expected;
        for (const int branch : *branches) {
            results.append(QList<Fault>());
            check(branch, value, path, &results.last());
            holding += results.constLast().isEmpty() ? 1 : 0;
            const Node &own = m_nodes->at(size_t(branch));
            const QStringList &types = own.ref >= 0 ? m_nodes->at(size_t(own.ref)).types : own.types;
            for (const QString &type : types)
                expected.append(typeInWords(type));
            if (hasType(value, types) && (!closest || results.constLast().size() < results.at(*closest).size()))
                closest = results.size() - 1;
        }
        if (holding > 1 && exactlyOne)
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
