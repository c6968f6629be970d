#include "rollup/unitfiles.h"

#include "profile/templatelibrary.h"
#include "rollup/rolluphash.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace UnitFiles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UnitFiles", text);
}

} // namespace

std::optional<UnitDocument> readOne(const QString &path, const TemplateLibrary &library, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString name = QFileInfo(path).fileName();
    DocumentStore::OpenResult opened = DocumentStore::open(absolute);
    if (!opened.store) {
        *error = opened.message.contains(name) ? opened.message : tr("%1: %2").arg(absolute, opened.message);
        return std::nullopt;
    }
    opened.store.reset(); // only the inputs are needed; the lock goes with the store
    if (!library.find(opened.data.templateId)) {
        *error = tr("%1 uses the profile \"%2\", which this installation does not have.")
                         .arg(absolute, opened.data.templateId);
        return std::nullopt;
    }
    UnitDocument unit { absolute, std::move(opened.data), QString() };
    unit.contentHash = RollupHash::of(unit.data);
    return unit;
}

std::optional<QList<UnitDocument>> read(const QStringList &paths, const TemplateLibrary &library,
                                        const QString &templateId, QString *error, const Progress &progress)
{
    QList<UnitDocument> units;
    QSet<QString> seen;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute)) {
            *error = tr("%1 is listed twice.").arg(absolute);
            return std::nullopt;
        }
        seen.insert(absolute);
        std::optional<UnitDocument> unit = readOne(absolute, library, error);
        if (!unit)
            return std::nullopt;
        const QString expected = !templateId.isEmpty() ? templateId
                : units.isEmpty()                       ? unit->data.templateId
                                                        : units.constFirst().data.templateId;
        if (unit->data.templateId != expected) {
            *error = tr("%1 is of the profile \"%2\", the department of \"%3\": documents of different profiles "
                        "cannot be rolled up together.")
                             .arg(absolute, unit->data.templateId, expected);
            return std::nullopt;
        }
        if (!units.isEmpty() && unit->data.department.year != units.constFirst().data.department.year) {
            *error = tr("%1 is for %2, %3 for %4: documents of different years cannot be rolled up together.")
                             .arg(absolute)
                             .arg(unit->data.department.year)
                             .arg(units.constFirst().path)
                             .arg(units.constFirst().data.department.year);
            return std::nullopt;
        }
        units.append(std::move(*unit));
        if (progress && !progress(int(units.size()))) {
            error->clear();
            return std::nullopt;
        }
    }
    return units;
}

} // namespace UnitFiles
