#pragma once

#include "evaluation/projectform.h"

#include <QString>

#include <optional>

// The stable names of the form's choices as files and interchange JSON spell them
// ("appropriation", "fullBudget", "quantity", ">="), independent of the user's language.
namespace FormKeys {

QString key(FundSource source);
QString key(FundColumn column);
QString key(IndicatorCategory category);
QString key(Comparison comparison);

std::optional<FundSource> fundSource(const QString &key);
std::optional<FundColumn> fundColumn(const QString &key);
std::optional<IndicatorCategory> category(const QString &key);
std::optional<Comparison> comparison(const QString &key);

} // namespace FormKeys
