#pragma once

#include <QStringList>

class Document;

// Whether a document may be published as it stands: the messages of the audit's errors, from
// the same findings the audit dock, the navigation marks and `final-accounts audit` show. An
// audit that cannot run is itself an error.
namespace AuditStatus {

QStringList errors(const Document &document);

} // namespace AuditStatus
