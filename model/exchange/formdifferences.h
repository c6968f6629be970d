#pragma once

#include <QList>
#include <QString>

struct Project;

// One field in which two self-evaluation forms of a project differ, in the user's words, with
// the value on each side as shown ("" where a side has none).
struct FormDifference
{
    QString what;
    QString before;
    QString after;
};

// What an import would change in a project's self-evaluation form: the document's form against
// the one of the same name read from a workbook, field by field, indicators matched by name.
namespace FormDifferences {

// Empty exactly when the two forms are equal (their ids aside).
QList<FormDifference> between(const Project &before, const Project &after);

} // namespace FormDifferences
