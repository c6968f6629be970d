#pragma once

#include <QStringList>

class Document;

// Whether a document may be published as it stands: the messages of the audit's errors. Uses
// the template's audit rules where they exist, else the template's own checks.
namespace AuditStatus {

QStringList errors(const Document &document);

} // namespace AuditStatus
