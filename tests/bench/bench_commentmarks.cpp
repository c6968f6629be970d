// What the navigation's comment marks cost each committed edit: with the navigation model
// attached, the time from an edit to its marks and tooltips being current (the review tracker
// recomputes the status, the model compares every entry's mark, comment count and tooltip),
// with 0, 100 and 1,000 open comments on the sample; prints the median of many edits.
#include "document/document.h"
#include "models/navigationmodel.h"
#include "signoff/reviewsteps.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QTextStream out(stdout);
    for (const int comments : { 0, 100, 1000 }) {
        const auto document = TestSupport::sampleDocument();
        const QDateTime when = QDateTime::currentDateTimeUtc();
        const QStringList targets { QStringLiteral("table:T5"), QStringLiteral("department"),
                                    QStringLiteral("cell:T5.2010601.basic"), QStringLiteral("part:1") };
        for (int i = 0; i < comments; ++i)
            ReviewSteps::addComment(document.get(), targets.at(i % targets.size()), QStringLiteral("请核对第%1处。").arg(i),
                                    QStringLiteral("王审核"), when);
        NavigationModel navigation;
        navigation.setDocument(document.get());
        const CellRef cell { QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("basic") };
        constexpr int Runs = 200;
        std::vector<qint64> nanoseconds;
        QElapsedTimer timer;
        for (int i = 0; i < Runs; ++i) {
            timer.start();
            document->setCellInputs({ { cell, 50'000'000 + i } });
            nanoseconds.push_back(timer.nsecsElapsed());
        }
        std::sort(nanoseconds.begin(), nanoseconds.end());
        const auto ms = [](qint64 ns) { return QString::number(double(ns) / 1e6, 'f', 2); };
        out << comments << " open comments: one edit with the navigation's marks current: median "
            << ms(nanoseconds[Runs / 2]) << " ms, 95th percentile " << ms(nanoseconds[Runs * 95 / 100]) << " ms"
            << Qt::endl;
    }
    return 0;
}
