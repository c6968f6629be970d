#include "review/folderreview.h"

#include "review/documentreview.h"
#include "review/publishedpdfreview.h"

namespace FolderReview {

QStringList filesUnder(const QString &folder)
{
    return DocumentReview::filesUnder(folder, { QStringLiteral("*.fadb"), QStringLiteral("*.pdf") });
}

ReviewRow review(const QString &path, const QString &folder, const TemplateLibrary &library)
{
    return ReviewRow::kindOf(path) == ReviewRow::FileKind::PublishedPdf
            ? PublishedPdfReview::review(path, folder, library)
            : DocumentReview::review(path, folder, library);
}

} // namespace FolderReview
