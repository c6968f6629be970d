#pragma once

#include "rollup/departmentrollup.h"
#include "rollup/unitfiles.h"

#include <QString>
#include <QStringList>

#include <optional>

class Document;
class TemplateLibrary;

// A roll-up from unit files to a department's inputs, from reading the files to adding up, as
// the command line, the 汇总下属单位… dialog and re-rolling do it.
namespace RollupFiles {

struct Request
{
    QStringList paths;
    QString templateId; // empty: the units' own profile
    QString mainPath;   // the 本级 document; empty: the first
};

// A cancel through `progress` gives a result without data and without an error.
DepartmentRollup::Result rollUp(const Request &request, const TemplateLibrary &library,
                                const UnitFiles::Progress &progress = {});
// The document's units rolled up again from their files, keeping the document's own name,
// code and texts; nullopt with `error` when a file cannot be used.
std::optional<DocumentData> rollUpAgain(const Document &document, const TemplateLibrary &library, QString *error);

} // namespace RollupFiles
