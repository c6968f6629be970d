#pragma once

#include "profile/profilepackage.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;
class ReportTemplate;

// How a province prints its disclosure, as far as reading a published PDF needs to know:
// tolerances, the lines that end or frame a table, where the narrative starts and ends, and
// which printed figures are last year's figures of the next year. Read from the profile's
// pdf.json (docs/pdf-import.md), so that no layout fact lives in C++.
struct PdfLayout {
    double lineTolerance = 3; // points between the vertical centres of one line's words
    double maxWordHeightRatio = 3.0; // taller words (watermarks) are not table text
    double singleColumnHalfWidth = 40; // points either side of a lone value column's centre
    int maxLabelLines = 5; // lines a row label may wrap to, above or below its figures
    QString lanciLabel; // the word that starts the 栏次 line
    QStringList titleSuffixes; // （续表）: a table continued on a further page
    QRegularExpression tableNumber; // 公开05表: printed beside the title, ignored when matching
    QRegularExpression ordinalPrefix; // 一、: numbering in front of row labels
    QList<QRegularExpression> tableEnd; // a line that ends the table (注：…)
    QList<QRegularExpression> pageFrame; // lines that are not content (page numbers)
    QRegularExpression department; // captures the department's name
    QRegularExpression year; // captures the year of the disclosure
    QRegularExpression narrativeStart;
    QRegularExpression narrativeEnd;
    QHash<QString, QString> prior; // prior-year sheet row → the cell that holds its figure
    // Audit findings (by kind or rule id) that need what published tables do not carry: last
    // year's figures, the reasons typed in the editor, the projects.
    QStringList unprintedKinds;
    QStringList unprintedRules;

    static std::optional<PdfLayout> fromJson(const QJsonObject &json, QString *error);
    // The profile's "pdf" part, merged with its bases like every part; none when it has none.
    static std::optional<PdfLayout> forTemplate(const ReportTemplate &reportTemplate, QString *error);
    // What `profile check` finds wrong in the profile's "pdf" part beyond its shape: a pattern
    // that is no regular expression, a prior-year cell the profile does not have, a rule it
    // does not have.
    static QList<ProfilePartFault> check(const ReportTemplate &reportTemplate);
};
