#include "review/documentreview.h"

#include "audit/auditengine.h"
#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "signoff/reviewstatus.h"
#include "store/documentfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace DocumentReview {

QStringList filesUnder(const QString &folder, const QStringList &nameFilters)
{
    // Absolute from the start: a relative folder's files would otherwise be taken as relative to
    // the folder itself and named twice over.
    const QDir root(QFileInfo(folder).absoluteFilePath());
    QStringList files;
    QDirIterator it(root.path(), nameFilters, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    std::sort(files.begin(), files.end());
    for (QString &file : files)
        file = root.absoluteFilePath(file);
    return files;
}

QStringList documentsUnder(const QString &folder)
{
    return filesUnder(folder, { QStringLiteral("*.fadb") });
}

QDateTime lastChange(const QString &path)
{
    const QDateTime file = QFileInfo(path).lastModified();
    const QFileInfo wal(path + QLatin1String("-wal"));
    return wal.exists() && wal.size() > 0 && wal.lastModified() > file ? wal.lastModified() : file;
}

ReviewRow fileRow(const QString &path, const QString &folder)
{
    ReviewRow row;
    row.path = QFileInfo(path).absoluteFilePath();
    row.relativePath = QDir(folder).relativeFilePath(row.path);
    row.kind = ReviewRow::kindOf(path);
    row.lastChange = lastChange(path);
    return row;
}

void countFindings(const QList<Finding> &findings, ReviewRow *row)
{
    for (const Finding &finding : findings) {
        if (finding.severity == Severity::Error) {
            ++row->errors;
        } else if (finding.severity == Severity::Warning) {
            ++row->warnings;
            ++row->unexplained;
        } else if (!finding.explainKey.isEmpty() && finding.isExplained()) {
            ++row->warnings; // an explained warning, which the audit turned into an info
        }
    }
}

ReviewRow review(const QString &path, const QString &folder, const TemplateLibrary &library)
{
    ReviewRow row = fileRow(path, folder);
    const DocumentFile::Opened opened = DocumentFile::read(path, library);
    if (!opened.document) {
        row.message = opened.message;
        return row;
    }
    const Document &document = *opened.document;
    row.department = document.data().department.name;
    row.year = document.data().department.year;
    row.profileId = document.reportTemplate().id();
    row.profileTitle = document.reportTemplate().title();

    QString error;
    const auto engine = AuditEngine::forTemplate(document.reportTemplate(), &error);
    if (!engine) {
        row.message = error;
        return row;
    }
    countFindings(engine->run(document), &row);
    // A profile without a narrative wording has no reasons to fill.
    if (const auto wording = NarrativeTemplate::forTemplate(document.reportTemplate(), &error))
        row.emptyReasons = int(NarrativeGenerator::generate(*wording, document).missingReasons.size());
    const ReviewStatus review(document);
    row.review = review.summary();
    row.approvedSections = review.count(ReviewMark::Approved);
    row.sections = int(review.sections().size());
    return row;
}

} // namespace DocumentReview
