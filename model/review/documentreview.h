#pragma once

#include "review/reviewrow.h"

#include <QStringList>

class TemplateLibrary;

// Reads one document for the supervisor's table: opened only to be read (the writer's lock is
// left to whoever edits it), audited like the dock and the command line audit it, its empty
// reasons counted, and closed again. Safe to call from several threads at once.
namespace DocumentReview {

// Every .fadb under `folder` and its subfolders, sorted by relative path.
QStringList documentsUnder(const QString &folder);
// A row for the file at `path`; a file that cannot be read becomes a row with the message why.
ReviewRow review(const QString &path, const QString &folder, const TemplateLibrary &library);
// When the file last changed: the later of the file and its write-ahead log (a document being
// edited keeps its latest edits there until it is closed).
QDateTime lastChange(const QString &path);

} // namespace DocumentReview
