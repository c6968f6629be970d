#include "print/disclosureexport.h"

#include "print/disclosurerenderer.h"
#include "print/pagesetupstore.h"
#include "report/reportcontent.h"
#include "print/reporttextdocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace DisclosureExport {

bool writePdf(const ReportContent &content, const QString &path, QString *error)
{
    // Written to a temporary file and renamed at the end, so that a failed export never leaves
    // half a PDF under the real name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("DisclosureExport", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Final Accounts Editor"));
        writer.setPageLayout(PageSetupStore::defaultLayout());
        if (DisclosureRenderer::render(content, &writer) == 0) {
            *error = QCoreApplication::translate("DisclosureExport", "Cannot draw the PDF %1.").arg(path);
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        *error = QCoreApplication::translate("DisclosureExport", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeOdt(const ReportContent &content, const QString &path, QString *error)
{
    QTextDocument document;
    ReportTextDocument::build(content, &document);
    // The ODF writer closes its device when done, which a QSaveFile does not allow: the package
    // is put together in memory first.
    QBuffer package;
    package.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&package, "odf");
    if (!writer.write(&document)) {
        *error = QCoreApplication::translate("DisclosureExport", "Cannot write %1.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(package.data()) != package.data().size()
        || !file.commit()) {
        *error = QCoreApplication::translate("DisclosureExport", "Cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace DisclosureExport
