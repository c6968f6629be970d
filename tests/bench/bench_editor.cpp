// Measures what an accountant feels: the time from committing a keystroke in a table to every
// open table view being up to date (recalculation, change signals, model updates and the
// repaint of the visible editor), and the editor's peak memory with the sample open. The
// editor is measured on the sample in memory and again with its file attached, because the
// store's write-through (SQLite, WAL, synchronous = FULL) waits for the disk on every commit.
#include "editor/appsettings.h"
#include "document/document.h"
#include "store/documentstore.h"
#include "editor/editorworkspace.h"
#include "editor/languageswitcher.h"
#include "editor/mainwindow.h"
#include "interchange/interchange.h"
#include "editor/tableformeditor.h"
#include "models/tableformmodel.h"
#include "profile/templatelibrary.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int Rounds = 400;

qint64 peakRssKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The sample in memory, or, with a `path`, written to a file and opened from it.
std::unique_ptr<Document> openSample(const TemplateLibrary &library, const QString &path)
{
    QFile file(QStringLiteral(":/samples/xianning-2024.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the sample is not in the resources");
    Interchange::ReadResult read = Interchange::read(file.readAll(), library);
    QString error;
    if (path.isEmpty())
        return Document::create(read.reportTemplate, std::move(read.data), &error);
    if (!DocumentStore::create(path, read.data, true, &error))
        qFatal("%s", qPrintable(error));
    DocumentStore::OpenResult opened = DocumentStore::open(path);
    auto document = Document::create(read.reportTemplate, std::move(opened.data), &error);
    document->setStore(std::move(opened.store));
    return document;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min(samples.size() - 1, qsizetype(p * samples.size())));
}

void measure(MainWindow &window, std::unique_ptr<Document> document, const QString &label, QTextStream &out)
{
    window.setDocument(std::move(document));
    // Every table and sheet open, as after a day's work; T5 is the one being typed into.
    EditorWorkspace *workspace = window.workspace();
    for (const TableDef &table : window.document()->reportTemplate().tables())
        workspace->showEntry(QStringLiteral("table:") + table.id);
    for (const TableDef &sheet : window.document()->reportTemplate().sheets())
        workspace->showEntry(QStringLiteral("sheet:") + sheet.id);
    workspace->showEntry(QStringLiteral("table:T5"));
    QApplication::processEvents();
    TableFormModel *t5 = workspace->tableEditor(QStringLiteral("T5"))->model();
    const QModelIndex cell = t5->indexOf({ QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("basic") });

    QList<double> commit;
    QList<double> painted;
    QElapsedTimer timer;
    for (int i = 0; i < Rounds; ++i) {
        const QString text = QString::number(500 + i % 97) + QStringLiteral(".25");
        timer.start();
        t5->setData(cell, text); // what the delegate does when Enter is pressed
        commit.append(timer.nsecsElapsed() / 1e6);
        QApplication::processEvents(); // the repaint of the visible table
        painted.append(timer.nsecsElapsed() / 1e6);
    }
    out << label << ": keystroke commit -> every open model updated: median " << percentile(commit, 0.5)
        << " ms, p95 " << percentile(commit, 0.95) << " ms; -> visible table repainted: median "
        << percentile(painted, 0.5) << " ms, p95 " << percentile(painted, 0.95) << " ms (target < 5 ms)\n";
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    const std::unique_ptr<TemplateLibrary> library = TemplateLibrary::loadBuiltIn(&error);
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(store);
    LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("zh_CN"));
    MainWindow window(*library, settings, languages);
    window.resize(1400, 900);
    window.show();

    measure(window, openSample(*library, QString()), QStringLiteral("sample in memory"), out);
    measure(window, openSample(*library, dir.filePath(QStringLiteral("bench.fadb"))),
            QStringLiteral("sample file, with write-through"), out);
    out << "peak RSS with the sample open (both runs): " << peakRssKilobytes() / 1024.0
        << " MB (target < 150 MB)\n";
    window.setDocument(nullptr);
    return 0;
}
