#pragma once

#include "profile/jsonschema.h"
#include "profile/profilepackage.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The JSON Schemas of a profile package's files (resources/schema/), and the check of a
// package against them that reports each fault in the file that states the value at fault.
//
// A profile that extends another states only its differences, so its own files are partial:
// a part is checked after it is merged with its bases, exactly as the program will read it,
// and each fault is then traced back to the most derived package that states the value
// (items of lists merged by "id" are found by their id). Required keys are thereby required
// of the merged profile, never of one file of it.
class ProfileSchemas
{
public:
    // Reads the schema of every part and own file of a package, and of profile.json, from
    // `folder` (":/schema"). Fails (nullopt with `error`) when one is missing or broken.
    static std::optional<ProfileSchemas> load(const QString &folder, QString *error);
    // The program's own schemas (":/schema"), read and compiled on first use and then kept for
    // the whole process, whichever thread asks first; nullptr with `error` when they are broken.
    static const ProfileSchemas *builtIn(QString *error);

    // The faults of a package's profile.json.
    QList<ProfileIssue> checkProfileFile(const QString &file, const QJsonObject &json) const;
    // The faults of the profile's parts merged with its bases, and of its own files.
    QList<ProfileIssue> check(const ProfileChain &chain) const;

private:
    QHash<QString, JsonSchema> m_schemas; // by file name without ".json": "profile", "tables"…
};
