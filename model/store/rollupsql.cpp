#include "store/rollupsql.h"

#include "store/storesql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RollupSql {

namespace {

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = StoreSql::describe(query.lastError());
    return false;
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    *error = StoreSql::describe(query.lastError());
    return false;
}

bool bindCell(QSqlQuery &query, int first, const CellRef &ref, qint64 value, QString *error)
{
    query.bindValue(first, ref.sheet);
    query.bindValue(first + 1, ref.row);
    query.bindValue(first + 2, ref.column);
    query.bindValue(first + 3, value);
    return exec(query, error);
}

} // namespace

bool write(QSqlDatabase &db, const RollupRecord &record, QString *error)
{
    QSqlQuery query(db);
    for (const char *table : { "rollup_value", "rollup_source", "rollup_eliminated" }) {
        if (!prepare(query, QStringLiteral("DELETE FROM ") + QLatin1String(table), error) || !exec(query, error))
            return false;
    }
    QSqlQuery source(db);
    QSqlQuery value(db);
    QSqlQuery eliminated(db);
    if (!prepare(source,
                 QStringLiteral("INSERT INTO rollup_source (position, path, content_hash, unit_name, kind, is_main)"
                                " VALUES (?, ?, ?, ?, ?, ?)"),
                 error)
        || !prepare(value,
                    QStringLiteral("INSERT INTO rollup_value (source, sheet, row_key, column_key, value)"
                                   " VALUES (?, ?, ?, ?, ?)"),
                    error)
        || !prepare(eliminated,
                    QStringLiteral("INSERT INTO rollup_eliminated (sheet, row_key, column_key, value)"
                                   " VALUES (?, ?, ?, ?)"),
                    error))
        return false;
    for (qsizetype i = 0; i < record.sources.size(); ++i) {
        const RollupSource &s = record.sources.at(i);
        source.bindValue(0, int(i));
        source.bindValue(1, s.path);
        source.bindValue(2, s.contentHash);
        source.bindValue(3, s.unit.name.isNull() ? QString(QLatin1String("")) : s.unit.name);
        source.bindValue(4, DepartmentInfo::kindName(s.unit.kind));
        source.bindValue(5, s.main ? 1 : 0);
        if (!exec(source, error))
            return false;
        value.bindValue(0, int(i));
        for (auto it = s.cells.constBegin(); it != s.cells.constEnd(); ++it) {
            if (!bindCell(value, 1, it.key(), it.value(), error))
                return false;
        }
    }
    for (auto it = record.eliminated.constBegin(); it != record.eliminated.constEnd(); ++it) {
        if (!bindCell(eliminated, 0, it.key(), it.value(), error))
            return false;
    }
    return true;
}

bool read(QSqlDatabase &db, RollupRecord *record, QString *error)
{
    QSqlQuery query(db);
    const auto select = [&](const char *sql) {
        if (query.exec(QString::fromLatin1(sql)))
            return true;
        *error = query.lastError().text();
        return false;
    };
    if (!select("SELECT position, path, content_hash, unit_name, kind, is_main FROM rollup_source ORDER BY position"))
        return false;
    QHash<int, qsizetype> index;
    while (query.next()) {
        const auto kind = DepartmentInfo::kindFromName(query.value(4).toString());
        if (!kind) {
            *error = QCoreApplication::translate("StoreSql", "unit \"%1\" is of kind \"%2\", not 行政, 参公 or 事业")
                             .arg(query.value(3).toString(), query.value(4).toString());
            return false;
        }
        RollupSource source;
        source.path = query.value(1).toString();
        source.contentHash = query.value(2).toString();
        source.unit = { query.value(3).toString(), *kind, false };
        source.main = query.value(5).toInt() != 0;
        index.insert(query.value(0).toInt(), record->sources.size());
        record->sources.append(source);
    }
    if (!select("SELECT source, sheet, row_key, column_key, value FROM rollup_value"))
        return false;
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toInt());
        if (it == index.constEnd())
            continue; // a value of no source traces nothing
        record->sources[*it].cells.insert(
                { query.value(1).toString(), query.value(2).toString(), query.value(3).toString() },
                query.value(4).toLongLong());
    }
    if (!select("SELECT sheet, row_key, column_key, value FROM rollup_eliminated"))
        return false;
    while (query.next()) {
        record->eliminated.insert({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString() },
                                  query.value(3).toLongLong());
    }
    return true;
}

} // namespace RollupSql
