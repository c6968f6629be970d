#pragma once

#include "review/reviewrow.h"

#include <QStringList>

class TemplateLibrary;

// What the supervisor's table lists under a folder: every document (.fadb) and every published
// disclosure (.pdf), each read the way its kind is read. Safe to call from several threads.
namespace FolderReview {

// Every .fadb and .pdf (any case) under `folder` and its subfolders, sorted by relative path.
QStringList filesUnder(const QString &folder);
// The file's row: a document read and audited as the dock audits it, a PDF as `audit FILE.pdf`
// audits it; a file that cannot be read becomes a row with the message why.
ReviewRow review(const QString &path, const QString &folder, const TemplateLibrary &library);

} // namespace FolderReview
