// What review tracking costs each committed edit: the review status of the sample (every
// section fingerprinted: all 638 figures as shown, the texts, the 11 projects), as the
// navigation's tracker recomputes it after each edit; prints the median of many runs.
#include "document/document.h"
#include "signoff/reviewstatus.h"
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
    const auto document = TestSupport::sampleDocument();

    constexpr int Runs = 1000;
    std::vector<qint64> nanoseconds;
    nanoseconds.reserve(Runs);
    qsizetype sections = 0;
    QElapsedTimer timer;
    for (int i = 0; i < Runs; ++i) {
        timer.start();
        const ReviewStatus status(*document);
        nanoseconds.push_back(timer.nsecsElapsed());
        sections = status.sections().size();
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto ms = [](qint64 ns) { return QString::number(double(ns) / 1e6, 'f', 3); };
    out << "review status of the sample (" << sections << " sections, " << Runs << " runs): median "
        << ms(nanoseconds[Runs / 2]) << " ms, min " << ms(nanoseconds.front()) << " ms, 95th percentile "
        << ms(nanoseconds[Runs * 95 / 100]) << " ms" << Qt::endl;
    return 0;
}
