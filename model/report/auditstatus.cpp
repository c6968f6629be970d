#include "report/auditstatus.h"

#include "audit/auditengine.h"
#include "document/document.h"

namespace AuditStatus {

QStringList errors(const Document &document)
{
    QString unavailable;
    const auto engine = AuditEngine::forTemplate(document.reportTemplate(), &unavailable);
    if (!engine)
        return { unavailable };
    QStringList messages;
    for (const Finding &finding : engine->run(document)) {
        if (finding.severity == Severity::Error)
            messages.append(finding.message);
    }
    return messages;
}

} // namespace AuditStatus
