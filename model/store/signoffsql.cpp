#include "store/signoffsql.h"

#include "store/storesql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace SignoffSql {

namespace {

bool run(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (query.exec())
        return true;
    *error = StoreSql::describe(query.lastError());
    return false;
}

bool prepare(QSqlQuery &query, const char *sql, QString *error)
{
    if (query.prepare(QString::fromLatin1(sql)))
        return true;
    *error = StoreSql::describe(query.lastError());
    return false;
}

// Times are stored as ISO 8601 in UTC, which both SQLite and PostgreSQL compare as text.
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime timeOf(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QString badValue(const char *what)
{
    return QCoreApplication::translate("DocumentStore", "the review record holds an unknown %1")
            .arg(QLatin1String(what));
}

} // namespace

bool write(QSqlDatabase &db, const SignoffRecord &record, QString *error)
{
    QSqlQuery query(db);
    for (const char *sql : { "DELETE FROM review_state", "DELETE FROM review_comment", "DELETE FROM signature" }) {
        if (!prepare(query, sql, error) || !run(query, {}, error))
            return false;
    }
    QSqlQuery state(db);
    QSqlQuery comment(db);
    QSqlQuery signature(db);
    if (!prepare(state,
                 "INSERT INTO review_state (section, state, comment, reviewer, changed_at, fingerprint)"
                 " VALUES (?, ?, ?, ?, ?, ?)",
                 error)
        || !prepare(comment,
                    "INSERT INTO review_comment (id, target, body, author, created_at, resolved)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    error)
        || !prepare(signature,
                    "INSERT INTO signature (position, role, name, signed_at, sections, fingerprint)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    error))
        return false;
    for (auto it = record.sections.constBegin(); it != record.sections.constEnd(); ++it) {
        if (!run(state,
                 { it.key(), ReviewStateKey::key(it->state), text(it->comment), text(it->by), timeText(it->at),
                   text(it->fingerprint) },
                 error))
            return false;
    }
    for (const ReviewComment &c : record.comments) {
        if (!run(comment, { c.id, text(c.target), text(c.text), text(c.author), timeText(c.at), c.resolved ? 1 : 0 },
                 error))
            return false;
    }
    for (qsizetype i = 0; i < record.signatures.size(); ++i) {
        const Signature &s = record.signatures.at(i);
        if (!run(signature,
                 { int(i), text(s.role), text(s.name), timeText(s.at), s.sections.join(QLatin1Char(' ')),
                   text(s.fingerprint) },
                 error))
            return false;
    }
    return true;
}

bool read(QSqlDatabase &db, SignoffRecord *record, QString *error)
{
    QSqlQuery query(db);
    const auto select = [&](const char *sql) {
        if (query.exec(QString::fromLatin1(sql)))
            return true;
        *error = StoreSql::describe(query.lastError());
        return false;
    };
    if (!select("SELECT section, state, comment, reviewer, changed_at, fingerprint FROM review_state"))
        return false;
    while (query.next()) {
        const std::optional<ReviewState> state = ReviewStateKey::fromKey(query.value(1).toString());
        if (!state) {
            *error = badValue("review state");
            return false;
        }
        record->sections.insert(query.value(0).toString(),
                                { *state, query.value(2).toString(), query.value(3).toString(), timeOf(query.value(4)),
                                  query.value(5).toString() });
    }
    if (!select("SELECT id, target, body, author, created_at, resolved FROM review_comment ORDER BY id"))
        return false;
    while (query.next())
        record->comments.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString(), timeOf(query.value(4)), query.value(5).toInt() != 0 });
    if (!select("SELECT role, name, signed_at, sections, fingerprint FROM signature ORDER BY position"))
        return false;
    while (query.next())
        record->signatures.append({ query.value(0).toString(), query.value(1).toString(), timeOf(query.value(2)),
                                    query.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                                    query.value(4).toString() });
    return true;
}

} // namespace SignoffSql
