#include "editor/filedialogs.h"

#include "document/document.h"
#include "store/documentfile.h"
#include "store/documentstore.h"
#include "editor/newdocumentdialog.h"
#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace {

// Gives the free functions below a translation context that lupdate sees.
struct DialogText
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)
};

QString filter()
{
    return DialogText::tr("Final accounts (*.fadb)");
}

QString advice(DocumentStore::Failure failure)
{
    switch (failure) {
    case DocumentStore::Failure::NotFound:
        return DialogText::tr("Check that the file has not been moved, renamed or deleted, then open it again.");
    case DocumentStore::Failure::NotAFile:
    case DocumentStore::Failure::NotSqlite:
    case DocumentStore::Failure::Foreign:
        return DialogText::tr("Choose a file saved by this editor (*.fadb). Data from other programs can be brought in with "
                  "\"final-accounts import\".");
    case DocumentStore::Failure::Damaged:
        return DialogText::tr("The file was left unchanged. Open an earlier copy or a backup, and keep this file for support.");
    case DocumentStore::Failure::Newer:
        return DialogText::tr("Update the editor, or ask whoever sent the file for a version this installation can read.");
    case DocumentStore::Failure::DriverMissing:
        return DialogText::tr("The installation is incomplete: reinstall the editor.");
    case DocumentStore::Failure::InUse:
        return DialogText::tr("Close the other program that uses the file, then open it again.");
    case DocumentStore::Failure::NeedsRecovery:
    case DocumentStore::Failure::Io:
    case DocumentStore::Failure::None:
        break;
    }
    return DialogText::tr("Check that the folder exists and that you may write to it, then try again.");
}

} // namespace

namespace FileDialogs {

std::unique_ptr<Document> open(QWidget *parent, const QString &path, const TemplateLibrary &library)
{
    DocumentFile::Opened opened = DocumentFile::open(path, library);
    if (!opened.document) {
        QMessageBox box(QMessageBox::Warning, DialogText::tr("Cannot open the document"),
                        DialogText::tr("%1 could not be opened.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, parent);
        box.setInformativeText(opened.message + QLatin1String("\n\n") + advice(opened.failure));
        box.exec();
        return nullptr;
    }
    if (opened.document->isReadOnly()) {
        QMessageBox::information(parent, DialogText::tr("Opened read-only"), opened.document->readOnlyReason());
    }
    return std::move(opened.document);
}

std::unique_ptr<Document> createNew(QWidget *parent, const TemplateLibrary &library)
{
    NewDocumentDialog dialog(library, parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const DepartmentInfo department = dialog.department();
    const QString suggested = QDir::home().filePath(department.name + QString::number(department.year)
                                                    + QStringLiteral(".fadb"));
    const QString path = QFileDialog::getSaveFileName(parent, DialogText::tr("Create the disclosure as"), suggested, filter());
    if (path.isEmpty())
        return nullptr;
    DocumentData data;
    data.department = department;
    DocumentFile::Opened created = DocumentFile::create(path, library.find(dialog.templateId()), data, true, library);
    if (!created.document) {
        QMessageBox box(QMessageBox::Warning, DialogText::tr("Cannot create the document"),
                        DialogText::tr("%1 could not be created.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, parent);
        box.setInformativeText(created.message + QLatin1String("\n\n") + advice(created.failure));
        box.exec();
    }
    return std::move(created.document);
}

QString saveCopy(QWidget *parent, const Document &document)
{
    const QFileInfo current(document.filePath());
    const QString suggested = current.exists() ? current.dir().filePath(current.completeBaseName() + DialogText::tr("-copy")
                                                                        + QStringLiteral(".fadb"))
                                               : QDir::home().filePath(document.data().department.name
                                                                       + QStringLiteral(".fadb"));
    const QString path = QFileDialog::getSaveFileName(parent, DialogText::tr("Save a copy as"), suggested, filter());
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path) == current) {
        QMessageBox::warning(parent, DialogText::tr("Cannot save the copy"), DialogText::tr("Choose a different file than the open one."));
        return QString();
    }
    QString error;
    if (!DocumentStore::create(path, document.data(), true, &error)) {
        QMessageBox box(QMessageBox::Warning, DialogText::tr("Cannot save the copy"),
                        DialogText::tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, parent);
        box.setInformativeText(error + QLatin1String("\n\n") + advice(DocumentStore::Failure::Io));
        box.exec();
        return QString();
    }
    return path;
}

} // namespace FileDialogs
