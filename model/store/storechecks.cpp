#include "store/storechecks.h"

#include "document/inputlimits.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace StoreChecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StoreChecks", text);
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

// The condition every value of `column` must meet; typeof() and length() are SQLite's, which is
// right here: only SQLite files arrive from the disk untyped.
QString allowedValue(const Column &column)
{
    const QString c = quoted(column.name);
    const QString rule = column.isText
            // length() counts characters only up to a NUL, so the bytes are bounded as well.
            ? QStringLiteral("typeof(%1) = 'text' AND length(%1) <= %2 AND length(CAST(%1 AS BLOB)) <= %3")
                      .arg(c)
                      .arg(InputLimits::MaxTextLength)
                      .arg(4 * InputLimits::MaxTextLength)
            : QStringLiteral("typeof(%1) = 'integer' AND %1 BETWEEN %2 AND %3")
                      .arg(c)
                      .arg(-InputLimits::MaxMagnitude)
                      .arg(InputLimits::MaxMagnitude);
    return column.nullable ? QStringLiteral("%1 IS NULL OR (%2)").arg(c, rule) : rule;
}

// One scan of `table` that finds a row breaking any rule.
QString badRowQuery(const Table &table)
{
    QStringList broken;
    for (const Column &column : table.columns)
        broken.append(QStringLiteral("NOT (%1)").arg(allowedValue(column)));
    return QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1").arg(quoted(table.name), broken.join(QLatin1String(" OR ")));
}

// Whether some row of `table` breaks a rule; a missing table or column counts as breaking one,
// for checkColumn to name.
bool hasBadRow(QSqlDatabase &file, const Table &table)
{
    QSqlQuery query(file);
    return !query.exec(table.badRowQuery) || query.next();
}

// The first row of `table` whose `column` breaks the rule, described for the user.
QString checkColumn(QSqlDatabase &file, const Table &table, const Column &column)
{
    const QString c = quoted(column.name);
    const QString allowed = allowedValue(column);
    QStringList keys;
    for (const QString &key : table.keys)
        keys.append(QStringLiteral("substr(CAST(%1 AS TEXT), 1, 40)").arg(quoted(key)));
    QSqlQuery query(file);
    const QString sql = QStringLiteral("SELECT typeof(%1), %2 FROM %3 WHERE NOT (%4) LIMIT 1")
                                .arg(c, keys.isEmpty() ? QStringLiteral("''") : keys.join(QLatin1String(", ")),
                                     quoted(table.name), allowed);
    if (!query.exec(sql))
        return tr("the table %1 or its column %2 is missing").arg(table.name, column.name);
    if (!query.next())
        return QString();
    QStringList key;
    for (int i = 1; i <= int(table.keys.size()); ++i)
        key.append(query.value(i).toString());
    const QString item = key.isEmpty() ? table.name : QStringLiteral("%1 (%2)").arg(table.name, key.join(QLatin1String(", ")));
    const QString type = query.value(0).toString();
    if (column.isText && type == QLatin1String("text"))
        return tr("the text %1 of %2 is longer than %3 characters").arg(column.name, item).arg(InputLimits::MaxTextLength);
    if (column.isText)
        return tr("%1 of %2 must be a text but holds %3").arg(column.name, item, type);
    if (type == QLatin1String("integer"))
        return tr("the number %1 of %2 lies beyond ±10¹² yuan").arg(column.name, item);
    return tr("%1 of %2 must be a whole number but holds %3").arg(column.name, item, type);
}

} // namespace

QList<Table> describe(QSqlDatabase &reference)
{
    QList<Table> tables;
    QSqlQuery list(reference);
    list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (list.next())
        tables.append({ list.value(0).toString(), {}, {}, {} });
    for (Table &table : tables) {
        QSqlQuery info(reference);
        info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table.name));
        while (info.next()) {
            const QString name = info.value(1).toString();
            table.columns.append({ name, info.value(2).toString().toUpper().contains(QLatin1String("TEXT")),
                                   info.value(3).toInt() == 0 && info.value(5).toInt() == 0 });
            if (info.value(5).toInt() > 0)
                table.keys.append(name);
        }
        table.badRowQuery = badRowQuery(table);
    }
    return tables;
}

QString findBadValue(QSqlDatabase &file, const QList<Table> &expected)
{
    for (const Table &table : expected) {
        if (!hasBadRow(file, table))
            continue;
        for (const Column &column : table.columns) {
            const QString problem = checkColumn(file, table, column);
            if (!problem.isEmpty())
                return problem;
        }
    }
    return QString();
}

} // namespace StoreChecks
