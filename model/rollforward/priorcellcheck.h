#pragma once

#include "profile/profilepackage.h"

#include <QList>

class QJsonObject;
class ReportTemplate;

// Checks a part's "prior" map (rollforward.json, pdf.json): each key a cell of the profile's
// prior-year sheet, each value a cell of its tables, so that a misspelt cell is refused when the
// package is checked rather than carried as nothing when a year is started.
namespace PriorCellCheck {

QList<ProfilePartFault> check(const ReportTemplate &reportTemplate, const QString &part, const QJsonObject &prior);

} // namespace PriorCellCheck
