#include "reviewcommands.h"

#include "review/batchpdf.h"
#include "review/documentreview.h"
#include "review/folderreview.h"
#include "review/reviewreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace {

enum ExitStatus { Success = 0, Failure = 1, UsageError = 64 };

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewCommands", text);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    return parser.parse(QStringList { QStringLiteral("final-accounts") } + arguments)
            && parser.positionalArguments().size() == 1;
}

} // namespace

ReviewCommands::ReviewCommands(const TemplateLibrary &library, QTextStream &out, QTextStream &err)
    : m_library(library), m_out(out), m_err(err)
{
}

bool ReviewCommands::isCommand(const QString &word)
{
    return word == QLatin1String("review") || word == QLatin1String("pdf-batch");
}

int ReviewCommands::run(const QString &command, const QStringList &arguments)
{
    return command == QLatin1String("review") ? review(arguments) : pdfBatch(arguments);
}

int ReviewCommands::usageError(const QString &error)
{
    if (!error.isEmpty())
        m_err << error << Qt::endl;
    m_err << tr("Usage: final-accounts review DIR [--json]\n"
                "       final-accounts pdf-batch DIR -o OUTDIR [-j N] [--final]\n");
    return UsageError;
}

int ReviewCommands::review(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOption(jsonOption);
    if (!parse(parser, arguments))
        return usageError(parser.errorText());
    const QString folder = parser.positionalArguments().constFirst();
    if (!QFileInfo(folder).isDir()) {
        m_err << "final-accounts: " << tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
        return Failure;
    }
    const TemplateLibrary &library = m_library;
    const QList<ReviewRow> rows = QtConcurrent::blockingMapped(
            FolderReview::filesUnder(folder),
            [&](const QString &path) { return FolderReview::review(path, folder, library); });
    if (parser.isSet(jsonOption))
        m_out << QString::fromUtf8(ReviewReport::toJson(rows));
    else
        m_out << ReviewReport::toText(rows);
    int unreadable = 0;
    for (const ReviewRow &row : rows) {
        if (!row.isReadable()) {
            ++unreadable;
            m_err << row.relativePath << ": " << row.message << Qt::endl;
        }
    }
    return unreadable == 0 ? Success : Failure;
}

int ReviewCommands::pdfBatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") }, QString(),
                                          QStringLiteral("folder"));
    const QCommandLineOption jobsOption(QStringLiteral("j"), QString(), QStringLiteral("n"));
    const QCommandLineOption finalOption(QStringLiteral("final"));
    parser.addOptions({ outputOption, jobsOption, finalOption });
    if (!parse(parser, arguments) || !parser.isSet(outputOption))
        return usageError(parser.errorText());
    bool numeric = true;
    const int threads = parser.isSet(jobsOption) ? parser.value(jobsOption).toInt(&numeric)
                                                 : QThread::idealThreadCount();
    if (!numeric || threads < 1 || threads > 256)
        return usageError(tr("-j takes a number of threads from 1 to 256."));
    const QString folder = parser.positionalArguments().constFirst();
    if (!QFileInfo(folder).isDir()) {
        m_err << "final-accounts: " << tr("%1 is not a folder.").arg(QDir::toNativeSeparators(folder)) << Qt::endl;
        return Failure;
    }
    // Documents only: a published PDF under the folder is not printed again.
    const QList<BatchPdf::Job> jobs =
            BatchPdf::jobsFor(DocumentReview::documentsUnder(folder), folder, parser.value(outputOption));
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    // The charts are drawn on this thread (ChartPainter), so it runs an event loop meanwhile.
    QFutureWatcher<BatchPdf::Outcome> watcher;
    QEventLoop loop;
    int failed = 0;
    int done = 0;
    QObject::connect(&watcher, &QFutureWatcher<BatchPdf::Outcome>::resultReadyAt, &loop, [&](int index) {
        const BatchPdf::Outcome outcome = watcher.resultAt(index);
        m_err << QStringLiteral("[%1/%2] %3").arg(++done).arg(jobs.size()).arg(QDir::toNativeSeparators(outcome.input))
              << Qt::endl;
        if (!outcome.error.isEmpty()) {
            ++failed;
            m_err << "final-accounts: " << outcome.input << ": " << outcome.error << Qt::endl;
        }
    });
    QObject::connect(&watcher, &QFutureWatcher<BatchPdf::Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(BatchPdf::start(jobs, m_library, parser.isSet(finalOption), &pool));
    if (!watcher.isFinished())
        loop.exec();
    m_err << QCoreApplication::translate("CommandLine", "%1 of %n document(s) written to %2.", nullptr, int(jobs.size()))
                     .arg(jobs.size() - failed)
                     .arg(QDir::toNativeSeparators(parser.value(outputOption)))
          << Qt::endl;
    return failed == 0 ? Success : Failure;
}
