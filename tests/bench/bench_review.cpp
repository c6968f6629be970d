// The supervisor's desk at scale: review of folders of 10, 100 and 1,000 documents and of 10
// and 100 published PDFs (time to the first screen of 30 rows and to the full table, rows read
// off the GUI thread as in the review window), and batch PDF of 10 and 100 documents with 1 and 2
// threads. The documents are made from the sample with varied figures (every input scaled by its
// own factor), the PDFs printed from them by the batch export; both are kept under the given
// folder between runs.
//   bench_review [WORKDIR] [--review 10,100,1000] [--published 10,100] [--pdf 10,100]
#include "document/document.h"
#include "review/batchpdf.h"
#include "review/documentreview.h"
#include "review/folderscanner.h"
#include "store/documentstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QTextStream>
#include <QThreadPool>

namespace {

QTextStream out(stdout);

QList<int> sizes(const QStringList &arguments, const QString &option, const QList<int> &fallback)
{
    const qsizetype at = arguments.indexOf(option);
    if (at < 0 || at + 1 >= arguments.size())
        return fallback;
    QList<int> values;
    for (const QString &value : arguments.at(at + 1).split(QLatin1Char(',')))
        values.append(value.toInt());
    return values;
}

// A folder of `count` documents, the sample's inputs scaled by 80–120% per document.
QString folderOf(const QString &work, int count)
{
    const QString folder = QDir(work).filePath(QStringLiteral("docs-%1").arg(count));
    if (DocumentReview::documentsUnder(folder).size() == count)
        return folder;
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const DocumentData sample = TestSupport::sampleDocument()->data();
    for (int i = 0; i < count; ++i) {
        DocumentData data = sample;
        data.department.name = QStringLiteral("测试单位%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        const qint64 percent = 80 + (i * 37) % 41;
        for (auto it = data.cells.begin(); it != data.cells.end(); ++it)
            it.value() = it.value() * percent / 100;
        // Groups of 100 per subfolder, as a finance bureau files them.
        const QString path = QStringLiteral("%1/group%2/unit%3.fadb").arg(folder).arg(i / 100).arg(i, 4, 10, QLatin1Char('0'));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        if (!DocumentStore::create(path, data, true, &error))
            qFatal("%s", qPrintable(error));
    }
    return folder;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void benchReview(const QString &folder, int count, const QString &what)
{
    FolderScanner scanner(TestSupport::library());
    QEventLoop loop;
    QElapsedTimer timer;
    qint64 firstScreen = -1;
    int rows = 0;
    QObject::connect(&scanner, &FolderScanner::rowReady, &loop, [&] {
        if (++rows == std::min(30, count))
            firstScreen = timer.elapsed();
    });
    QObject::connect(&scanner, &FolderScanner::finished, &loop, &QEventLoop::quit);
    timer.start();
    scanner.scan(folder);
    loop.exec();
    out << QStringLiteral("review %1 %2: first screen (30 rows) %3 ms, full table %4 ms, peak RSS %5 MB\n")
                    .arg(count)
                    .arg(what)
                    .arg(firstScreen)
                    .arg(timer.elapsed())
                    .arg(double(peakRssKb()) / 1024, 0, 'f', 1);
    out.flush();
}

struct BatchRun
{
    qint64 elapsed = 0;
    int failed = 0;
};

BatchRun runBatch(const QList<BatchPdf::Job> &jobs, int threads)
{
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QFutureWatcher<BatchPdf::Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<BatchPdf::Outcome>::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    watcher.setFuture(BatchPdf::start(jobs, TestSupport::library(), false, &pool));
    loop.exec();
    BatchRun run { timer.elapsed(), 0 };
    for (const BatchPdf::Outcome &outcome : watcher.future().results())
        run.failed += outcome.error.isEmpty() ? 0 : 1;
    return run;
}

// A folder of `count` published PDFs: the documents of folderOf() printed by the batch export.
QString publishedFolderOf(const QString &work, int count)
{
    const QString folder = QDir(work).filePath(QStringLiteral("published-%1").arg(count));
    if (DocumentReview::filesUnder(folder, { QStringLiteral("*.pdf") }).size() == count)
        return folder;
    QDir(folder).removeRecursively();
    const QString documents = folderOf(work, count);
    const BatchRun run = runBatch(BatchPdf::jobsFor(DocumentReview::documentsUnder(documents), documents, folder),
                                  QThread::idealThreadCount());
    if (run.failed > 0)
        qFatal("%d of the PDFs could not be printed", run.failed);
    return folder;
}

qint64 benchPdf(const QString &folder, int count, int threads, const QString &work)
{
    const QString output = QDir(work).filePath(QStringLiteral("pdf-%1-%2").arg(count).arg(threads));
    QDir(output).removeRecursively();
    const BatchRun run = runBatch(BatchPdf::jobsFor(DocumentReview::documentsUnder(folder), folder, output), threads);
    out << QStringLiteral("batch PDF %1 documents, %2 thread(s): %3 ms (%4 ms per document), %5 failed, peak RSS %6 MB\n")
                    .arg(count)
                    .arg(threads)
                    .arg(run.elapsed)
                    .arg(run.elapsed / std::max(1, count))
                    .arg(run.failed)
                    .arg(double(peakRssKb()) / 1024, 0, 'f', 1);
    out.flush();
    QDir(output).removeRecursively();
    return run.elapsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString work = arguments.size() > 1 && !arguments.at(1).startsWith(QLatin1Char('-'))
            ? arguments.at(1)
            : QDir::temp().filePath(QStringLiteral("bench_review"));
    out << QStringLiteral("%1 cores (ideal threads)\n").arg(QThread::idealThreadCount());
    for (const int count : sizes(arguments, QStringLiteral("--review"), { 10, 100, 1000 })) {
        QElapsedTimer made;
        made.start();
        const QString folder = folderOf(work, count);
        out << QStringLiteral("(%1 documents ready in %2 ms)\n").arg(count).arg(made.elapsed());
        benchReview(folder, count, QStringLiteral("documents"));
    }
    for (const int count : sizes(arguments, QStringLiteral("--published"), { 10, 100 })) {
        QElapsedTimer made;
        made.start();
        const QString folder = publishedFolderOf(work, count);
        out << QStringLiteral("(%1 published PDFs ready in %2 ms)\n").arg(count).arg(made.elapsed());
        benchReview(folder, count, QStringLiteral("published PDFs"));
    }
    for (const int count : sizes(arguments, QStringLiteral("--pdf"), { 10, 100 })) {
        const QString folder = folderOf(work, count);
        const qint64 one = benchPdf(folder, count, 1, work);
        const qint64 two = benchPdf(folder, count, 2, work);
        out << QStringLiteral("batch PDF %1 documents: speed-up with 2 threads %2×\n")
                        .arg(count)
                        .arg(double(one) / double(std::max<qint64>(1, two)), 0, 'f', 2);
        out.flush();
    }
    return 0;
}
