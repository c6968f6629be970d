// Measures what recording the change history adds to one edit: naming the change and taking
// its old value (HistoryRecorder::record), and writing its row in the edit's transaction
// (DocumentStore::apply with and without the entry), on a file with an empty history and on one
// with a long history already recorded.
#include "document/document.h"
#include "history/historyrecorder.h"
#include "profile/templatelibrary.h"
#include "store/documentstore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int Rounds = 300;

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

std::unique_ptr<Document> openFile(const QString &path, const DocumentData &data)
{
    QString error;
    if (!DocumentStore::create(path, data, true, &error))
        qFatal("%s", qPrintable(error));
    DocumentStore::OpenResult opened = DocumentStore::open(path);
    const auto reportTemplate = TestSupport::library().find(opened.data.templateId);
    auto document = Document::create(reportTemplate, std::move(opened.data), &error);
    document->setStore(std::move(opened.store));
    if (!document->store()->startWriting(&error))
        qFatal("%s", qPrintable(error));
    return document;
}

// Median microseconds of one committed batch of one cell, with or without its history entry.
double applyMicroseconds(Document &document, bool withHistory)
{
    const CellRef cell { QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("basic") };
    QList<double> samples;
    for (int i = 0; i < Rounds; ++i) {
        StoreBatch batch;
        batch.cells = { { cell, qint64(1'000'000 + i) } };
        if (withHistory)
            batch.history = document.history()->record(batch);
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!document.store()->apply(&batch, &error))
            qFatal("%s", qPrintable(error));
        samples.append(double(timer.nsecsElapsed()) / 1000.0);
    }
    return median(samples);
}

double recordMicroseconds(Document &document)
{
    const CellRef cell { QStringLiteral("T5"), QStringLiteral("2010601"), QStringLiteral("basic") };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Rounds * 10; ++i) {
        StoreBatch batch;
        batch.cells = { { cell, qint64(2'000'000 + i) } };
        if (document.history()->record(batch).size() != 1)
            qFatal("no entry recorded");
    }
    return double(timer.nsecsElapsed()) / 1000.0 / (Rounds * 10);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const auto sample = TestSupport::sampleDocument();
    DocumentData data = sample->data();
    for (const qsizetype existing : { qsizetype(0), qsizetype(100'000) }) {
        data.history.clear();
        for (qsizetype i = 0; i < existing; ++i) {
            HistoryEntry entry;
            entry.id = i + 1;
            entry.at = QDateTime::currentDateTimeUtc();
            entry.user = QStringLiteral("bench");
            entry.target = QStringLiteral("T5.2010601.basic");
            entry.oldValue = i;
            entry.newValue = i + 1;
            data.history.append(entry);
        }
        auto document = openFile(dir.filePath(QStringLiteral("bench-%1.fadb").arg(existing)), data);
        const double record = recordMicroseconds(*document);
        const double without = applyMicroseconds(*document, false);
        const double with = applyMicroseconds(*document, true);
        out << QStringLiteral(
            "history of %1 entries: record %2 µs; commit without entry %3 µs, with entry %4 µs "
            "(median of %5 commits, synchronous = FULL)\n")
                   .arg(existing)
                   .arg(record, 0, 'f', 1)
                   .arg(without, 0, 'f', 0)
                   .arg(with, 0, 'f', 0)
                   .arg(Rounds);
        out.flush();
    }
    return 0;
}
