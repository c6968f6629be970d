#pragma once

#include <QString>

struct ReportContent;

// Writes a disclosure snapshot to files without asking anyone: the command line and the
// editor's export both use it.
namespace DisclosureExport {

// A4 PDF with the Chinese font embedded as a subset. Returns false with `error` set on failure.
bool writePdf(const ReportContent &content, const QString &path, QString *error);
// The same content as an OpenDocument text.
bool writeOdt(const ReportContent &content, const QString &path, QString *error);

} // namespace DisclosureExport
