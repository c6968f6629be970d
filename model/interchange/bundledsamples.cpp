#include "interchange/bundledsamples.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace BundledSamples {

QByteArray forTemplate(const QString &templateId)
{
    const QDir folder(QStringLiteral(":/samples"));
    for (const QString &name : folder.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray json = file.readAll();
        if (QJsonDocument::fromJson(json).object().value(QLatin1String("template")).toString() == templateId)
            return json;
    }
    return QByteArray();
}

} // namespace BundledSamples
