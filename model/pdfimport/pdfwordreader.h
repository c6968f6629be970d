#pragma once

#include "pdfimport/pdfpage.h"

#include <QList>
#include <QString>

#include <optional>

// Reads the text layer of a PDF file into pages of positioned words (poppler).
namespace PdfWordReader {

// Fails (nullopt, `error` set) on a missing, damaged, encrypted or non-PDF file.
std::optional<QList<PdfPage>> read(const QString &path, QString *error);

} // namespace PdfWordReader
