#pragma once

#include <QString>

#include <memory>

class Document;
class QWidget;
class TemplateLibrary;

// The file steps of the main window that talk to the user: opening (with a dialog saying
// what went wrong and what to do), creating a new disclosure, saving a copy.
namespace FileDialogs {

// Opens `path`; on failure explains it in a dialog and returns nullptr. A document that
// opened read-only comes with a note saying why.
std::unique_ptr<Document> open(QWidget *parent, const QString &path, const TemplateLibrary &library);
// Asks for template, department, year and a file name; returns the new document or nullptr.
std::unique_ptr<Document> createNew(QWidget *parent, const TemplateLibrary &library);
// Asks for a file name and writes a copy of `document` there; returns the path or "".
QString saveCopy(QWidget *parent, const Document &document);

} // namespace FileDialogs
