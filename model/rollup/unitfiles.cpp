#include "rollup/unitfiles.h"

#include "profile/templatelibrary.h"
#include "rollup/rolluphash.h"
#include "store/documentstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace UnitFiles {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UnitFiles", text);
}

struct Reading
{
    std::optional<UnitDocument> unit;
    QString error;
};

// Files are read a batch at a time across the cores: each file is its own SQLite connection,
// and between batches progress is told and a cancel is taken.
qsizetype batchSize()
{
    return std::max(8, 4 * QThread::idealThreadCount());
}

} // namespace

std::optional<UnitDocument> readOne(const QString &path, const TemplateLibrary &library, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString name = QFileInfo(path).fileName();
    // Read access: a roll-up neither takes a unit's lock from its editor nor upgrades its file.
    DocumentStore::OpenResult opened = DocumentStore::open(absolute, DocumentStore::Access::ReadInputs);
    if (!opened.store) {
        *error = opened.message.contains(name) ? opened.message : tr("%1: %2").arg(absolute, opened.message);
        return std::nullopt;
    }
    opened.store.reset(); // only the inputs are needed
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
    QStringList absolutes;
    QSet<QString> seen;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute)) {
            *error = tr("%1 is listed twice.").arg(absolute);
            return std::nullopt;
        }
        seen.insert(absolute);
        absolutes.append(absolute);
    }
    QList<UnitDocument> units;
    for (qsizetype first = 0; first < absolutes.size(); first += batchSize()) {
        QList<Reading> batch = QtConcurrent::blockingMapped<QList<Reading>>(
                absolutes.mid(first, batchSize()), [&library](const QString &absolute) {
                    Reading reading;
                    reading.unit = readOne(absolute, library, &reading.error);
                    return reading;
                });
        for (Reading &reading : batch) {
            if (!reading.unit) {
                *error = reading.error;
                return std::nullopt;
            }
            const UnitDocument &unit = *reading.unit;
            const QString expected = !templateId.isEmpty() ? templateId
                    : units.isEmpty()                       ? unit.data.templateId
                                                            : units.constFirst().data.templateId;
            if (unit.data.templateId != expected) {
                *error = tr("%1 is of the profile \"%2\", the department of \"%3\": documents of different profiles "
                            "cannot be rolled up together.")
                                 .arg(unit.path, unit.data.templateId, expected);
                return std::nullopt;
            }
            if (!units.isEmpty() && unit.data.department.year != units.constFirst().data.department.year) {
                *error = tr("%1 is for %2, %3 for %4: documents of different years cannot be rolled up together.")
                                 .arg(unit.path)
                                 .arg(unit.data.department.year)
                                 .arg(units.constFirst().path)
                                 .arg(units.constFirst().data.department.year);
                return std::nullopt;
            }
            units.append(std::move(*reading.unit));
        }
        if (progress && !progress(int(units.size()))) {
            error->clear();
            return std::nullopt;
        }
    }
    return units;
}

} // namespace UnitFiles
