#include "history/historysql.h"

#include "store/storesql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace HistorySql {

namespace {

    const char InsertSql[] = "INSERT INTO history (id, at, user_name, kind, action, scope, target, subject, "
                             "old_value, new_value,"
                             " old_text, new_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    QVariant valueOrNull(const std::optional<qint64> &value)
    {
        return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
    }

    // A null QString binds as SQL NULL; the text columns are NOT NULL and mean "".
    QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
    }

    bool insert(QSqlQuery &query, const HistoryEntry &entry, QString *error)
    {
        const QVariantList values { entry.id, HistoryEntry::timeKey(entry.at), text(entry.user),
            HistoryEntry::kindKey(entry.kind), text(entry.action), HistoryEntry::scopeKey(entry.scope),
            text(entry.target), text(entry.subject), valueOrNull(entry.oldValue), valueOrNull(entry.newValue),
            text(entry.oldText), text(entry.newText) };
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (query.exec())
            return true;
        *error = StoreSql::describe(query.lastError());
        return false;
    }

    bool insertAll(QSqlDatabase &db, const QList<HistoryEntry> &entries, QString *error)
    {
        QSqlQuery query(db);
        if (!query.prepare(QLatin1String(InsertSql))) {
            *error = StoreSql::describe(query.lastError());
            return false;
        }
        for (const HistoryEntry &entry : entries) {
            if (!insert(query, entry, error))
                return false;
        }
        return true;
    }

} // namespace

bool append(QSqlDatabase &db, QList<HistoryEntry> *entries, QString *error)
{
    if (entries->isEmpty())
        return true;
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM history")) || !last.next()) {
        *error = StoreSql::describe(last.lastError());
        return false;
    }
    qint64 id = last.value(0).toLongLong();
    for (HistoryEntry &entry : *entries)
        entry.id = ++id;
    return insertAll(db, *entries, error);
}

bool replace(QSqlDatabase &db, const QList<HistoryEntry> &entries, QString *error)
{
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM history"))) {
        *error = StoreSql::describe(clear.lastError());
        return false;
    }
    return insertAll(db, entries, error);
}

bool read(QSqlDatabase &db, QList<HistoryEntry> *entries, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT id, at, user_name, kind, action, scope, target, subject, old_value,"
                           " new_value, old_text, new_text FROM history ORDER BY id"))) {
        *error = query.lastError().text();
        return false;
    }
    const auto damaged = [&](const QString &what) {
        *error = QCoreApplication::translate("HistorySql", "change history entry %1: %2")
                     .arg(query.value(0).toLongLong())
                     .arg(what);
        return false;
    };
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = HistoryEntry::timeFromKey(query.value(1).toString());
        if (!entry.at.isValid())
            return damaged(QCoreApplication::translate("HistorySql", "the time \"%1\" is not a UTC time")
                               .arg(query.value(1).toString()));
        const auto kind = HistoryEntry::kindFromKey(query.value(3).toString());
        if (!kind)
            return damaged(QCoreApplication::translate("HistorySql", "the kind \"%1\" is not one that exists")
                               .arg(query.value(3).toString()));
        const auto scope = HistoryEntry::scopeFromKey(query.value(5).toString());
        if (!scope)
            return damaged(
                QCoreApplication::translate("HistorySql", "the scope \"%1\" is not one that exists")
                    .arg(query.value(5).toString()));
        entry.user = query.value(2).toString();
        entry.kind = *kind;
        entry.action = query.value(4).toString();
        entry.scope = *scope;
        entry.target = query.value(6).toString();
        entry.subject = query.value(7).toString();
        if (!query.value(8).isNull())
            entry.oldValue = query.value(8).toLongLong();
        if (!query.value(9).isNull())
            entry.newValue = query.value(9).toLongLong();
        entry.oldText = query.value(10).toString();
        entry.newText = query.value(11).toString();
        entries->append(entry);
    }
    return true;
}

} // namespace HistorySql
