// 汇总 of 10, 100 and 1,000 unit documents generated from the sample with varied figures:
// reading the unit files, adding up, and writing the department's file with its provenance.
// Prints each step's time and the time per unit, to show how the cost grows.
#include "document/document.h"
#include "profile/templatelibrary.h"
#include "rollup/departmentrollup.h"
#include "rollup/rolluprules.h"
#include "rollup/unitfiles.h"
#include "store/documentstore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// The sample with every figure scaled and shifted by the unit's number, and the units' kinds
// taking turns, so that no two units are alike.
DocumentData variedUnit(const DocumentData &sample, int i)
{
    DocumentData data = sample;
    data.department.name = QStringLiteral("下属单位%1").arg(i);
    const UnitKind kinds[] = { UnitKind::Administrative, UnitKind::CivilServiceManaged, UnitKind::Institution };
    data.department.units = { { data.department.name, kinds[i % 3], false } };
    for (auto it = data.cells.begin(); it != data.cells.end(); ++it)
        it.value() = it.value() * (1 + i % 5) / 3 + (it.value() > 100 ? i % 97 : 0);
    return data;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const DocumentData sample = TestSupport::sampleDocument()->data();
    out << "sample: " << sample.cells.size() << " input cells, " << sample.projects.size() << " projects" << Qt::endl;
    for (const int count : { 10, 100, 1000 }) {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            const QString path = dir.filePath(QStringLiteral("unit%1.fadb").arg(i));
            QString error;
            if (!DocumentStore::create(path, variedUnit(sample, i), false, &error)) {
                out << "cannot write a unit: " << error << Qt::endl;
                return 1;
            }
            paths.append(path);
        }
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::optional<QList<UnitDocument>> units = UnitFiles::read(paths, TestSupport::library(), {}, &error);
        const qint64 read = timer.nsecsElapsed();
        if (!units) {
            out << "cannot read the units: " << error << Qt::endl;
            return 1;
        }
        const auto reportTemplate = TestSupport::library().find(sample.templateId);
        timer.start();
        const DepartmentRollup::Result result =
                DepartmentRollup::run(*reportTemplate, *RollupRules::fromTemplate(*reportTemplate, &error), *units, 0);
        const qint64 added = timer.nsecsElapsed();
        if (!result.data) {
            out << "roll-up failed: " << result.error << Qt::endl;
            return 1;
        }
        timer.start();
        if (!DocumentStore::create(dir.filePath(QStringLiteral("department.fadb")), *result.data, false, &error)) {
            out << "cannot write the department: " << error << Qt::endl;
            return 1;
        }
        const qint64 written = timer.nsecsElapsed();
        const qint64 total = read + added + written;
        out << QStringLiteral("%1 units: read the files %2 ms, add up %3 ms, write with provenance %4 ms, "
                              "total %5 ms (%6 ms per unit)")
                        .arg(count, 4)
                        .arg(ms(read), 0, 'f', 1)
                        .arg(ms(added), 0, 'f', 1)
                        .arg(ms(written), 0, 'f', 1)
                        .arg(ms(total), 0, 'f', 1)
                        .arg(ms(total) / count, 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
