#pragma once

#include "evaluation/projectform.h"

#include <QString>

// The printed form's own words for its groups, categories and fund sources. They are the
// published document's words, so they stay Chinese in every interface language (FormTerms has
// the user's words for the editor).
namespace FormWords {

QString group(IndicatorGroup group);          // 产出指标
QString category(IndicatorCategory category); // 数量指标
QString source(FundSource source);            // 本年财政拨款

} // namespace FormWords
