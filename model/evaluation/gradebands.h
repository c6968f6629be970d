#pragma once

#include "evaluation/points.h"

#include <QList>
#include <QString>

#include <optional>

class QJsonValue;

// The grades a total score falls into (自评等级), which are local policy: each band names its
// grade and its lowest score, highest band first ("优" from 90, "良" from 80, …).
class GradeBands
{
public:
    struct Band
    {
        QString grade;
        Points from;
        bool operator==(const Band &) const = default;
    };

    // A profile's grades.json "bands": [{"id": "excellent", "grade": "优", "from": 90}, …],
    // highest first, the last from 0. Absent or malformed fails with `error` set.
    static std::optional<GradeBands> fromJson(const QJsonValue &json, QString *error);

    const QList<Band> &bands() const { return m_bands; }
    // The grade of a total score: the first band whose lower bound it reaches.
    QString gradeOf(Points total) const;

private:
    QList<Band> m_bands;
};
