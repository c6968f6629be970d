#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

// Where a value sits in a JSON document: the object keys and list indexes from the root.
class JsonPath
{
public:
    struct Step
    {
        QString key;
        qsizetype index = -1; // a list index when >= 0, else an object key

        bool isIndex() const { return index >= 0; }
    };

    JsonPath key(const QString &key) const;
    JsonPath index(qsizetype index) const;
    const QList<Step> &steps() const { return m_steps; }
    // "$.tables[3].columns[2].key"; a key that is not a plain name is written ["PRIOR.total.amount"].
    QString toString() const;

private:
    QList<Step> m_steps;
};

// Checks a JSON value against one JSON Schema of the draft 2020-12 subset this program's
// schemas use, and lists every fault with its path and a translated message.
class JsonSchema
{
public:
    struct Fault
    {
        JsonPath path;
        QString message;
    };

    // Refuses (nullopt with `error`) a schema that uses a keyword this class does not implement,
    // a "$ref" other than "#/$defs/NAME" of this schema, or an invalid pattern: a schema must
    // never silently check less than it says.
    static std::optional<JsonSchema> fromJson(const QJsonObject &schema, QString *error);

    QList<Fault> validate(const QJsonValue &value) const;

private:
    void check(const QJsonObject &schema, const QJsonValue &value, const JsonPath &path, QList<Fault> *faults) const;
    void checkObject(const QJsonObject &schema, const QJsonObject &value, const JsonPath &path,
                     QList<Fault> *faults) const;
    void checkArray(const QJsonObject &schema, const QJsonArray &value, const JsonPath &path,
                    QList<Fault> *faults) const;
    void checkAlternatives(const QJsonObject &schema, const QJsonValue &value, const JsonPath &path,
                           QList<Fault> *faults) const;
    QJsonObject resolve(const QString &ref) const;

    QJsonObject m_root;
    QHash<QString, QRegularExpression> m_patterns; // compiled once, by pattern text
};
