#include "profile/profilepackage.h"

#include "profile/jsonmerge.h"
#include "profile/profileschemas.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The context lupdate sees for this file's messages.
struct ProfilePackageText
{
    Q_DECLARE_TR_FUNCTIONS(ProfilePackage)
};

std::optional<QJsonObject> readObject(const QString &path, QList<ProfileIssue> *issues)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        issues->append({ path, QString(), ProfilePackageText::tr("cannot be read: %1").arg(file.errorString()) });
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        issues->append({ path, QString(), ProfilePackageText::tr("is not valid JSON at character %1: %2")
                                                  .arg(parseError.offset)
                                                  .arg(parseError.errorString()) });
        return std::nullopt;
    }
    if (!json.isObject()) {
        issues->append({ path, QStringLiteral("$"), ProfilePackageText::tr("must be a JSON object") });
        return std::nullopt;
    }
    return json.object();
}

} // namespace

QString ProfileIssue::text() const
{
    return path.isEmpty() ? QStringLiteral("%1: %2").arg(file, message) : QStringLiteral("%1: %2: %3").arg(file, path, message);
}

QString ProfilePackage::filePath(const QString &part) const
{
    return QDir(folder).filePath(part + QLatin1String(".json"));
}

const QStringList &ProfilePackage::partNames()
{
    static const QStringList names = { QStringLiteral("tables"),     QStringLiteral("narrative"),
                                       QStringLiteral("rules"),      QStringLiteral("charts"),
                                       QStringLiteral("glossary"),   QStringLiteral("vehicles"),
                                       QStringLiteral("procurement"), QStringLiteral("budgets"),
                                       QStringLiteral("grades"),     QStringLiteral("rollforward"),
                                       QStringLiteral("pdf"),        QStringLiteral("rollup"),
                                       QStringLiteral("assets"),
                                       QStringLiteral("signoff") };
    return names;
}

const QStringList &ProfilePackage::ownFileNames()
{
    static const QStringList names = { QStringLiteral("codemap") };
    return names;
}

std::optional<ProfilePackage> ProfilePackage::read(const QString &folder, const QString &source,
                                                   const ProfileSchemas &schemas, QList<ProfileIssue> *issues)
{
    ProfilePackage package;
    package.folder = folder;
    package.source = source;
    const QString profilePath = package.filePath(QStringLiteral("profile"));
    const qsizetype before = issues->size();
    const std::optional<QJsonObject> profile = readObject(profilePath, issues);
    if (!profile)
        return std::nullopt;
    const QList<ProfileIssue> faults = schemas.checkProfileFile(profilePath, *profile);
    if (!faults.isEmpty()) {
        issues->append(faults);
        return std::nullopt;
    }
    const auto requireString = [&](const char *key, QString *into) {
        const QJsonValue value = profile->value(QLatin1String(key));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            issues->append({ profilePath, QStringLiteral("$.") + QLatin1String(key), ProfilePackageText::tr("a text is required") });
        *into = value.toString().trimmed();
    };
    requireString("id", &package.id);
    requireString("title", &package.title);
    const QJsonValue year = profile->value(QLatin1String("year"));
    package.year = year.toInt();
    if (!year.isDouble() || package.year < 1990 || package.year > 2100)
        issues->append({ profilePath, QStringLiteral("$.year"), ProfilePackageText::tr("a year such as 2024 is required") });
    const QJsonValue extends = profile->value(QLatin1String("extends"));
    if (!extends.isUndefined() && !extends.isString())
        issues->append({ profilePath, QStringLiteral("$.extends"), ProfilePackageText::tr("must be the id of another profile") });
    package.extends = extends.toString();
    package.base = profile->value(QLatin1String("base")).toBool(false);
    if (package.id.contains(QLatin1Char('/')) || package.id.contains(QLatin1Char('\\')))
        issues->append({ profilePath, QStringLiteral("$.id"), ProfilePackageText::tr("an id cannot contain a slash") });

    for (const auto &[names, into] : { std::pair { &partNames(), &package.parts }, std::pair { &ownFileNames(), &package.ownFiles } }) {
        for (const QString &name : *names) {
            if (!QFile::exists(package.filePath(name)))
                continue;
            if (const std::optional<QJsonObject> json = readObject(package.filePath(name), issues))
                into->insert(name, *json);
        }
    }
    if (!package.base && !package.parts.contains(QStringLiteral("tables")) && package.extends.isEmpty())
        issues->append({ profilePath, QStringLiteral("$"), ProfilePackageText::tr("a profile needs tables.json or a base it extends") });
    if (issues->size() > before)
        return std::nullopt;
    return package;
}

QHash<QString, QJsonObject> ProfileChain::mergedParts() const
{
    QHash<QString, QJsonObject> parts;
    for (auto it = m_packages.crbegin(); it != m_packages.crend(); ++it) {
        for (auto part = (*it)->parts.cbegin(); part != (*it)->parts.cend(); ++part)
            parts.insert(part.key(), JsonMerge::merge(parts.value(part.key()), part.value()));
    }
    return parts;
}

ProfileIssue ProfileChain::issueAt(const QString &part, const QString &list, const QString &id, const QString &field,
                                   const QString &message) const
{
    for (const ProfilePackage *package : m_packages) {
        const QJsonArray items = package->parts.value(part).value(list).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).toObject().value(QLatin1String("id")).toString() != id)
                continue;
            const QString path = QStringLiteral("$.%1[%2]").arg(list).arg(i);
            return { package->filePath(part), field.isEmpty() ? path : path + QLatin1Char('.') + field, message };
        }
    }
    return issueIn(part, QStringLiteral("$.") + list, message);
}

ProfileIssue ProfileChain::issueIn(const QString &part, const QString &path, const QString &message) const
{
    for (const ProfilePackage *package : m_packages) {
        if (package->parts.contains(part))
            return { package->filePath(part), path, message };
    }
    return { profile().filePath(part), path, message };
}
