#include "store/documentfile.h"

#include "document/document.h"
#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace DocumentFile {

namespace {

// A stored value must pass the checks a typed one passes (sign, range), or the file is refused.
QString badCell(const Document &document)
{
    const SheetLayout &layout = document.layout();
    for (auto it = document.data().cells.constBegin(); it != document.data().cells.constEnd(); ++it) {
        if (!layout.contains(it.key()) || !layout.isInput(it.key()))
            continue;
        const QString problem = document.validate({ it.key(), it.value() });
        if (!problem.isEmpty())
            return QCoreApplication::translate("DocumentFile", "The document is damaged: cell %1 holds %2. %3")
                    .arg(it.key().toString())
                    .arg(it.value())
                    .arg(problem);
    }
    return QString();
}

// The document of a file, checked, without deciding yet whether it may be edited.
Opened load(const QString &path, const TemplateLibrary &library, DocumentStore::Access access,
            DocumentStore::OpenResult *result)
{
    Opened opened;
    *result = DocumentStore::open(path, access);
    if (!result->store) {
        opened.failure = result->failure;
        opened.message = result->message;
        return opened;
    }
    const std::shared_ptr<const ReportTemplate> reportTemplate = library.find(result->data.templateId);
    if (!reportTemplate) {
        opened.failure = DocumentStore::Failure::Newer;
        opened.message = QCoreApplication::translate("DocumentFile",
                                                     "%1 uses the template \"%2\", which this installation does not "
                                                     "have (it has: %3).")
                                 .arg(QFileInfo(path).fileName(), result->data.templateId,
                                      library.ids().join(QLatin1String(", ")));
        return opened;
    }
    QString error;
    opened.document = Document::create(reportTemplate, std::move(result->data), &error);
    if (!opened.document || !(error = badCell(*opened.document)).isEmpty()) {
        opened.document.reset();
        opened.failure = DocumentStore::Failure::Damaged;
        opened.message = error;
    }
    return opened;
}

} // namespace

Opened open(const QString &path, const TemplateLibrary &library)
{
    DocumentStore::OpenResult result;
    Opened opened = load(path, library, DocumentStore::Access::Edit, &result);
    if (!opened.document)
        return opened;
    QString error;
    if (result.lockedElsewhere) {
        opened.message = QCoreApplication::translate("DocumentFile",
                                                     "%1 is already open in another window or program, so it was "
                                                     "opened read-only. Close it there to edit it here.")
                                 .arg(QFileInfo(path).fileName());
    } else if (result.readOnlyFile) {
        opened.message = QCoreApplication::translate("DocumentFile",
                                                     "%1 is read-only, so it was opened read-only. Save a copy to "
                                                     "edit it.")
                                 .arg(QFileInfo(path).fileName());
    } else if (!result.store->startWriting(&error)) {
        opened.message = error;
    }
    opened.document->setStore(std::move(result.store));
    if (!opened.message.isEmpty())
        opened.document->setReadOnly(true, opened.message);
    return opened;
}

Opened read(const QString &path, const TemplateLibrary &library)
{
    DocumentStore::OpenResult result;
    Opened opened = load(path, library, DocumentStore::Access::Read, &result);
    if (opened.document)
        opened.document->setReadOnly(true, QCoreApplication::translate("DocumentFile", "%1 was opened only to be read.")
                                                   .arg(QFileInfo(path).fileName()));
    return opened;
}

Opened create(const QString &path, std::shared_ptr<const ReportTemplate> reportTemplate, const DocumentData &data,
              bool overwrite, const TemplateLibrary &library)
{
    DocumentData complete = data;
    complete.templateId = reportTemplate->id();
    QString error;
    if (!DocumentStore::create(path, complete, overwrite, &error)) {
        Opened failed;
        failed.failure = DocumentStore::Failure::Io;
        failed.message = error;
        return failed;
    }
    return open(path, library);
}

} // namespace DocumentFile
