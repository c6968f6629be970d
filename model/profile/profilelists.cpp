#include "profile/profilelists.h"

#include <QCoreApplication>
#include <QStringList>

namespace ProfileLists {

namespace {

QString listKey(const QString &part)
{
    static const QHash<QString, QString> keys = {
        { QStringLiteral("glossary"), QStringLiteral("entries") },
        { QStringLiteral("vehicles"), QStringLiteral("categories") },
        { QStringLiteral("procurement"), QStringLiteral("fields") },
        { QStringLiteral("budgets"), QStringLiteral("kinds") },
        { QStringLiteral("grades"), QStringLiteral("bands") },
        { QStringLiteral("assets"), QStringLiteral("items") },
    };
    return keys.value(part);
}

} // namespace

QJsonArray items(const QJsonObject &file, const QString &part)
{
    const QString key = listKey(part);
    return key.isEmpty() ? QJsonArray() : file.value(key).toArray();
}

std::optional<QJsonArray> expandRows(const QJsonArray &rows, const QHash<QString, QJsonObject> &parts,
                                     QString *error)
{
    const auto listOf = [&](const QString &part) -> std::optional<QJsonArray> {
        const QJsonArray list = items(parts.value(part), part);
        if (list.isEmpty()) {
            *error = QCoreApplication::translate("ProfileLists", "rows are taken from \"%1\", which has no items (%1.json)")
                             .arg(part);
            return std::nullopt;
        }
        return list;
    };
    QJsonArray result;
    for (const QJsonValue &value : rows) {
        QJsonObject row = value.toObject();
        const QString sumOf = row.value(QLatin1String("sumOf")).toString();
        if (!sumOf.isEmpty()) {
            const std::optional<QJsonArray> list = listOf(sumOf);
            if (!list)
                return std::nullopt;
            QStringList terms;
            for (const QJsonValue &item : *list)
                terms.append(item.toObject().value(QLatin1String("id")).toString());
            row.remove(QLatin1String("sumOf"));
            row.insert(QLatin1String("formula"), terms.join(QLatin1String(" + ")));
        }
        const QString from = row.value(QLatin1String("from")).toString();
        if (from.isEmpty()) {
            result.append(row);
            continue;
        }
        const std::optional<QJsonArray> list = listOf(from);
        if (!list)
            return std::nullopt;
        row.remove(QLatin1String("from"));
        for (const QJsonValue &item : *list) {
            QJsonObject expanded = row;
            const QJsonObject fields = item.toObject();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                expanded.insert(it.key() == QLatin1String("id") ? QStringLiteral("key") : it.key(), it.value());
            result.append(expanded);
        }
    }
    return result;
}

} // namespace ProfileLists
