// Times what start-up spends on profiles: reading the code books and every profile package
// (built-in and the user's folder), merging each with its base and parsing its rules and
// charts; and, apart, what the JSON Schema check of the built-in packages costs: compiling the
// schemas and validating every built-in profile merged with its bases. Prints medians.
#include "profile/profileschemas.h"
#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Every built-in profile with the packages it extends, most derived first.
QList<ProfileChain> builtInChains(const TemplateLibrary &library)
{
    QList<ProfileChain> chains;
    for (const ProfilePackage &package : library.packages()) {
        if (package.base)
            continue;
        QList<const ProfilePackage *> chain { &package };
        while (!chain.constLast()->extends.isEmpty()) {
            for (const ProfilePackage &base : library.packages()) {
                if (base.id == chain.constLast()->extends) {
                    chain.append(&base);
                    break;
                }
            }
        }
        chains.append(ProfileChain(chain));
    }
    return chains;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int runs = 50;
    QString error;
    const auto library = TemplateLibrary::load(TemplateLibrary::standardSources({}), &error);
    if (!library) {
        out << error << Qt::endl;
        return 1;
    }
    qsizetype rules = 0;
    for (const QString &id : library->ids())
        rules += library->find(id)->checks().size() + library->find(id)->rules().size();

    const double load = medianMs(runs, [] {
        QString why;
        TemplateLibrary::load(TemplateLibrary::standardSources({}), &why);
    });
    out << QStringLiteral("load all profiles: %1 ms median of %2 runs (%3 profiles, %4 rules parsed)\n")
                    .arg(load, 0, 'f', 2).arg(runs).arg(library->ids().size()).arg(rules);

    const double compile = medianMs(runs, [] {
        QString why;
        ProfileSchemas::load(QStringLiteral(":/schema"), &why);
    });
    out << QStringLiteral("read and compile the schemas: %1 ms median of %2 runs\n").arg(compile, 0, 'f', 2).arg(runs);

    const std::optional<ProfileSchemas> schemas = ProfileSchemas::load(QStringLiteral(":/schema"), &error);
    const QList<ProfileChain> chains = builtInChains(*library);
    qsizetype faults = 0;
    const double check = medianMs(runs, [&] {
        faults = 0;
        for (const ProfileChain &chain : chains)
            faults += schemas->check(chain).size();
    });
    out << QStringLiteral("schema check of the %1 built-in profiles: %2 ms median of %3 runs (%4 faults)\n")
                    .arg(chains.size()).arg(check, 0, 'f', 2).arg(runs).arg(faults);
    return 0;
}
