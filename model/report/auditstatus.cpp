#include "report/auditstatus.h"

#include "audit/auditengine.h"
#include "profile/checkrunner.h"
#include "document/document.h"
#include "profile/reporttemplate.h"

namespace AuditStatus {

QStringList errors(const Document &document)
{
    QStringList messages;
    QString unavailable;
    if (const auto engine = AuditEngine::forTemplate(document.reportTemplate().id(), &unavailable)) {
        for (const Finding &finding : engine->run(document)) {
            if (finding.severity == Severity::Error)
                messages.append(finding.message);
        }
        return messages;
    }
    for (const CheckResult &result : CheckRunner::failures(document)) {
        if (result.check && result.check->severity == QLatin1String("error"))
            messages.append(result.message);
    }
    return messages;
}

} // namespace AuditStatus
