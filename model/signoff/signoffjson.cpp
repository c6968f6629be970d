#include "signoff/signoffjson.h"

#include "document/inputlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace SignoffJson {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Reads the members of one object of the section, each fault at its own path.
class ObjectReader
{
public:
    ObjectReader(const QJsonValue &value, const QString &path, const QStringList &keys, QStringList *errors)
        : m_object(value.toObject()), m_path(path), m_errors(errors)
    {
        if (!value.isObject()) {
            fail(m_path, QCoreApplication::translate("Interchange", "must be an object"));
            return;
        }
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                fail(m_path + QLatin1Char('.') + it.key(), QCoreApplication::translate("Interchange", "unknown key"));
        }
    }

    QString text(const char *key, bool required = false)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        const QString path = m_path + QLatin1Char('.') + QLatin1String(key);
        if (value.isUndefined()) {
            if (required)
                fail(path, QCoreApplication::translate("Interchange", "missing"));
            return QString(QLatin1String(""));
        }
        if (!value.isString()) {
            fail(path, QCoreApplication::translate("Interchange", "must be a string"));
            return {};
        }
        if (value.toString().size() > InputLimits::MaxTextLength)
            fail(path, QCoreApplication::translate("Interchange", "longer than %1 characters").arg(InputLimits::MaxTextLength));
        else if (required && value.toString().trimmed().isEmpty())
            fail(path, QCoreApplication::translate("Interchange", "must not be empty"));
        return value.toString();
    }

    QDateTime time(const char *key)
    {
        const QString value = text(key, true);
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !time.isValid())
            fail(m_path + QLatin1Char('.') + QLatin1String(key),
                 QCoreApplication::translate("Interchange", "must be a time written as \"2026-12-01T09:30:00Z\""));
        return time;
    }

    QString fingerprint(const char *key)
    {
        static const QRegularExpression hex(QStringLiteral("^([0-9a-f]{64})?$"));
        const QString value = text(key);
        if (!hex.match(value).hasMatch())
            fail(m_path + QLatin1Char('.') + QLatin1String(key), QCoreApplication::translate("Interchange", "must be 64 lower-case hexadecimal digits"));
        return value;
    }

    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }
    QString path(const char *key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }
    void fail(const QString &path, const QString &message) { m_errors->append(path + QLatin1String(": ") + message); }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QJsonArray arrayAt(ObjectReader &reader, const char *key)
{
    const QJsonValue value = reader.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        reader.fail(reader.path(key), QCoreApplication::translate("Interchange", "must be an array"));
    return value.toArray();
}

} // namespace

QJsonObject write(const SignoffRecord &record)
{
    QJsonObject sections;
    for (auto it = record.sections.constBegin(); it != record.sections.constEnd(); ++it) {
        QJsonObject section { { QLatin1String("state"), ReviewStateKey::key(it->state) },
                              { QLatin1String("by"), it->by },
                              { QLatin1String("at"), timeText(it->at) } };
        if (!it->comment.isEmpty())
            section.insert(QLatin1String("comment"), it->comment);
        if (!it->fingerprint.isEmpty())
            section.insert(QLatin1String("fingerprint"), it->fingerprint);
        sections.insert(it.key(), section);
    }
    QJsonArray comments;
    for (const ReviewComment &c : record.comments)
        comments.append(QJsonObject { { QLatin1String("id"), c.id },
                                      { QLatin1String("target"), c.target },
                                      { QLatin1String("text"), c.text },
                                      { QLatin1String("author"), c.author },
                                      { QLatin1String("at"), timeText(c.at) },
                                      { QLatin1String("resolved"), c.resolved } });
    QJsonArray signatures;
    for (const Signature &s : record.signatures)
        signatures.append(QJsonObject { { QLatin1String("role"), s.role },
                                        { QLatin1String("name"), s.name },
                                        { QLatin1String("at"), timeText(s.at) },
                                        { QLatin1String("sections"), QJsonArray::fromStringList(s.sections) },
                                        { QLatin1String("fingerprint"), s.fingerprint } });
    return { { QLatin1String("sections"), sections },
             { QLatin1String("comments"), comments },
             { QLatin1String("signatures"), signatures } };
}

