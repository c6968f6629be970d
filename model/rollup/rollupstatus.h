#pragma once

#include <QList>
#include <QString>

class TemplateLibrary;
struct RollupRecord;

// Whether the unit files a department was rolled up from are still as they were: a file whose
// inputs changed since, or that cannot be read any more, makes the department stale.
namespace RollupStatus {

struct Change
{
    enum class Kind { Changed, Missing };
    QString path;
    Kind kind = Kind::Changed;
    QString message; // in the user's language: what changed or why the file cannot be read

    bool operator==(const Change &) const = default;
};

QList<Change> check(const RollupRecord &record, const TemplateLibrary &library);
// The changes as lines for a dialog or the command line.
QString describe(const QList<Change> &changes);

} // namespace RollupStatus
