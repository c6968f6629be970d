#include "signoff/username.h"

#include <QtGlobal>

namespace UserName {

QString resolve(const QString &configured)
{
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    for (const char *variable : { "USERNAME", "USER", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("?");
}

} // namespace UserName