SignoffRecord read(const QJsonValue &value, const QString &path, QStringList *errors)
{
    SignoffRecord record;
    ObjectReader root(value, path,
                      { QStringLiteral("sections"), QStringLiteral("comments"), QStringLiteral("signatures") }, errors);
    const QJsonValue sections = root.value("sections");
    if (!sections.isUndefined() && !sections.isObject())
        root.fail(root.path("sections"), QCoreApplication::translate("Interchange", "must be an object"));
    const QJsonObject sectionObject = sections.toObject();
    for (auto it = sectionObject.constBegin(); it != sectionObject.constEnd(); ++it) {
        const QString sectionPath = root.path("sections") + QLatin1String("[\"") + it.key() + QLatin1String("\"]");
        ObjectReader section(it.value(), sectionPath,
                             { QStringLiteral("state"), QStringLiteral("comment"), QStringLiteral("by"),
                               QStringLiteral("at"), QStringLiteral("fingerprint") },
                             errors);
        SectionReview review;
        const QString state = section.text("state", true);
        if (const std::optional<ReviewState> known = ReviewStateKey::fromKey(state))
            review.state = *known;
        else if (!state.isEmpty())
            section.fail(section.path("state"),
                         QCoreApplication::translate("Interchange", "must be draft, ready, approved or returned, not \"%1\"").arg(state));
        review.comment = section.text("comment");
        review.by = section.text("by");
        review.at = section.time("at");
        review.fingerprint = section.fingerprint("fingerprint");
        record.sections.insert(it.key(), review);
    }
    const QJsonArray comments = arrayAt(root, "comments");
    QSet<qint64> ids;
    for (qsizetype i = 0; i < comments.size(); ++i) {
        ObjectReader comment(comments.at(i), at(root.path("comments"), i),
                             { QStringLiteral("id"), QStringLiteral("target"), QStringLiteral("text"),
                               QStringLiteral("author"), QStringLiteral("at"), QStringLiteral("resolved") },
                             errors);
        ReviewComment c;
        const QJsonValue id = comment.value("id");
        c.id = id.toInteger(-1);
        if (!id.isDouble() || c.id < 1 || double(c.id) != id.toDouble() || ids.contains(c.id))
            comment.fail(comment.path("id"), QCoreApplication::translate("Interchange", "must be a positive whole number that no other comment has"));
        ids.insert(c.id);
        c.target = comment.text("target", true);
        c.text = comment.text("text", true);
        c.author = comment.text("author");
        c.at = comment.time("at");
        const QJsonValue resolved = comment.value("resolved");
        if (!resolved.isUndefined() && !resolved.isBool())
            comment.fail(comment.path("resolved"), QCoreApplication::translate("Interchange", "must be true or false"));
        c.resolved = resolved.toBool();
        record.comments.append(c);
    }
    const QJsonArray signatures = arrayAt(root, "signatures");
    for (qsizetype i = 0; i < signatures.size(); ++i) {
        ObjectReader signature(signatures.at(i), at(root.path("signatures"), i),
                               { QStringLiteral("role"), QStringLiteral("name"), QStringLiteral("at"),
                                 QStringLiteral("sections"), QStringLiteral("fingerprint") },
                               errors);
        Signature s;
        s.role = signature.text("role", true);
        s.name = signature.text("name", true);
        s.at = signature.time("at");
        const QJsonArray ids = arrayAt(signature, "sections");
        for (qsizetype k = 0; k < ids.size(); ++k) {
            if (!ids.at(k).isString() || ids.at(k).toString().contains(QLatin1Char(' ')))
                signature.fail(at(signature.path("sections"), k), QCoreApplication::translate("Interchange", "must be a section id such as \"table:T1\""));
            s.sections.append(ids.at(k).toString());
        }
        s.fingerprint = signature.fingerprint("fingerprint");
        record.signatures.append(s);
    }
    return record;
}

} // namespace SignoffJson
