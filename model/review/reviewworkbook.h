#pragma once

#include "review/reviewrow.h"

#include <QList>
#include <QString>

// The supervisor's table as an Excel workbook (libxlsxwriter, like the document's workbook):
// one sheet, a bold header row, counts as numbers, an unreadable file's counts left empty.
namespace ReviewWorkbook {

// Written in a private temporary folder and then saved under `path` in one step, so that a
// failure leaves any earlier file there as it was; on failure `error` says why.
bool write(const QList<ReviewRow> &rows, const QString &path, QString *error);

} // namespace ReviewWorkbook
