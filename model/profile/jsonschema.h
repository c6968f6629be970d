#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

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
//
// The schema is compiled once into typed nodes (references resolved, patterns compiled) when
// it is read; validating walks the nodes and never looks a keyword up again. A compiled
// schema is immutable and shared by its copies, so one compilation serves every thread.
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

    // No faults for a default-constructed (empty) schema.
    QList<Fault> validate(const QJsonValue &value) const;

private:
    struct Node;
    class Compiler;

    void check(int node, const QJsonValue &value, const JsonPath &path, QList<Fault> *faults) const;
    void checkObject(const Node &node, const QJsonObject &value, const JsonPath &path, QList<Fault> *faults) const;
    void checkArray(const Node &node, const QJsonArray &value, const JsonPath &path, QList<Fault> *faults) const;
    void checkAlternatives(const Node &node, const QJsonValue &value, const JsonPath &path, QList<Fault> *faults) const;

    int m_root = -1;
    std::shared_ptr<const std::vector<Node>> m_nodes;
};
