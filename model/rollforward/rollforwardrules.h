#pragma once

#include "document/cellref.h"
#include "profile/profilepackage.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;
class ReportTemplate;

// How a profile starts next year's document from this year's, read from its data files:
// `rollforward.json` (which 决算 figures become the prior-year figures, which texts stay) and
// `codemap.json` (last year's 科目 codes renamed, merged or split into this year's).
struct RollForwardRules
{
    QList<std::pair<CellRef, CellRef>> prior; // next year's prior-year cell ← this year's cell
    QStringList keepTexts;
    // Old code → new codes: one for a rename or a merge, several for a split, none when the
    // code was retired without a successor.
    QMap<QString, QStringList> codes;

    // The profile's "rollforward" part (merged with its bases like every part) and the code map
    // in the profile's own folder: a code map leads from the year before the profile's year to
    // its year, so a profile does not inherit its base's. No code map maps nothing.
    static std::optional<RollForwardRules> forTemplate(const ReportTemplate &reportTemplate, QString *error);
    static std::optional<RollForwardRules> fromJson(const QJsonObject &json, QString *error);
    // What `profile check` finds wrong in the profile's rollforward part and code map beyond their
    // shape: a cell the profile does not have, a text it does not keep, a code map leading to a
    // code that is no 项 of the profile's code book (every row mapped there would be left out).
    static QList<ProfilePartFault> check(const ReportTemplate &reportTemplate);
    // Reads a code map ({"codes": {"2010350": "2010399", "2130101": ["2130104", "2130105"], "2080501": null}})
    // into `codes`, replacing what was there.
    bool readCodeMap(const QByteArray &json, QString *error);
};
