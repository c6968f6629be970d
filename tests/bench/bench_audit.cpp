// Times a full audit of the bundled sample: the table rules, the document's own texts, and the
// seed's text (domain seed 000) checked against the sample. Prints the median of many runs.
#include "audit/auditengine.h"
#include "profile/checkrunner.h"
#include "document/document.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

double medianMicroseconds(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    times.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    const auto document = TestSupport::sampleDocument();
    const auto engine = AuditEngine::forTemplate(document->reportTemplate(), &error);
    if (!engine) {
        out << error << Qt::endl;
        return 1;
    }
    // The seed's text: the path may be given; by default the copy among the test fixtures.
    const QString seedPath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                      : TestSupport::sourcePath(QStringLiteral("tests/fixtures/seed-xianning-2024.txt"));
    QFile seedFile(seedPath);
    const QString seed = seedFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(seedFile.readAll()) : QString();

    constexpr int runs = 500;
    qsizetype findings = 0;
    const double tables = medianMicroseconds(runs, [&] { findings = engine->auditTables(*document).size(); });
    out << QStringLiteral("table rules:          %1 µs median of %2 runs (%3 findings)\n").arg(tables, 0, 'f', 1).arg(runs).arg(findings);
    const double checks = medianMicroseconds(runs, [&] { findings = CheckRunner::failures(*document).size(); });
    out << QStringLiteral("  of which template checks (CheckRunner): %1 µs\n").arg(checks, 0, 'f', 1);
    const double texts = medianMicroseconds(runs, [&] { findings = engine->auditDocumentTexts(*document).size(); });
    out << QStringLiteral("document texts:       %1 µs median of %2 runs (%3 findings)\n").arg(texts, 0, 'f', 1).arg(runs).arg(findings);
    if (!seed.isEmpty()) {
        const double seedText = medianMicroseconds(runs, [&] { findings = engine->auditText(*document, seed).size(); });
        out << QStringLiteral("seed text (%1 chars): %2 µs median of %3 runs (%4 findings)\n")
                        .arg(seed.size())
                        .arg(seedText, 0, 'f', 1)
                        .arg(runs)
                        .arg(findings);
    } else {
        out << "seed text not found at " << seedPath << "\n";
    }
    const double all = medianMicroseconds(runs / 5, [&] { findings = engine->run(*document, seed).size(); });
    out << QStringLiteral("full audit:           %1 µs median of %2 runs (%3 findings)\n").arg(all, 0, 'f', 1).arg(runs / 5).arg(findings);
    return 0;
}
