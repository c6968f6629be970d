#include "history/historyjson.h"

#include "document/inputlimits.h"
#include "document/sheetlayout.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace HistoryJson {

namespace {

    QJsonValue valueJson(const SheetLayout &layout, const CellRef &ref, const std::optional<qint64> &value)
    {
        if (!value)
            return QJsonValue(QJsonValue::Null);
        if (layout.contains(ref) && layout.valueType(ref) == ValueType::Count)
            return QJsonValue(*value);
        return Money::fromFen(*value).toExactString(MoneyUnit::Wanyuan);
    }

    // Reads one entry, appending what is wrong with it at its path.
    class EntryReader {
    public:
        EntryReader(const QJsonObject &object, const QString &path, QStringList *errors)
            : m_object(object)
            , m_path(path)
            , m_errors(errors)
        {
        }

        void error(const QString &key, const QString &message)
        {
            m_errors->append(m_path + QLatin1Char('.') + key + QLatin1String(": ") + message);
        }

        QString text(const char *key, bool required)
        {
            const QString name = QLatin1String(key);
            const QJsonValue value = m_object.value(name);
            if (value.isUndefined()) {
                if (required)
                    error(name, QCoreApplication::translate("Interchange", "missing"));
                return QString();
            }
            if (!value.isString()) {
                error(name, QCoreApplication::translate("Interchange", "must be a string"));
                return QString();
            }
            if (value.toString().size() > InputLimits::MaxTextLength) {
                error(name,
                    QCoreApplication::translate("Interchange", "longer than %1 characters")
                        .arg(InputLimits::MaxTextLength));
                return QString();
            }
            return value.toString();
        }

        std::optional<qint64> figure(const char *key)
        {
            static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
            const QString name = QLatin1String(key);
            const QJsonValue value = m_object.value(name);
            if (value.isUndefined() || value.isNull())
                return std::nullopt;
            if (value.isDouble()) {
                const double count = value.toDouble();
                if (count != std::floor(count) || std::abs(count) > double(InputLimits::MaxMagnitude)) {
                    error(name,
                        QCoreApplication::translate(
                            "Interchange", "a count must be a whole number within range"));
                    return std::nullopt;
                }
                return qint64(count);
            }
            const MoneyParseResult parsed = value.isString() && decimal.match(value.toString()).hasMatch()
                ? parseMoney(value.toString(), { MoneyUnit::Wanyuan, true, false })
                : MoneyParseResult();
            if (!parsed.ok) {
                error(name,
                    QCoreApplication::translate("Interchange",
                        "must be null, a whole number or a decimal amount in 万元 such as \"4116.42\""));
                return std::nullopt;
            }
            return parsed.value.fen();
        }

    private:
        const QJsonObject &m_object;
        QString m_path;
        QStringList *m_errors;
    };

    const QStringList entryKeys { QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("user"),
        QStringLiteral("kind"), QStringLiteral("action"), QStringLiteral("scope"), QStringLiteral("target"),
        QStringLiteral("subject"), QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("oldText"),
        QStringLiteral("newText") };

} // namespace

QJsonArray write(const QList<HistoryEntry> &entries, const SheetLayout &layout)
{
    QJsonArray array;
    for (const HistoryEntry &entry : entries) {
        QJsonObject o;
        o.insert(QLatin1String("id"), entry.id);
        o.insert(QLatin1String("at"), HistoryEntry::timeKey(entry.at));
        o.insert(QLatin1String("user"), entry.user);
        o.insert(QLatin1String("kind"), HistoryEntry::kindKey(entry.kind));
        o.insert(QLatin1String("action"), entry.action);
        o.insert(QLatin1String("scope"), HistoryEntry::scopeKey(entry.scope));
        o.insert(QLatin1String("target"), entry.target);
        o.insert(QLatin1String("subject"), entry.subject);
        if (entry.hasValues()) {
            const CellRef ref = CellRef::fromString(entry.target);
            o.insert(QLatin1String("old"), valueJson(layout, ref, entry.oldValue));
            o.insert(QLatin1String("new"), valueJson(layout, ref, entry.newValue));
        } else {
            o.insert(QLatin1String("oldText"), entry.oldText);
            o.insert(QLatin1String("newText"), entry.newText);
        }
        array.append(o);
    }
    return array;
}

QList<HistoryEntry> read(const QJsonValue &value, QStringList *errors)
{
    QList<HistoryEntry> entries;
    const QString path = QStringLiteral("$.history");
    if (value.isUndefined())
        return entries;
    if (!value.isArray()) {
        errors->append(
            path + QLatin1String(": ") + QCoreApplication::translate("Interchange", "must be an array"));
        return entries;
    }
    const QJsonArray array = value.toArray();
    qint64 lastId = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString entryPath = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!array.at(i).isObject()) {
            errors->append(entryPath + QLatin1String(": ")
                + QCoreApplication::translate("Interchange", "must be an object"));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        EntryReader reader(object, entryPath, errors);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!entryKeys.contains(it.key()))
                reader.error(it.key(), QCoreApplication::translate("Interchange", "unknown key"));
        }
        HistoryEntry entry;
        const double id = object.value(QLatin1String("id")).toDouble(-1);
        if (id != std::floor(id) || id <= double(lastId) || id > double(InputLimits::MaxMagnitude))
            reader.error(QStringLiteral("id"),
                QCoreApplication::translate(
                    "Interchange", "must be a whole number greater than the id before it"));
        else
            entry.id = lastId = qint64(id);
        const QString at = reader.text("at", true);
        entry.at = HistoryEntry::timeFromKey(at);
        if (!at.isEmpty() && !entry.at.isValid())
            reader.error(QStringLiteral("at"),
                QCoreApplication::translate(
                    "Interchange", "\"%1\" is not a UTC time such as \"2026-12-01T02:50:00.000Z\"")
                    .arg(at));
        entry.user = reader.text("user", true);
        const auto kind = HistoryEntry::kindFromKey(reader.text("kind", true));
        if (kind)
            entry.kind = *kind;
        else
            reader.error(QStringLiteral("kind"),
                QCoreApplication::translate(
                    "Interchange", "must be one of edit, undo, redo, summary, approval"));
        entry.action = reader.text("action", false);
        const auto scope = HistoryEntry::scopeFromKey(reader.text("scope", true));
        if (scope)
            entry.scope = *scope;
        else
            reader.error(QStringLiteral("scope"),
                QCoreApplication::translate(
                    "Interchange", "must be one of cell, row, text, department, project, review, signature, comment"));
        entry.target = reader.text("target", true);
        if (scope == HistoryEntry::Scope::Cell && !CellRef::fromString(entry.target).isValid())
            reader.error(QStringLiteral("target"),
                QCoreApplication::translate(
                    "Interchange", "\"%1\" is not a cell such as \"T5.2010301.basic\"")
                    .arg(entry.target));
        entry.subject = reader.text("subject", false);
        entry.oldValue = reader.figure("old");
        entry.newValue = reader.figure("new");
        entry.oldText = reader.text("oldText", false);
        entry.newText = reader.text("newText", false);
        entries.append(entry);
    }
    return entries;
}

} // namespace HistoryJson
