// Times what start-up spends on profiles: reading the code books and every profile package
// (built-in and the user's folder), merging each with its base and parsing its rules and
// charts. Prints the median of many runs.
#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int runs = 50;
    std::vector<double> times;
    qsizetype profiles = 0;
    qsizetype rules = 0;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        QString error;
        const auto library = TemplateLibrary::load(TemplateLibrary::standardSources({}), &error);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!library) {
            out << error << Qt::endl;
            return 1;
        }
        profiles = library->ids().size();
        rules = 0;
        for (const QString &id : library->ids())
            rules += library->find(id)->checks().size() + library->find(id)->rules().size();
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("load all profiles: %1 ms median of %2 runs (%3 profiles, %4 rules parsed)\n")
                    .arg(times.at(times.size() / 2), 0, 'f', 2)
                    .arg(runs)
                    .arg(profiles)
                    .arg(rules);
    return 0;
}
