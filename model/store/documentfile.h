#pragma once

#include "store/documentstore.h"

#include <QString>

#include <memory>

class Document;
class ReportTemplate;
class TemplateLibrary;

// Opening and creating document files: the store, the template it names and the document,
// put together, with a message for everything that can go wrong on the way.
namespace DocumentFile {

struct Opened
{
    std::unique_ptr<Document> document;
    DocumentStore::Failure failure = DocumentStore::Failure::None;
    QString message; // why it failed, or why it opened read-only
};

Opened open(const QString &path, const TemplateLibrary &library);
// Reads a document without taking the writer's lock and without keeping the file open: the
// document has no store and is read-only (a reviewer's look at many files).
Opened read(const QString &path, const TemplateLibrary &library);
// Writes a new file from `data` and opens it.
Opened create(const QString &path, std::shared_ptr<const ReportTemplate> reportTemplate, const DocumentData &data,
              bool overwrite, const TemplateLibrary &library);

} // namespace DocumentFile
