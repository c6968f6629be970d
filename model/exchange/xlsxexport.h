#pragma once

#include <QString>

class Document;

// A document as an Excel workbook: the statutory tables and the input sheets in their official
// layout (one worksheet each, totals as formulas with their values), the document's identity, its
// texts, its projects' self-evaluation forms (XlsxFormSheet) and the narrative's computed figures.
namespace XlsxExport {

// Sheet names the import recognises besides the tables.
inline QString infoSheetName() { return QStringLiteral("文档信息"); }
inline QString textsSheetName() { return QStringLiteral("文字说明"); }
inline QString figuresSheetName() { return QStringLiteral("说明数字"); }

// Writes the workbook beside `path` and moves it into place only once it is complete; on
// failure nothing is left behind and `error` says why.
bool write(const Document &document, const QString &path, QString *error);

} // namespace XlsxExport
