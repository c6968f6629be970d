#include "rollup/rollupfiles.h"

#include "document/document.h"
#include "profile/templatelibrary.h"
#include "rollup/rolluprules.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace RollupFiles {

DepartmentRollup::Result rollUp(const Request &request, const TemplateLibrary &library,
                                const UnitFiles::Progress &progress)
{
    DepartmentRollup::Result result;
    if (!request.templateId.isEmpty() && !library.find(request.templateId)) {
        result.error = QCoreApplication::translate("RollupFiles", "Unknown profile \"%1\"; known: %2.")
                               .arg(request.templateId, library.ids().join(QLatin1String(", ")));
        return result;
    }
    int mainIndex = 0;
    if (!request.mainPath.isEmpty()) {
        const QString main = QFileInfo(request.mainPath).absoluteFilePath();
        mainIndex = int(std::find_if(request.paths.cbegin(), request.paths.cend(),
                                     [&](const QString &path) { return QFileInfo(path).absoluteFilePath() == main; })
                        - request.paths.cbegin());
        if (mainIndex == request.paths.size()) {
            result.error = QCoreApplication::translate("RollupFiles", "The 本级 document %1 is not among the unit files.")
                                   .arg(main);
            return result;
        }
    }
    const std::optional<QList<UnitDocument>> units =
            UnitFiles::read(request.paths, library, request.templateId, &result.error, progress);
    if (!units)
        return result;
    if (units->isEmpty()) {
        result.error = QCoreApplication::translate("RollupFiles", "There is no unit document to roll up.");
        return result;
    }
    const auto reportTemplate = library.find(units->constFirst().data.templateId);
    const std::optional<RollupRules> rules = RollupRules::fromTemplate(*reportTemplate, &result.error);
    if (!rules)
        return result;
    return DepartmentRollup::run(*reportTemplate, *rules, *units, mainIndex);
}

std::optional<DocumentData> rollUpAgain(const Document &document, const TemplateLibrary &library, QString *error)
{
    const RollupRecord &record = document.data().rollup;
    Request request { {}, document.reportTemplate().id(), {} };
    for (const RollupSource &source : record.sources) {
        request.paths.append(source.path);
        if (source.main)
            request.mainPath = source.path;
    }
    DepartmentRollup::Result result = rollUp(request, library);
    if (!result.data) {
        *error = result.error;
        return std::nullopt;
    }
    DocumentData &data = *result.data;
    data.department.name = document.data().department.name;
    data.department.code = document.data().department.code;
    data.department.published = document.data().department.published;
    data.texts = document.data().texts;
    data.notes = document.data().notes;
    return data;
}

} // namespace RollupFiles
