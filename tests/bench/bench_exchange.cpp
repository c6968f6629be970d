// Excel export and import of the sample, compare of two samples and roll-forward of the sample;
// prints the median of repeated runs of each.
#include "compare/documentcomparison.h"
#include "document/document.h"
#include "exchange/workbookimport.h"
#include "exchange/xlsxexport.h"
#include "exchange/xlsxreader.h"
#include "rollforward/rollforward.h"
#include "rollforward/rollforwardrules.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

QString measure(const QString &what, int runs, const std::function<void()> &step)
{
    std::vector<qint64> nanoseconds;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        step();
        nanoseconds.push_back(timer.nsecsElapsed());
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto ms = [](qint64 ns) { return QString::number(double(ns) / 1e6, 'f', 2); };
    return QStringLiteral("%1 (%2 runs): median %3 ms, min %4 ms\n")
            .arg(what)
            .arg(runs)
            .arg(ms(nanoseconds[size_t(runs / 2)]), ms(nanoseconds.front()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const auto sample = TestSupport::sampleDocument();
    const QString path = dir.filePath(QStringLiteral("sample.xlsx"));
    QString error;
    bool ok = true;

    out << measure(QStringLiteral("xlsx export of the sample"), 50, [&] { ok = XlsxExport::write(*sample, path, &error) && ok; });
    out << "  workbook: " << QFileInfo(path).size() << " bytes" << Qt::endl;
    out << measure(QStringLiteral("xlsx import of the sample (read, find tables, new document)"), 50, [&] {
        const auto workbook = XlsxReader::read(path, &error);
        ok = workbook && WorkbookImport::createDocument(*workbook, TestSupport::library(), QString(), &error) && ok;
    });
    out << measure(QStringLiteral("xlsx import into the open sample (read, tables and forms compared, not applied)"), 50, [&] {
        const auto workbook = XlsxReader::read(path, &error);
        ok = workbook && WorkbookImport::plan(*workbook, *sample).forms.size() == sample->data().projects.size() && ok;
    });
    const auto other = TestSupport::sampleDocument();
    other->setCellInputs({ { { QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("basic") }, 557'630'000 } });
    out << measure(QStringLiteral("compare of two samples (one input changed)"), 50,
                   [&] { ok = !DocumentComparison::compare(*sample, *other).isEmpty() && ok; });
    const auto rules = RollForwardRules::forTemplate(sample->reportTemplate(), &error);
    out << measure(QStringLiteral("roll-forward of the sample (in memory)"), 200, [&] {
        ok = rules && !RollForward::run(*sample, sample->reportTemplate(), 2025, *rules).data.cells.isEmpty() && ok;
    });
    if (!ok)
        out << "bench_exchange: " << error << Qt::endl;
    return ok ? 0 : 1;
}
