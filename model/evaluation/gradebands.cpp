#include "evaluation/gradebands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

std::optional<GradeBands> GradeBands::fromJson(const QJsonValue &json, QString *error)
{
    if (!json.isArray() || json.toArray().isEmpty()) {
        *error = QCoreApplication::translate("GradeBands", "\"bands\" must be a list of grade bands, highest first.");
        return std::nullopt;
    }
    GradeBands result;
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject band = array.at(i).toObject();
        const QString grade = band.value(QLatin1String("grade")).toString().trimmed();
        const PointsParseResult from = parsePoints(QString::number(band.value(QLatin1String("from")).toDouble(-1)));
        if (grade.isEmpty() || !band.value(QLatin1String("from")).isDouble() || !from.ok || from.empty) {
            *error = QCoreApplication::translate("GradeBands", "bands[%1] needs a \"grade\" and a \"from\" score between 0 and 1000.").arg(i);
            return std::nullopt;
        }
        if (!result.m_bands.isEmpty() && from.value >= result.m_bands.constLast().from) {
            *error = QCoreApplication::translate("GradeBands", "bands[%1] must start below the band before it.").arg(i);
            return std::nullopt;
        }
        result.m_bands.append({ grade, from.value });
    }
    if (result.m_bands.constLast().from != Points()) {
        *error = QCoreApplication::translate("GradeBands", "The last of the bands must start from 0, so that every score has a grade.");
        return std::nullopt;
    }
    return result;
}

QString GradeBands::gradeOf(Points total) const
{
    for (const Band &band : m_bands) {
        if (total >= band.from)
            return band.grade;
    }
    return m_bands.isEmpty() ? QString() : m_bands.constLast().grade;
}
