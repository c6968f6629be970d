#pragma once

#include <QFuture>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class QThreadPool;
class TemplateLibrary;

// PDFs of many documents at once, one job per document on a thread pool (QtConcurrent). Each
// job reads its document without the writer's lock, builds the printable content (audit,
// narrative, tables) and paints the pages on its own thread; only the charts are drawn on the
// application's thread (see ChartPainter), which must run its event loop meanwhile. Each PDF is
// written to a temporary file and renamed into place, so a cancelled or failed export leaves
// no half-written file. Cancelling stops the jobs that have not started, and a running job
// throws its pages away instead of renaming them in.
namespace BatchPdf {

struct Job
{
    QString input;  // a .fadb
    QString output; // the PDF to write
};

struct Outcome
{
    QString input;
    QString output;
    QString error; // empty when the PDF was written
};

// A job per document: `documents` under `folder` become PDFs at the same relative paths under
// `outputFolder`.
QList<Job> jobsFor(const QStringList &documents, const QString &folder, const QString &outputFolder);
// Set to stop a batch: the running jobs then leave no file.
using CancelFlag = std::shared_ptr<std::atomic_bool>;

// Runs one job on the calling thread.
Outcome run(const Job &job, const TemplateLibrary &library, bool final, const CancelFlag &cancel = {});
// Runs every job on `pool`; results are reported as each job ends. `library` must outlive it.
// Cancel with both `cancel` and the future's cancel().
QFuture<Outcome> start(const QList<Job> &jobs, const TemplateLibrary &library, bool final, QThreadPool *pool,
                       const CancelFlag &cancel = {});

} // namespace BatchPdf
