#include "profile/profileschemas.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The context lupdate sees for this file's messages.
struct SchemasText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSchemas)
};

// The path in `own` (one package's file) of the value at `path` in `merged` (the part with
// its bases merged in); nullopt when that package does not state it. Merging keeps keys but
// moves the items of lists keyed by "id", so an item is found by its id.
std::optional<JsonPath> ownPath(QJsonValue merged, QJsonValue own, const JsonPath &path)
{
    JsonPath result;
    for (const JsonPath::Step &step : path.steps()) {
        if (!step.isIndex()) {
            if (!own.isObject() || !own.toObject().contains(step.key))
                return std::nullopt;
            own = own.toObject().value(step.key);
            merged = merged.toObject().value(step.key);
            result = result.key(step.key);
            continue;
        }
        const QJsonArray ownItems = own.toArray();
        merged = merged.toArray().at(step.index);
        const QString id = merged.toObject().value(QLatin1String("id")).toString();
        qsizetype at = id.isEmpty() ? step.index : -1;
        for (qsizetype i = 0; i < ownItems.size() && at < 0; ++i) {
            if (ownItems.at(i).toObject().value(QLatin1String("id")).toString() == id)
                at = i;
        }
        if (!own.isArray() || at < 0 || at >= ownItems.size())
            return std::nullopt;
        own = ownItems.at(at);
        result = result.index(at);
    }
    return result;
}

} // namespace

std::optional<ProfileSchemas> ProfileSchemas::load(const QString &folder, QString *error)
{
    ProfileSchemas schemas;
    const QStringList names = QStringList { QStringLiteral("profile") } + ProfilePackage::partNames()
            + ProfilePackage::ownFileNames();
    for (const QString &name : names) {
        const QString path = QDir(folder).filePath(name + QLatin1String(".json"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = SchemasText::tr("Cannot read the schema %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString why = json.isObject() ? QString() : parseError.errorString();
        const std::optional<JsonSchema> schema = json.isObject() ? JsonSchema::fromJson(json.object(), &why) : std::nullopt;
        if (!schema) {
            *error = SchemasText::tr("The schema %1 is broken: %2").arg(path, why);
            return std::nullopt;
        }
        schemas.m_schemas.insert(name, *schema);
    }
    return schemas;
}

const ProfileSchemas *ProfileSchemas::builtIn(QString *error)
{
    // A function's static is initialised once, and safely when threads race to it.
    static const std::pair<std::optional<ProfileSchemas>, QString> compiled = [] {
        QString why;
        std::optional<ProfileSchemas> schemas = load(QStringLiteral(":/schema"), &why);
        return std::pair { std::move(schemas), why };
    }();
    if (!compiled.first)
        *error = compiled.second;
    return compiled.first ? &*compiled.first : nullptr;
}

QList<ProfileIssue> ProfileSchemas::checkProfileFile(const QString &file, const QJsonObject &json) const
{
    QList<ProfileIssue> issues;
    for (const JsonSchema::Fault &fault : m_schemas.value(QStringLiteral("profile")).validate(json))
        issues.append({ file, fault.path.toString(), fault.message });
    return issues;
}

QList<ProfileIssue> ProfileSchemas::check(const ProfileChain &chain) const
{
    QList<ProfileIssue> issues;
    const QHash<QString, QJsonObject> merged = chain.mergedParts();
    for (const QString &part : ProfilePackage::partNames()) {
        if (!merged.contains(part))
            continue;
        for (const JsonSchema::Fault &fault : m_schemas.value(part).validate(merged.value(part))) {
            ProfileIssue issue = chain.issueIn(part, fault.path.toString(), fault.message);
            for (const ProfilePackage *package : chain.packages()) {
                const std::optional<JsonPath> own = package->parts.contains(part)
                        ? ownPath(merged.value(part), package->parts.value(part), fault.path)
                        : std::nullopt;
                if (own) {
                    issue = { package->filePath(part), own->toString(), fault.message };
                    break;
                }
            }
            issues.append(issue);
        }
    }
    const ProfilePackage &profile = chain.profile();
    for (const QString &name : ProfilePackage::ownFileNames()) {
        if (!profile.ownFiles.contains(name))
            continue;
        for (const JsonSchema::Fault &fault : m_schemas.value(name).validate(profile.ownFiles.value(name)))
            issues.append({ profile.filePath(name), fault.path.toString(), fault.message });
    }
    return issues;
}
