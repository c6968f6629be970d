#include "rollup/rollupstatus.h"

#include "document/documentdata.h"
#include "rollup/unitfiles.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace RollupStatus {

QList<Change> check(const RollupRecord &record, const TemplateLibrary &library)
{
    QList<Change> changes;
    for (const RollupSource &source : record.sources) {
        if (!QFileInfo::exists(source.path)) {
            changes.append({ source.path, Change::Kind::Missing,
                             QCoreApplication::translate("RollupStatus", "%1 (%2) is missing.")
                                     .arg(source.path, source.unit.name) });
            continue;
        }
        QString error;
        const std::optional<UnitDocument> unit = UnitFiles::readOne(source.path, library, &error);
        if (!unit)
            changes.append({ source.path, Change::Kind::Missing, error });
        else if (unit->contentHash != source.contentHash)
            changes.append({ source.path, Change::Kind::Changed,
                             QCoreApplication::translate("RollupStatus", "%1 (%2) has changed since the roll-up.")
                                     .arg(source.path, source.unit.name) });
    }
    return changes;
}

QString describe(const QList<Change> &changes)
{
    QStringList lines;
    for (const Change &change : changes)
        lines.append(change.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace RollupStatus
