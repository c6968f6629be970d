#pragma once

#include "signoff/signoffrecord.h"

#include <QJsonObject>
#include <QStringList>

// The optional "review" section of interchange JSON (docs/interchange.md): review states,
// comments and signatures, times in ISO 8601 UTC.
namespace SignoffJson {

QJsonObject write(const SignoffRecord &record);
// Reads the section at `path`; every fault is appended to `errors` as "PATH: message".
SignoffRecord read(const QJsonValue &value, const QString &path, QStringList *errors);

} // namespace SignoffJson
