#include "signoff/signaturelines.h"

#include "document/document.h"
#include "signoff/reviewstatus.h"
#include "signoff/signoffrules.h"

namespace SignatureLines {

QStringList build(const Document &document, const SignoffRules &rules)
{
    const QList<Signature> &signatures = document.data().signoff.signatures;
    if (signatures.isEmpty())
        return {};
    const ReviewStatus status(document);
    QStringList lines;
    for (const QString &role : rules.roles) {
        QString line = role + QStringLiteral("：");
        for (auto it = signatures.crbegin(); it != signatures.crend(); ++it) {
            if (it->role != role || !status.isCurrent(*it))
                continue;
            const QDate date = it->at.toLocalTime().date();
            line += QStringLiteral("%1　%2年%3月%4日").arg(it->name).arg(date.year()).arg(date.month()).arg(date.day());
            break;
        }
        lines.append(line);
    }
    return lines;
}

} // namespace SignatureLines
