#include "review/batchpdf.h"

#include "document/document.h"
#include "print/disclosureexport.h"
#include "report/reportcontent.h"
#include "store/documentfile.h"
#include "store/platformfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

namespace BatchPdf {

QList<Job> jobsFor(const QStringList &documents, const QString &folder, const QString &outputFolder)
{
    const QDir from(folder);
    const QDir to(outputFolder);
    QList<Job> jobs;
    for (const QString &document : documents) {
        const QString relative = from.relativeFilePath(document);
        const QString base = QFileInfo(relative).path() + QLatin1Char('/') + QFileInfo(relative).completeBaseName();
        jobs.append({ document, QDir::cleanPath(to.filePath(base + QLatin1String(".pdf"))) });
    }
    return jobs;
}

Outcome run(const Job &job, const TemplateLibrary &library, bool final, const CancelFlag &cancel)
{
    const auto cancelled = [&] { return cancel && cancel->load(); };
    Outcome outcome { job.input, job.output, QString() };
    const DocumentFile::Opened opened = DocumentFile::read(job.input, library);
    if (!opened.document) {
        outcome.error = opened.message;
        return outcome;
    }
    if (!QDir().mkpath(QFileInfo(job.output).absolutePath())) {
        outcome.error = QCoreApplication::translate("BatchPdf", "Cannot create the folder %1.")
                                .arg(QDir::toNativeSeparators(QFileInfo(job.output).absolutePath()));
        return outcome;
    }
    ReportContent content = ReportContent::build(*opened.document);
    content.final = final;
    // Written under a name of its own first: a cancel that comes while the pages are painted
    // throws them away, and the PDF's own name only ever holds a whole file.
    const QString partial = job.output + QLatin1String(".partial");
    const bool written = !cancelled() && DisclosureExport::writePdf(content, partial, &outcome.error);
    if (written && cancelled())
        outcome.error = QCoreApplication::translate("BatchPdf", "Cancelled.");
    if (!written || !outcome.error.isEmpty() || !PlatformFile::renameOver(partial, job.output, &outcome.error))
        QFile::remove(partial);
    return outcome;
}

QFuture<Outcome> start(const QList<Job> &jobs, const TemplateLibrary &library, bool final, QThreadPool *pool,
                       const CancelFlag &cancel)
{
    return QtConcurrent::mapped(pool, jobs,
                                [&library, final, cancel](const Job &job) { return run(job, library, final, cancel); });
}

} // namespace BatchPdf
