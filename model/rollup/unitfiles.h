#pragma once

#include "document/documentdata.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class TemplateLibrary;

// One unit's document as read for a roll-up.
struct UnitDocument
{
    QString path; // absolute
    DocumentData data;
    QString contentHash;
};

// Reads the unit files of a roll-up: each must open (not damaged, not locked by another
// program, of a profile this installation has) and all must be of one profile and one year.
// The first that cannot be used stops the reading with a message naming it.
namespace UnitFiles {

// Called after each batch of files with the number read so far; returning false cancels.
using Progress = std::function<bool(int done)>;

std::optional<UnitDocument> readOne(const QString &path, const TemplateLibrary &library, QString *error);
// `templateId`, when given, is the profile every unit must have. A cancel gives nullopt and an
// empty `error`.
std::optional<QList<UnitDocument>> read(const QStringList &paths, const TemplateLibrary &library,
                                        const QString &templateId, QString *error, const Progress &progress = {});

} // namespace UnitFiles
