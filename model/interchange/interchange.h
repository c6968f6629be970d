#pragma once

#include "document/documentdata.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

class Document;
class ReportTemplate;
class TemplateLibrary;

// The documented JSON interchange format (docs/interchange.md): every input of a document,
// amounts as exact decimal strings in 万元, and on export every derived figure besides.
namespace Interchange {

inline constexpr char FormatName[] = "final-accounts-interchange";
inline constexpr int FormatVersion = 1;

struct ReadResult
{
    std::shared_ptr<const ReportTemplate> reportTemplate;
    DocumentData data;
    QStringList errors; // each begins with the JSON path it is about
    bool ok() const { return errors.isEmpty(); }
};

// Validates everything and reports every error found; a result with errors must not be used.
ReadResult read(const QByteArray &json, const TemplateLibrary &library);
QByteArray write(const Document &document);

} // namespace Interchange
