// Full regeneration of the sample's narrative (Parts 1, 3, 4, 5), as the live view does after
// every edit; prints the median of many runs.
#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QString error;
    const auto document = TestSupport::sampleDocument();
    const auto wording = NarrativeTemplate::forTemplate(document->reportTemplate(), &error);
    if (!wording) {
        out << "bench_narrative: " << error << Qt::endl;
        return 1;
    }

    constexpr int Runs = 2000;
    std::vector<qint64> nanoseconds;
    nanoseconds.reserve(Runs);
    qsizetype blocks = 0;
    QElapsedTimer timer;
    for (int i = 0; i < Runs; ++i) {
        timer.start();
        const NarrativeText text = NarrativeGenerator::generate(*wording, *document);
        nanoseconds.push_back(timer.nsecsElapsed());
        blocks = text.blocks.size();
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto ms = [](qint64 ns) { return QString::number(double(ns) / 1e6, 'f', 3); };
    out << "narrative regeneration (sample, " << blocks << " blocks, " << Runs << " runs): median "
        << ms(nanoseconds[Runs / 2]) << " ms, min " << ms(nanoseconds.front()) << " ms, 95th percentile "
        << ms(nanoseconds[Runs * 95 / 100]) << " ms (target < 2 ms)" << Qt::endl;
    return 0;
}
