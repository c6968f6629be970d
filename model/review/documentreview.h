#pragma once

#include "review/reviewrow.h"

#include <QList>
#include <QStringList>

class TemplateLibrary;
struct Finding;

// Reads one document for the supervisor's table: opened only to be read (the writer's lock is
// left to whoever edits it), audited like the dock and the command line audit it, its empty
// reasons counted, and closed again. Safe to call from several threads at once.
namespace DocumentReview {

// Every file under `folder` and its subfolders whose name matches one of `nameFilters` (in any
// case: 甲局.FADB too), as absolute paths sorted by relative path.
QStringList filesUnder(const QString &folder, const QStringList &nameFilters);
// Every .fadb under `folder` and its subfolders, sorted by relative path.
QStringList documentsUnder(const QString &folder);
// The row of the file at `path` before it is read: its paths, kind and last change.
ReviewRow fileRow(const QString &path, const QString &folder);
// Counts the audit's findings into the row: errors, warnings, and the warnings without an
// explanation (an explained warning is an info that still counts as a warning).
void countFindings(const QList<Finding> &findings, ReviewRow *row);
// A row for the file at `path`; a file that cannot be read becomes a row with the message why.
ReviewRow review(const QString &path, const QString &folder, const TemplateLibrary &library);
// When the file last changed: the later of the file and its write-ahead log (a document being
// edited keeps its latest edits there until it is closed).
QDateTime lastChange(const QString &path);

} // namespace DocumentReview
